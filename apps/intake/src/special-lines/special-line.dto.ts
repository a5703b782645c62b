import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  LEGAL_CATEGORIES,
  SATISFACTION_LEVELS,
  TICKET_STATUSES,
  type LegalCategory,
  type Satisfaction,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { PeriodQueryDto } from '@legal-hotline/service-runtime';
import { IsInstant, IsVisibleText } from '@legal-hotline/validation';
import type { TicketPriority } from '../tickets/domain/ticket.js';
import { ActorView } from '../tickets/ticket-view.dto.js';
import {
  MAX_ONLINE_ANSWER_HOURS,
  SPECIAL_LINE_STATUSES,
  TICKET_PRIORITIES,
  type SpecialLineStatus,
} from './domain/special-line.js';

/** As `SpecialLineCode` in the contracts. */
const CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
const CODE_MESSAGE =
  'code must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter or digit, e.g. migrant-wages';

/** The period and priority profile of a line: what opening sets and a change replaces. */
export class SpecialLineProfileDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: '农民工欠薪求助专线' })
  @IsString()
  @Length(1, 100)
  @IsVisibleText()
  name!: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    default: '',
    example: '为农民工追索劳动报酬提供优先咨询和法律援助转办，免予经济困难审查（法律援助法第四十二条）。',
  })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;

  @ApiProperty({
    description: 'Legal categories the line takes.',
    enum: LEGAL_CATEGORIES,
    isArray: true,
    minItems: 1,
    example: ['labour-remuneration', 'labour-relations', 'work-injury'],
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'legalCategories must name at least one legal category' })
  @ArrayMaxSize(LEGAL_CATEGORIES.length)
  @ArrayUnique({ message: 'legalCategories must not repeat a category' })
  @IsIn(LEGAL_CATEGORIES, {
    each: true,
    message: `each of legalCategories must be one of: ${LEGAL_CATEGORIES.join(', ')}`,
  })
  legalCategories!: LegalCategory[];

  @ApiProperty({
    description: 'When the line starts taking tickets, with an offset.',
    example: '2026-12-01T00:00:00+08:00',
  })
  @IsInstant()
  startsAt!: string;

  @ApiPropertyOptional({
    description:
      'When it stops; after `startsAt` and in the future (400 SPECIAL_LINE.ENDS_BEFORE_START or ENDS_IN_PAST). Null or absent: open until closed.',
    type: String,
    nullable: true,
    example: '2027-03-01T00:00:00+08:00',
  })
  @IsOptional()
  @IsInstant()
  endsAt?: string | null;

  @ApiProperty({
    description: 'The priority of tickets opened on the line, at least (an urgent matter stays urgent).',
    enum: TICKET_PRIORITIES,
    example: 'urgent',
  })
  @IsIn(TICKET_PRIORITIES, { message: `priority must be one of: ${TICKET_PRIORITIES.join(', ')}` })
  priority!: TicketPriority;

  @ApiPropertyOptional({
    description:
      'Working hours (business calendar) within which an online question on the line is answered; null or absent: the platform default.',
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_ONLINE_ANSWER_HOURS,
    example: 4,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ONLINE_ANSWER_HOURS)
  onlineAnswerHours?: number | null;
}

export class OpenSpecialLineDto extends SpecialLineProfileDto {
  @ApiProperty({
    description: 'Stable code tickets and events name the line by; never reused.',
    pattern: CODE.source,
    example: 'migrant-wages',
  })
  @IsString()
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @ApiPropertyOptional({
    description:
      'The province, city or county the line serves (6 digits); within the supervisor’s area (else 403 ACCESS.OUTSIDE_AREA). Null: the whole platform, for a province’s supervisors only (else 403 SPECIAL_LINE.PLATFORM_WIDE). Absent: the supervisor’s area.',
    type: String,
    nullable: true,
    example: '440000',
    pattern: '^\\d{6}$',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be the 6-digit code of a province, city or county, e.g. 440000' })
  regionCode?: string | null;
}

/** A change of an open line replaces its whole profile and period; the code and region stay. */
export class ChangeSpecialLineDto extends SpecialLineProfileDto {}

export class SpecialLineCodeParamsDto {
  @ApiProperty({ pattern: CODE.source, example: 'migrant-wages' })
  @IsString()
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;
}

export class ListSpecialLinesQueryDto {
  @ApiPropertyOptional({
    enum: SPECIAL_LINE_STATUSES,
    description:
      'open: taking tickets now (the ticket form’s picker); scheduled: starts later; ended: its period is over; closed.',
  })
  @IsOptional()
  @IsIn(SPECIAL_LINE_STATUSES, { message: `status must be one of: ${SPECIAL_LINE_STATUSES.join(', ')}` })
  status?: SpecialLineStatus;

  @ApiPropertyOptional({
    description:
      'Only lines serving this region: the ticket’s region code (6, 9 or 12 digits); lines for the whole platform serve every region.',
    example: '440605011',
    pattern: '^\\d{6}(\\d{3}(\\d{3})?)?$',
  })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;
  @ApiPropertyOptional({ enum: LEGAL_CATEGORIES, description: 'Only lines that take this legal category.' })
  @IsOptional()
  @IsIn(LEGAL_CATEGORIES, { message: `legalCategory must be one of: ${LEGAL_CATEGORIES.join(', ')}` })
  legalCategory?: LegalCategory;
}

export class SpecialLineReportQueryDto extends PeriodQueryDto {}

export class SpecialLineView {
  @ApiProperty({ example: 'migrant-wages' })
  code!: string;

  @ApiProperty({ example: '农民工欠薪求助专线' })
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: LEGAL_CATEGORIES, isArray: true })
  legalCategories!: LegalCategory[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The region the line serves; null: the whole platform.',
    example: '440000',
  })
  regionCode!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Its name in the region catalog; null for the whole platform.',
    example: '广东省',
  })
  regionName!: string | null;

  @ApiProperty({
    enum: SPECIAL_LINE_STATUSES,
    description:
      'At the time of the answer: open (taking tickets), scheduled (starts later), ended (period over), closed.',
  })
  status!: SpecialLineStatus;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endsAt!: string | null;

  @ApiProperty({ enum: TICKET_PRIORITIES })
  priority!: TicketPriority;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Working hours to answer an online question; null: the platform default.',
  })
  onlineAnswerHours!: number | null;

  @ApiProperty({ type: ActorView })
  openedBy!: ActorView;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({ type: ActorView, nullable: true, description: 'Who last changed its period or profile.' })
  changedBy!: ActorView | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  changedAt!: string | null;

  @ApiProperty({ type: ActorView, nullable: true })
  closedBy!: ActorView | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;
}

