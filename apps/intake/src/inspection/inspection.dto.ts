import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FOLLOW_UP_RESULTS,
  LEGAL_CATEGORIES,
  REQUEST_TYPES,
  SATISFACTION_LEVELS,
  type FollowUpResult,
  type LegalCategory,
  type RequestType,
  type Satisfaction,
} from '@legal-hotline/contracts';
import { PageOf, PageQueryDto } from '@legal-hotline/service-runtime';
import { GRADES, MAX_ITEM_SCORE, type ChecklistScores, type Grade } from './domain/checklist.js';
import { SAMPLE_REASONS, type SampleReason } from './domain/sampling.js';

const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const PERIOD = {
  description: 'A calendar month in Asia/Shanghai, YYYY-MM.',
  example: '2026-11',
  pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
};
const PERIOD_MESSAGE = 'period must be a month as YYYY-MM, e.g. 2026-11';

export class DrawSamplesDto {
  @ApiProperty(PERIOD)
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period!: string;

  @ApiPropertyOptional({
    description:
      'Share of each agent’s answered tickets drawn at random, more than 0 and at most 1; INSPECTION_SAMPLE_SHARE by default. Only the first draw of the scope and month uses it.',
    minimum: 0,
    exclusiveMinimum: true,
    maximum: 1,
    example: 0.05,
  })
  @IsOptional()
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'share must be a number more than 0 and at most 1, e.g. 0.05' },
  )
  @IsPositive({ message: 'share must be a number more than 0 and at most 1, e.g. 0.05' })
  @Max(1, { message: 'share must be a number more than 0 and at most 1, e.g. 0.05' })
  share?: number;

  @ApiPropertyOptional({
    description:
      'Draw over this organisation’s tickets: the owner lead’s own organisation. Without it, a supervisor draws over its area.',
    example: '12348-gd',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organisationId?: string;
}

export class DrawScopeView {
  @ApiProperty({ enum: ['area', 'organisation'] })
  kind!: 'area' | 'organisation';

  @ApiProperty({
    description: 'Leading digits of the region codes of the area ("4406" Foshan); null for an organisation.',
    type: String,
    nullable: true,
  })
  regionPrefix!: string | null;

  @ApiProperty({
    description: 'The organisation whose tickets are drawn; null for an area.',
    type: String,
    nullable: true,
  })
  organisationId!: string | null;
}

export class AgentDrawCountView {
  @ApiProperty({ description: 'Token subject of the agent.' })
  agentId!: string;

  @ApiProperty({ type: String, nullable: true, example: '林晓' })
  agentName!: string | null;

  @ApiProperty({
    description:
      'Tickets the agent answered in the month (resolved at first contact, or a consultation or complaint answered).',
    minimum: 0,
  })
  answered!: number;

  @ApiProperty({ description: 'Sampled at random by this draw.', minimum: 0 })
  random!: number;

  @ApiProperty({ description: 'Complaints sampled by this draw.', minimum: 0 })
  complaint!: number;

  @ApiProperty({ description: 'Tickets with a dissatisfied follow-up call sampled by this draw.', minimum: 0 })
  dissatisfiedFollowUp!: number;
}

export class DrawCountsView {
  @ApiProperty({ minimum: 0 })
  answered!: number;

  @ApiProperty({ minimum: 0 })
  random!: number;

  @ApiProperty({ minimum: 0 })
  complaint!: number;

  @ApiProperty({ minimum: 0 })
  dissatisfiedFollowUp!: number;

  @ApiProperty({ type: [AgentDrawCountView], description: 'Per agent with answered or sampled tickets, by agent id.' })
  byAgent!: AgentDrawCountView[];
}

/** A month's draw over an area or an organisation, as it stands after this request. */
export class DrawView {
  @ApiProperty({
    format: 'uuid',
    description: 'Also the seed of the random part: the same id and tickets give the same sample.',
  })
  id!: string;

  @ApiProperty({ type: DrawScopeView })
  scope!: DrawScopeView;

  @ApiProperty(PERIOD)
  period!: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.05 })
  share!: number;

  @ApiProperty({ description: 'Name of who drew first.', example: '陈静' })
  drawnBy!: string;

  @ApiProperty({ format: 'date-time' })
  drawnAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When it was last drawn (again).' })
  lastDrawnAt!: string;

  @ApiProperty({ description: 'This request made the draw; false when it drew again.' })
  firstDrawn!: boolean;

  @ApiProperty({
    description:
      'Samples this request added: on a repeated draw, complaints and dissatisfied follow-ups that came in since.',
    minimum: 0,
  })
  added!: number;

  @ApiProperty({ type: DrawCountsView, description: 'What the draw holds in all.' })
  counts!: DrawCountsView;
}

