import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { DrawSamplesHandler } from './draw-samples.handler.js';
import {
  AgentFiguresQueryDto,
  AgentFiguresView,
  DrawSamplesDto,
  DrawView,
  FindingPageView,
  FindingsQueryDto,
  ListSamplesQueryDto,
  MyFiguresQueryDto,
  MyFiguresView,
  ReviewSampleDto,
  SampleIdParamsDto,
  SamplePageView,
  SampleSummaryView,
  SampleView,
} from './inspection.dto.js';
import { ReadAgentFiguresHandler } from './read-agent-figures.handler.js';
import { ReadSamplesHandler } from './read-samples.handler.js';
import { ReviewSampleHandler } from './review-sample.handler.js';

const SCOPE = 'Supervisors inspect the tickets of their area, owner leads those their organisation is responsible for.';
const BAD_PERIOD = 'A malformed `period` (YYYY-MM) or other field; `errors` names each field';
const READ_REFUSED =
  'ACCESS.OUTSIDE_AREA (a supervisor, outside its area) or ACCESS.OTHER_BODY (another organisation’s ticket); AUTH.ROLE_MISSING';

@ApiTags('inspection')
@Controller('api/v1/inspection')
export class InspectionController {
  constructor(
    private readonly draws: DrawSamplesHandler,
    private readonly samples: ReadSamplesHandler,
    private readonly reviews: ReviewSampleHandler,
    private readonly figures: ReadAgentFiguresHandler,
  ) {}

  @Post('draws')
  @HttpCode(200)
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({
    summary:
      'Draw a month’s samples for quality inspection (服务质检) over the supervisor’s area or the lead’s organisation',
    description:
      'Per agent: every complaint answered and every ticket with a dissatisfied follow-up call in the month, and ceil(share × answered tickets) of the rest at random, seeded by the draw’s id. ' +
      'Answered: resolved at first contact, or a consultation or complaint answered (答复) in the month. One draw per scope and month: drawing again returns it, adding only complaints and dissatisfied follow-ups that came in since. A ticket is sampled at most once a month.',
  })
  @ApiOkResponse({ type: DrawView })
  @ApiBadRequestResponse({
    description: `${BAD_PERIOD}; INSPECTION.PERIOD_NOT_BEGUN (field \`period\`): the month lies in the future`,
  })
  @ApiForbiddenResponse({
    description:
      'ACCESS.OTHER_BODY: `organisationId` is not the lead’s own; INSPECTION.NO_DRAW_SCOPE: neither a supervisor with an area nor an owner lead; AUTH.ROLE_MISSING',
  })
  @ApiConflictResponse({
    description: 'INSPECTION.SHARE_DIFFERS (field `share`): the month was drawn for this scope at another share',
  })
  draw(@Body() dto: DrawSamplesDto, @CurrentPrincipal() principal: Principal): Promise<DrawView> {
    return this.draws.draw(dto, principal);
  }