export class SpecialLineListView {
  @ApiProperty({ type: [SpecialLineView], description: 'Newest start first.' })
  lines!: SpecialLineView[];
}

class LineTicketsView {
  @ApiProperty({ minimum: 0, description: 'Tickets opened on the line in the period.' })
  opened!: number;

  @ApiProperty({ minimum: 0, description: 'Of those, closed or merged now.' })
  closed!: number;

  @ApiProperty({ minimum: 0, description: 'Of those, still open now.' })
  open!: number;

  @ApiProperty({ minimum: 0, description: 'Answered and closed by the agent in the call (即时办结).' })
  resolvedAtFirstContact!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'Resolved at first contact over opened, to four decimals; null without tickets.',
  })
  firstContactResolutionRate!: number | null;

  @ApiProperty({
    minimum: 0,
    description: 'Sent on as work orders (legal aid, mediation, a body or a partner), at opening or later.',
  })
  dispatched!: number;

  @ApiProperty({
    minimum: 0,
    description: 'Of those dispatched, first kept at the desk and turned into a work order afterwards.',
  })
  convertedFromDesk!: number;
}

class StatusCountView {
  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  @ApiProperty({ minimum: 0 })
  count!: number;
}

class CategoryCountView {
  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  @ApiProperty({ minimum: 1 })
  count!: number;
}

class SatisfactionCountView {
  @ApiProperty({ enum: SATISFACTION_LEVELS })
  satisfaction!: Satisfaction;

  @ApiProperty({ minimum: 0 })
  count!: number;
}

class LineFollowUpsView {
  @ApiProperty({ minimum: 0, description: 'Follow-up calls (回访) recorded in the period on the line’s tickets.' })
  calls!: number;

  @ApiProperty({ type: [SatisfactionCountView], description: 'Every level in order, zero where none.' })
  bySatisfaction!: SatisfactionCountView[];

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'Satisfied and basically satisfied over all calls; null without calls.',
  })
  satisfiedRate!: number | null;
}

class LineOnlineQuestionsView {
  @ApiProperty({ minimum: 0, description: 'Online questions on the line’s tickets opened in the period.' })
  asked!: number;

  @ApiProperty({ minimum: 0 })
  answered!: number;

  @ApiProperty({ minimum: 0, description: 'Answered by the time they were due.' })
  answeredInTime!: number;

  @ApiProperty({ minimum: 0, description: 'Not answered and past due now.' })
  overdue!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'Answered in time over answered; null when none was answered.',
  })
  inTimeRate!: number | null;
}

class LineKnowledgeSectionView {
  @ApiProperty({ minimum: 0, description: 'Knowledge entries tagged with the line, whatever their status.' })
  entries!: number;

  @ApiProperty({ minimum: 0, description: 'Of those, published.' })
  published!: number;
}

export class SpecialLineReportView {
  @ApiProperty({ example: 'migrant-wages' })
  code!: string;

  @ApiProperty({ example: '农民工欠薪求助专线' })
  name!: string;

  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'First day (Asia/Shanghai), included.' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Last day, included.' })
  to!: string;

  @ApiProperty({ type: LineTicketsView })
  tickets!: LineTicketsView;

  @ApiProperty({
    type: [StatusCountView],
    description: 'Status now of the tickets opened in the period, every status in order.',
  })
  byStatus!: StatusCountView[];

  @ApiProperty({
    type: [CategoryCountView],
    description: 'Tickets opened in the period per legal category; no row where none.',
  })
  byLegalCategory!: CategoryCountView[];

  @ApiProperty({ type: LineFollowUpsView })
  followUps!: LineFollowUpsView;

  @ApiProperty({
    type: LineOnlineQuestionsView,
    nullable: true,
    description: 'Null where the platform keeps no online question queue.',
  })
  onlineQuestions!: LineOnlineQuestionsView | null;

  @ApiProperty({
    type: LineKnowledgeSectionView,
    nullable: true,
    description: 'The line’s knowledge section now; null where the platform keeps no knowledge base.',
  })
  knowledgeSection!: LineKnowledgeSectionView | null;
}