export class ListSamplesQueryDto extends PageQueryDto {
  @ApiPropertyOptional(PERIOD)
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period?: string;

  @ApiPropertyOptional({ description: 'Token subject of the inspected agent.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  agentId?: string;

  @ApiPropertyOptional({ enum: ['pending', 'reviewed'], description: 'pending: not reviewed yet.' })
  @IsOptional()
  @IsIn(['pending', 'reviewed'])
  state?: 'pending' | 'reviewed';
}

export class SampleIdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  id!: string;
}

export class ChecklistScoresDto implements ChecklistScores {
  @ApiProperty({
    description: 'Legal accuracy (法律适用准确), 30 points; below 3 the answer is unqualified whatever its total.',
    minimum: 0,
    maximum: MAX_ITEM_SCORE,
  })
  @IsDefined({ message: 'scores.legalAccuracy is required' })
  @IsInt()
  @Min(0)
  @Max(MAX_ITEM_SCORE)
  legalAccuracy!: number;

  @ApiProperty({ description: 'Citation of articles (引用法条规范), 20 points.', minimum: 0, maximum: MAX_ITEM_SCORE })
  @IsDefined({ message: 'scores.citation is required' })
  @IsInt()
  @Min(0)
  @Max(MAX_ITEM_SCORE)
  citation!: number;

  @ApiProperty({ description: 'Clarity (表达清晰), 20 points.', minimum: 0, maximum: MAX_ITEM_SCORE })
  @IsDefined({ message: 'scores.clarity is required' })
  @IsInt()
  @Min(0)
  @Max(MAX_ITEM_SCORE)
  clarity!: number;

  @ApiProperty({ description: 'Attitude (服务态度), 15 points.', minimum: 0, maximum: MAX_ITEM_SCORE })
  @IsDefined({ message: 'scores.attitude is required' })
  @IsInt()
  @Min(0)
  @Max(MAX_ITEM_SCORE)
  attitude!: number;

  @ApiProperty({
    description: 'Legal education for the caller’s own case (个案普法), 15 points.',
    minimum: 0,
    maximum: MAX_ITEM_SCORE,
  })
  @IsDefined({ message: 'scores.caseEducation is required' })
  @IsInt()
  @Min(0)
  @Max(MAX_ITEM_SCORE)
  caseEducation!: number;
}

export class ReviewSampleDto {
  @ApiProperty({
    type: ChecklistScoresDto,
    description: `Every checklist item rated with a whole number 0 to ${MAX_ITEM_SCORE}.`,
  })
  @IsDefined({ message: 'scores is required' })
  @IsObject()
  @ValidateNested()
  @Type(() => ChecklistScoresDto)
  scores!: ChecklistScoresDto;

  @ApiProperty({
    description: 'The findings returned to the agent.',
    minLength: 1,
    maxLength: 4000,
    example: '法律适用准确，建议引用《劳动争议调解仲裁法》第二十七条时说明时效起算点。',
  })
  @IsString()
  @Length(1, 4000)
  findings!: string;
}

export class ReviewView {
  @ApiProperty({ type: ChecklistScoresDto })
  scores!: ChecklistScores;