  @Get('samples')
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({
    summary: 'Samples to review or reviewed, by month (latest first)',
    description: `${SCOPE} Filtered, never refused.`,
  })
  @ApiOkResponse({ type: SamplePageView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  list(@Query() query: ListSamplesQueryDto, @CurrentPrincipal() principal: Principal): Promise<SamplePageView> {
    return this.samples.list(query, principal);
  }

  @Get('samples/:id')
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({
    summary:
      'A sample with what the reviewer reads: the question, the answer given at the desk with its cited articles and knowledge entries, the answer to the caller and the follow-up calls',
    description: SCOPE,
  })
  @ApiOkResponse({ type: SampleView })
  @ApiBadRequestResponse({ description: 'A malformed sample id' })
  @ApiForbiddenResponse({ description: READ_REFUSED })
  @ApiNotFoundResponse({ description: 'INSPECTION.SAMPLE_NOT_FOUND' })
  get(@Param() params: SampleIdParamsDto, @CurrentPrincipal() principal: Principal): Promise<SampleView> {
    return this.samples.get(params.id, principal);
  }

  @Post('samples/:id/review')
  @HttpCode(200)
  @RequireRoles('supervisor', 'owner-lead')
  @ApiOperation({
    summary: 'Score a sample on the checklist and return the findings to the agent',
    description:
      'Each item rated 0 to 5 and weighted: legal accuracy (法律适用准确) 30, citation (引用法条规范) 20, clarity (表达清晰) 20, attitude (服务态度) 15, case education (个案普法) 15; total out of 100. ' +
      'Graded excellent (优秀) from 90, qualified (合格) from 60, else unqualified (不合格); legal accuracy below 3 is unqualified whatever the total. The reviewer is never the inspected agent.',
  })
  @ApiOkResponse({ type: SampleView })
  @ApiBadRequestResponse({
    description:
      'A missing or out-of-range score (field `scores.<item>`) or missing findings; `errors` names each field',
  })
  @ApiForbiddenResponse({
    description: `INSPECTION.OWN_SAMPLE: the sample inspects the reviewer’s own answer; ${READ_REFUSED}`,
  })
  @ApiNotFoundResponse({ description: 'INSPECTION.SAMPLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INSPECTION.ALREADY_REVIEWED' })
  review(
    @Param() params: SampleIdParamsDto,
    @Body() dto: ReviewSampleDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SampleView> {
    return this.reviews.review(params.id, dto, principal);
  }

  @Get('findings/mine')
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({ summary: 'The findings returned to me: my reviewed samples, newest review first' })
  @ApiOkResponse({ type: FindingPageView })
  @ApiBadRequestResponse({ description: 'A malformed filter or page; `errors` names each field' })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  findings(@Query() query: FindingsQueryDto, @CurrentPrincipal() principal: Principal): Promise<FindingPageView> {
    return this.samples.findingsOf(query, principal);
  }

  @Post('findings/:id/acknowledge')
  @HttpCode(200)
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({
    summary: 'Acknowledge the findings of a reviewed sample of mine; acknowledging again changes nothing',
    description: 'The id is the sample’s.',
  })
  @ApiOkResponse({ type: SampleSummaryView })
  @ApiBadRequestResponse({ description: 'A malformed sample id' })
  @ApiForbiddenResponse({
    description: 'INSPECTION.NOT_YOUR_FINDING: the sample inspects another agent; AUTH.ROLE_MISSING',
  })
  @ApiNotFoundResponse({ description: 'INSPECTION.SAMPLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INSPECTION.NOT_REVIEWED: nothing to acknowledge yet' })
  acknowledge(
    @Param() params: SampleIdParamsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SampleSummaryView> {
    return this.reviews.acknowledge(params.id, principal);
  }

  @Get('agent-figures')
  @RequireRoles('supervisor', 'owner-lead', 'hotline-agent')
  @ApiOperation({
    summary:
      'Per-agent figures of a month (律师评价): contacts, resolved at first contact, transfers, follow-up satisfaction, inspection score',
    description:
      `${SCOPE} An agent reads its own row only. Contacts: tickets the agent received first in the month; resolved: resolved at first contact by the agent in the month; ` +
      'transfers: its tickets routed at opening, desk tickets it turned into work orders and partner transfers it asked for in the month; follow-ups: calls recorded in the month on tickets it received or resolved; inspection: its reviewed samples of the month.',
  })
  @ApiOkResponse({ type: AgentFiguresView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiForbiddenResponse({
    description: 'ACCESS.OTHER_BODY: `organisationId` is not the lead’s or agent’s own; AUTH.ROLE_MISSING',
  })
  agentFigures(
    @Query() query: AgentFiguresQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AgentFiguresView> {
    return this.figures.perAgent(query, principal);
  }

  @Get('agent-figures/mine')
  @RequireRoles('hotline-agent', 'owner-lead')
  @ApiOperation({ summary: 'My figures of a month, over my organisation’s tickets; zero where none' })
  @ApiOkResponse({ type: MyFiguresView })
  @ApiBadRequestResponse({ description: BAD_PERIOD })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  myFigures(@Query() query: MyFiguresQueryDto, @CurrentPrincipal() principal: Principal): Promise<MyFiguresView> {
    return this.figures.mine(query, principal);
  }
}
