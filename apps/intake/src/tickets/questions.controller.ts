import { Body, Controller, Headers, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { PublicRoute } from '@legal-hotline/auth';
import type { CorrelationContext } from '@legal-hotline/observability';
import { RequestCorrelation } from '@legal-hotline/service-runtime';
import { AskQuestionHandler } from './ask-question.handler.js';
import { AskQuestionDto } from './ticket.dto.js';
import { QuestionReceiptView } from './ticket-view.dto.js';
import { idempotencyKeyOf } from './tickets.controller.js';

@ApiTags('online questions')
@Controller('api/v1/questions')
export class QuestionsController {
  constructor(private readonly askQuestion: AskQuestionHandler) {}

  @Post()
  @PublicRoute('members of the public ask legal questions on the web, the app and WeChat without an account')
  // Per client address, as the caller lookup: a token's subject would let anyone mint fresh counters.
  @RouteConfig({ rateLimit: { max: 10, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `question:${request.ip}` } })
  @ApiOperation({
    summary: 'A member of the public asks a legal question online (网络咨询); it waits at the desk of the province’s 12348 network platform',
    description:
      'Opens a consultation kept at the desk (status at-desk) whose first contact is the provincial 12348 platform of the region, on its network platform. ' +
      'The answer gives the ticket number, and the reference and one-time code with which the asker reads the status and, once given, the answer at `POST /api/v1/ticket-lookup`. ' +
      'Limit: 10 questions a minute per client address, as the caller lookup; past it, 429 with Retry-After.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: '1 to 200 visible ASCII characters (a UUID): a retry with the same key and body answers the first question (with a new code) and opens none',
  })
  @ApiCreatedResponse({ type: QuestionReceiptView })
  @ApiBadRequestResponse({ description: 'Invalid request; `errors` names each field (`channel`, `question`, `regionCode`, `callerPhone`, ...)' })
  @ApiUnprocessableEntityResponse({
    description:
      'REGION.UNKNOWN: the region code names no known division; TICKET.NO_RESPONSIBLE_PLATFORM (field `regionCode`): it lies in no province; ' +
      'TICKET.SPECIAL_LINE_CLOSED (field `specialLine`): the special line is not open; IDEMPOTENCY.KEY_REUSED: the key was used with another body',
  })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED, with Retry-After in seconds' })
  ask(
    @Body() dto: AskQuestionDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @RequestCorrelation() correlation: CorrelationContext,
  ): Promise<QuestionReceiptView> {
    return this.askQuestion.ask(dto, idempotencyKeyOf(idempotencyKey), correlation);
  }
}