  @ApiProperty({
    description: 'Out of 100: legal accuracy 30, citation 20, clarity 20, attitude 15, case education 15.',
    minimum: 0,
    maximum: 100,
  })
  total!: number;

  @ApiProperty({
    enum: GRADES,
    description:
      'excellent 优秀 (90 and over), qualified 合格 (60 and over), unqualified 不合格 (below 60, or legal accuracy rated below 3).',
  })
  grade!: Grade;

  @ApiProperty({ description: 'Legal accuracy was rated below 3: unqualified whatever the total.' })
  legalAccuracyFailed!: boolean;

  @ApiProperty()
  findings!: string;

  @ApiProperty({ example: '陈静' })
  reviewerName!: string;

  @ApiProperty({ format: 'date-time' })
  reviewedAt!: string;

  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'When the agent acknowledged the findings; null until then.',
  })
  acknowledgedAt!: string | null;
}

export class SampleSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  drawId!: string;

  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: '12348-20261105-000017' })
  ticketNumber!: string;

  @ApiProperty({ enum: REQUEST_TYPES })
  requestType!: RequestType;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  @ApiProperty({ example: '440605011' })
  regionCode!: string;

  @ApiProperty({ description: 'What the caller asked: the ticket’s summary.' })
  question!: string;

  @ApiProperty({ description: 'Token subject of the inspected agent.' })
  agentId!: string;

  @ApiProperty({ type: String, nullable: true, example: '林晓' })
  agentName!: string | null;

  @ApiProperty({ description: 'The organisation responsible for the ticket.', example: '12348-gd' })
  organisationId!: string;

  @ApiProperty(PERIOD)
  period!: string;

  @ApiProperty({
    enum: SAMPLE_REASONS,
    description:
      'random: the random share; complaint: every complaint; dissatisfied-follow-up: every dissatisfied follow-up call.',
  })
  reason!: SampleReason;

  @ApiProperty({ format: 'date-time' })
  drawnAt!: string;

  @ApiProperty({ enum: ['pending', 'reviewed'] })
  state!: 'pending' | 'reviewed';

  @ApiProperty({ type: ReviewView, nullable: true, description: 'null while pending.' })
  review!: ReviewView | null;
}

export class SamplePageView extends PageOf(SampleSummaryView, 'By month, latest first, then as drawn') {}

export class DeskAnswerView {
  @ApiProperty()
  answer!: string;

  @ApiProperty({ type: [String], example: ['《劳动争议调解仲裁法》第二十七条'] })
  citedArticles!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Knowledge base entries (知识库) the answer relied on.' })
  knowledgeEntryIds!: string[];

  @ApiProperty({ description: 'Legal education for the caller’s own case (个案普法) was given.' })
  caseEducationGiven!: boolean;

  @ApiProperty({ format: 'date-time' })
  resolvedAt!: string;

  @ApiProperty({ type: String, nullable: true, example: '林晓' })
  resolvedBy!: string | null;
}

export class CallerAnswerView {
  @ApiProperty()
  answer!: string;

  @ApiProperty({ format: 'date-time' })
  answeredAt!: string;

  @ApiProperty({ type: String, nullable: true })
  answeredBy!: string | null;
}

export class FollowUpCallView {
  @ApiProperty({ enum: FOLLOW_UP_RESULTS })
  result!: FollowUpResult;

  @ApiProperty({ enum: SATISFACTION_LEVELS })
  satisfaction!: Satisfaction;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

/** What the reviewer reads of the ticket; the caller's details are not part of the inspection. */
export class SampledTicketView {
  @ApiProperty({ example: 'hotline' })
  channel!: string;

  @ApiProperty({ example: 'closed' })
  status!: string;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({
    type: DeskAnswerView,
    nullable: true,
    description: 'The answer given at first contact (即时办结); null if it was not resolved at the desk.',
  })
  deskAnswer!: DeskAnswerView | null;

  @ApiProperty({ type: CallerAnswerView, nullable: true, description: 'The (latest) answer to the caller (答复).' })
  answer!: CallerAnswerView | null;

