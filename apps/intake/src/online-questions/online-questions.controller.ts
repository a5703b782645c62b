import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { TicketView } from '../tickets/ticket-view.dto.js';
import { AnswerOnlineQuestionHandler } from './answer-online-question.handler.js';
import { ClaimOnlineQuestionHandler } from './claim-online-question.handler.js';
import { ListOnlineQuestionsHandler } from './list-online-questions.handler.js';
import {
  AnswerOnlineQuestionDto,
  NextOnlineQuestionView,
  OnlineQuestionListView,
  OnlineQuestionParamsDto,
  OnlineQuestionView,
  OnlineQueueQueryDto,
  OnlineQueueView,
} from './online-questions.dto.js';

const OTHER_PLATFORM =
  'ACCESS.OTHER_BODY: the question belongs to another platform; ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING';
const CLAIM_REFUSED =
  'ONLINE_QUESTION.NOT_ON_DUTY (no hotline or network shift on the duty rota now), ONLINE_QUESTION.LANGUAGE_MISMATCH (the asker’s language is not among yours); ' +
  OTHER_PLATFORM;

@ApiTags('online questions (网络咨询)')
@Controller('api/v1/online-questions')
export class OnlineQuestionsController {
  constructor(
    private readonly list: ListOnlineQuestionsHandler,
    private readonly claims: ClaimOnlineQuestionHandler,
    private readonly answers: AnswerOnlineQuestionHandler,
  ) {}

  @Get()
  @RequireRoles('hotline-agent', 'owner-lead', 'supervisor')
  @ApiOperation({
    summary:
      'The online question queue: for staff, the questions they may claim now; for supervisors, every open question of their area',
    description:
      'Staff on online duty (a hotline or network shift) see the unclaimed questions of their platform in a language they speak: higher priority first, then overdue ones, then their own legal categories, then the earliest due. Off duty the list is empty and `onDuty` false.',
  })
  @ApiOkResponse({ type: OnlineQueueView })
  @ApiBadRequestResponse({ description: 'A malformed limit' })
  @ApiForbiddenResponse({ description: 'ACCESS.NO_ORGANISATION, ACCESS.NO_AREA, AUTH.ROLE_MISSING' })
  queue(@Query() query: OnlineQueueQueryDto, @CurrentPrincipal() principal: Principal): Promise<OnlineQueueView> {
    return this.list.queue(principal, query.limit);
  }

  @Get('mine')
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({ summary: 'The online questions I hold, unanswered, earliest due first' })
  @ApiOkResponse({ type: OnlineQuestionListView })
  mine(@CurrentPrincipal() principal: Principal): Promise<OnlineQuestionListView> {
    return this.list.mine(principal);
  }

  @Post('next')
  @HttpCode(200)
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({
    summary:
      'Claim the best waiting question for me (see the queue’s order); `question` is null when none I can answer waits',
  })
  @ApiOkResponse({ type: NextOnlineQuestionView })
  @ApiForbiddenResponse({ description: 'ONLINE_QUESTION.NOT_ON_DUTY; ACCESS.NO_ORGANISATION; AUTH.ROLE_MISSING' })
  @ApiConflictResponse({
    description: 'ONLINE_QUESTION.TOO_MANY_CLAIMS: I hold ONLINE_QUESTION_MAX_OPEN_CLAIMS unanswered questions already',
  })
  next(@CurrentPrincipal() principal: Principal): Promise<NextOnlineQuestionView> {
    return this.claims.next(principal);
  }

  @Post(':ticketId/claim')
  @HttpCode(200)
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({ summary: 'Claim a question to answer it; of two people claiming one question, one gets it' })
  @ApiOkResponse({ type: OnlineQuestionView })
  @ApiForbiddenResponse({ description: CLAIM_REFUSED })
  @ApiNotFoundResponse({ description: 'ONLINE_QUESTION.NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'ONLINE_QUESTION.ALREADY_CLAIMED (someone else holds it), ONLINE_QUESTION.TOO_MANY_CLAIMS (I hold the most allowed), ONLINE_QUESTION.NOT_OPEN (answered or no longer at the desk)',
  })
  claim(
    @Param() params: OnlineQuestionParamsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineQuestionView> {
    return this.claims.claim(params.ticketId, principal);
  }

  @Post(':ticketId/release')
  @HttpCode(200)
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({
    summary: 'Give a claimed question back to the queue (the person who holds it, or a lead of the platform)',
  })
  @ApiOkResponse({ type: OnlineQuestionView })
  @ApiForbiddenResponse({ description: `ONLINE_QUESTION.NOT_CLAIMER: someone else holds it; ${OTHER_PLATFORM}` })
  @ApiNotFoundResponse({ description: 'ONLINE_QUESTION.NOT_FOUND' })
  @ApiConflictResponse({ description: 'ONLINE_QUESTION.NOT_CLAIMED, ONLINE_QUESTION.NOT_OPEN' })
  release(
    @Param() params: OnlineQuestionParamsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OnlineQuestionView> {
    return this.claims.release(params.ticketId, principal);
  }

  @Post(':ticketId/answer')
  @HttpCode(200)
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({
    summary:
      'Answer a question I hold: the answer is recorded on the ticket, which is closed at the desk (即时办结); the asker reads it through their lookup',
  })
  @ApiOkResponse({ type: TicketView })
  @ApiBadRequestResponse({ description: 'A malformed field; `errors` names it' })
  @ApiForbiddenResponse({
    description: `ONLINE_QUESTION.NOT_CLAIMER: claim it first, or someone else holds it; ${OTHER_PLATFORM}`,
  })
  @ApiNotFoundResponse({ description: 'ONLINE_QUESTION.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'ONLINE_QUESTION.NOT_OPEN (already answered, or no longer at the desk); TICKET.INVALID_TRANSITION',
  })
  @ApiUnprocessableEntityResponse({
    description: 'The ticket’s desk rules refuse the answer, e.g. a cited knowledge entry that is not published',
  })
  answer(
    @Param() params: OnlineQuestionParamsDto,
    @Body() dto: AnswerOnlineQuestionDto,
    @CurrentPrincipal() principal: Principal,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<TicketView> {
    return this.answers.answer(params.ticketId, dto, principal, correlation);
  }
}
