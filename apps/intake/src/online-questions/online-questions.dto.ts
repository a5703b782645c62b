import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { CHANNELS, LEGAL_CATEGORIES, type Channel } from '@legal-hotline/contracts';
import { IsVisibleText } from '@legal-hotline/validation';
import { answerLanguageOf, DUTY_LANGUAGES, type DutyLanguage } from '../duty-rota/domain/languages.js';
import type { TicketPriority } from '../tickets/domain/ticket.js';
import type { QueueRow } from './online-question.repository.js';

const PRIORITIES = ['urgent', 'green-channel', 'normal'] as const satisfies readonly TicketPriority[];

export class OnlineQuestionParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  ticketId!: string;
}

export class OnlineQueueQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

/** The answer to an online question: what the asker reads through their lookup, and what it relied on. */
export class AnswerOnlineQuestionDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 8000,
    example: '根据《保障农民工工资支付条例》第三十条，分包单位拖欠农民工工资的，由施工总承包单位先行清偿……',
  })
  @IsString()
  @Length(1, 8000)
  @IsVisibleText()
  answer!: string;

  /** Published knowledge base entries the answer relies on. */
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  knowledgeEntryIds!: string[];

  /** Articles cited, e.g. "《劳动合同法》第三十条". */
  @ApiProperty({ type: [String], example: ['《保障农民工工资支付条例》第三十条'] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  citedArticles!: string[];

  /** Whether the answer explained the law for the asker's own case (个案普法). */
  @ApiProperty()
  @IsBoolean()
  caseEducationGiven!: boolean;
}

export class OnlineQuestionView {
  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: '12348-20261123-000042' })
  ticketNumber!: string;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  /** The question as the asker put it (the ticket's summary). */
  @ApiProperty()
  question!: string;

  /** The asker's language tag as given. */
  @ApiProperty({ example: 'zh-HK' })
  language!: string;

  /** The language the answer is given in. */
  @ApiProperty({ enum: DUTY_LANGUAGES })
  answerLanguage!: DutyLanguage;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: string;

  @ApiProperty()
  regionCode!: string;

  @ApiProperty({ type: String, nullable: true })
  specialLineCode!: string | null;

  @ApiProperty({ enum: PRIORITIES })
  priority!: TicketPriority;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  /** When the answer is due, on the business calendar. */
  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  /** Past its due time when read. */
  @ApiProperty()
  overdue!: boolean;

  /** Subject of the person who claimed it; null while unclaimed. */
  @ApiProperty({ type: String, nullable: true })
  claimedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  claimedByName!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  claimedAt!: string | null;

  /** When the supervisor was alerted that it is overdue; null if not. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  overdueAlertedAt!: string | null;
}

/** The queue as one person sees it. */
export class OnlineQueueView {
  /**
   * For staff: whether they are on online duty now (a hotline or network shift); off duty, the
   * queue offers them nothing. Null for supervisors, who see every open question of their area.
   */
  @ApiProperty({ type: Boolean, nullable: true })
  onDuty!: boolean | null;

  /** Questions the person holds unanswered; null for supervisors. */
  @ApiProperty({ type: Number, nullable: true })
  openClaims!: number | null;

  /** The most anyone may hold at once (ONLINE_QUESTION_MAX_OPEN_CLAIMS). */
  @ApiProperty()
  maxOpenClaims!: number;

  @ApiProperty({ type: [OnlineQuestionView] })
  items!: OnlineQuestionView[];
}

export class OnlineQuestionListView {
  @ApiProperty({ type: [OnlineQuestionView] })
  items!: OnlineQuestionView[];
}

export class NextOnlineQuestionView {
  /** The question now claimed for the person; null when none they can answer is waiting. */
  @ApiProperty({ type: OnlineQuestionView, nullable: true })
  question!: OnlineQuestionView | null;
}

export function onlineQuestionViewOf(row: QueueRow, now: Date): OnlineQuestionView {
  return {
    ticketId: row.ticketId,
    ticketNumber: row.ticket.ticketNumber,
    channel: row.ticket.channel,
    question: row.ticket.summary,
    language: row.language,
    answerLanguage: answerLanguageOf(row.language),
    legalCategory: row.legalCategory,
    regionCode: row.regionCode,
    specialLineCode: row.specialLineCode,
    priority: row.priority,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    overdue: row.dueAt <= now,
    claimedBy: row.claimedBy,
    claimedByName: row.claimedByName,
    claimedAt: row.claimedAt?.toISOString() ?? null,
    overdueAlertedAt: row.overdueAlertedAt?.toISOString() ?? null,
  };
}