  @ApiProperty({ type: [FollowUpCallView], description: 'Every follow-up call (回访), oldest first.' })
  followUps!: FollowUpCallView[];

  @ApiProperty({ type: String, nullable: true, description: 'The note of the latest follow-up call.' })
  followUpNote!: string | null;
}

export class SampleView extends SampleSummaryView {
  @ApiProperty({ type: SampledTicketView })
  ticket!: SampledTicketView;
}

export class FindingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['unacknowledged', 'acknowledged'] })
  @IsOptional()
  @IsIn(['unacknowledged', 'acknowledged'])
  state?: 'unacknowledged' | 'acknowledged';
}

export class FindingPageView extends PageOf(SampleSummaryView, 'Newest review first') {}

export class AgentFiguresQueryDto {
  @ApiProperty(PERIOD)
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period!: string;

  @ApiPropertyOptional({
    description: 'Only tickets this organisation is responsible for; an owner lead’s or agent’s own.',
    example: '12348-gd',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organisationId?: string;
}

export class MyFiguresQueryDto {
  @ApiProperty(PERIOD)
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period!: string;
}

export class TransferFiguresView {
  @ApiProperty({ minimum: 0 })
  total!: number;

  @ApiProperty({ description: 'Tickets the agent opened in the month that went to routing at opening.', minimum: 0 })
  dispatchedAtOpening!: number;

  @ApiProperty({ description: 'Desk tickets the agent turned into work orders in the month.', minimum: 0 })
  turnedIntoWorkOrders!: number;

  @ApiProperty({
    description: 'Transfers to partner hotlines (110, 12345, ...) the agent asked for in the month.',
    minimum: 0,
  })
  partnerTransfers!: number;
}

export class FollowUpFiguresView {
  @ApiProperty({ minimum: 0 })
  satisfied!: number;

  @ApiProperty({ minimum: 0 })
  basicallySatisfied!: number;

  @ApiProperty({ minimum: 0 })
  dissatisfied!: number;

  @ApiProperty({
    description: 'Follow-up calls recorded in the month on tickets the agent opened or resolved.',
    minimum: 0,
  })
  total!: number;

  @ApiProperty({
    description: 'Satisfied and basically satisfied over all calls, 0 to 1 to four decimals; null without calls.',
    type: Number,
    nullable: true,
    example: 0.9231,
  })
  satisfiedRate!: number | null;
}

export class InspectionFiguresView {
  @ApiProperty({ description: 'Reviewed samples of the month.', minimum: 0 })
  reviewed!: number;

  @ApiProperty({
    description: 'Mean total of those, to one decimal; null without any.',
    type: Number,
    nullable: true,
    example: 86.5,
  })
  meanScore!: number | null;

  @ApiProperty({ description: 'Of those, unqualified (不合格).', minimum: 0 })
  unqualified!: number;
}

export class AgentFigureView {
  @ApiProperty({ description: 'Token subject of the agent.' })
  agentId!: string;

  @ApiProperty({ type: String, nullable: true, example: '林晓' })
  agentName!: string | null;

  @ApiProperty({ description: 'Tickets the agent received first (opened) in the month.', minimum: 0 })
  contacts!: number;

  @ApiProperty({ description: 'Tickets the agent resolved at first contact (即时办结) in the month.', minimum: 0 })
  resolvedAtFirstContact!: number;

  @ApiProperty({ type: TransferFiguresView })
  transfers!: TransferFiguresView;

  @ApiProperty({ type: FollowUpFiguresView })
  followUps!: FollowUpFiguresView;

  @ApiProperty({ type: InspectionFiguresView })
  inspection!: InspectionFiguresView;
}

export class AgentFiguresView {
  @ApiProperty(PERIOD)
  period!: string;

  @ApiProperty({ type: [AgentFigureView], description: 'One row per agent with any figure in the month, by agent id.' })
  agents!: AgentFigureView[];
}

export class MyFiguresView extends AgentFigureView {
  @ApiProperty(PERIOD)
  period!: string;
}
