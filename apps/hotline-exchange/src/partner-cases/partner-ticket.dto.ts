import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  AGENCY_TYPES,
  LEGAL_CATEGORIES,
  ORGAN_TYPES,
  REQUEST_TYPES,
  TICKET_STATUSES,
  type AgencyType,
  type LegalCategory,
  type OrganType,
  type RequestType,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { IsChinesePhoneNumber, IsLanguageTag, IsRegionCode, IsResidentIdNumber, IsVisibleText } from '@legal-hotline/validation';
import { CASE_STATUS_CHANGED, type CaseStatusChanged } from './domain/case-notification.js';
import { nationalPhoneNumber } from './domain/caller-phone.js';
import { RESPONSIBLE_PLATFORM_PATTERN, type ForwardedCase, type ReceiptAnswer } from './domain/receive-partner-case.js';
import { CURSOR_PATTERN, FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT } from './domain/pull-feed.js';
import type { PartnerCaseChangeFeed, PartnerTicket } from './partner-ticket.queries.js';

/** Partners write numbers as callers give them; intake's validator reads national digits. */
function nationalPhone({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? nationalPhoneNumber(value) : value;
}

/** May be left out, but not sent as null: the contract has no null for it. */
function Omittable(): PropertyDecorator {
  return ValidateIf((_: object, value: unknown) => value !== undefined);
}

/** Resident ID numbers end in "X" or a digit; a lower-case "x" is the same character. */
function upperCased({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.toUpperCase() : value;
}

export class CallerDto {
  /** Caller's full name, as the partner recorded it. Personal information: passed on to intake only. */
  @ApiProperty({ example: '陈大明', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @IsVisibleText()
  name!: string;

  /**
   * Call-back number: a mobile (11 digits) or a landline with its area code. "+86" or "0086",
   * spaces and hyphens are accepted and removed.
   */
  @ApiProperty({ example: '+86 138-1234-5678', minLength: 5, maxLength: 30 })
  @Transform(nationalPhone)
  @IsString()
  @IsChinesePhoneNumber()
  phone!: string;

  /** Resident ID number (18 characters, GB 11643), when the caller gave it. Sensitive: only intake receives it. */
  @ApiPropertyOptional({ example: null, nullable: true, minLength: 18, maxLength: 18 })
  @IsOptional()
  @Transform(upperCased)
  @IsString()
  @IsResidentIdNumber()
  idNumber?: string | null;

  /** BCP 47 tag or dialect code, e.g. "zh-CN", "yue" (Cantonese), "hak" (Hakka). */
  @ApiProperty({ example: 'yue', minLength: 2, maxLength: 20 })
  @IsString()
  @Length(2, 20)
  @IsLanguageTag()
  language!: string;

  /** e.g. "sign-language", "wheelchair" (Legal Aid Law Art. 45). */
  @ApiPropertyOptional({ type: [String], example: [], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  @IsVisibleText({ each: true })
  accessibilityNeeds: string[] = [];
}

export class HandlingOrganDto {
  @ApiProperty({ enum: ORGAN_TYPES, example: 'court' })
  @IsIn(ORGAN_TYPES)
  type!: OrganType;

  @ApiProperty({ example: '佛山市南海区人民法院', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @IsVisibleText()
  name!: string;

  /** Division code of the organ's seat (Legal Aid Law Art. 38). */
  @ApiProperty({ example: '440605' })
  @IsRegionCode()
  regionCode!: string;
}

/** Where the matter arose or which organ handles it; decides the competent legal-aid centre (Legal Aid Law Art. 38). */
export class MatterLocationDto {
  /** Division code of the place where the matter arose (事由发生地). */
  @ApiPropertyOptional({ example: '440605011' })
  @Omittable()
  @IsRegionCode()
  arosenInRegionCode?: string;

  @ApiPropertyOptional({ type: () => HandlingOrganDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => HandlingOrganDto)
  handlingOrgan?: HandlingOrganDto;
}

export class TicketFlagsDto {
  /** Urgent or dangerous matter (紧情要情). */
  @ApiProperty({ example: false })
  @IsBoolean()
  urgent!: boolean;

  /** Migrant worker claiming wages: green channel, no means test (Legal Aid Law Art. 42(3)). */
  @ApiProperty({ example: true })
  @IsBoolean()
  migrantWorkerWageClaim!: boolean;

  /** Veteran (Veterans Protection Law Art. 70). */
  @ApiProperty({ example: false })
  @IsBoolean()
  veteran!: boolean;
}

/**
 * A case forwarded by a partner hotline. Nested members must be JSON objects (an array or a
 * string in their place is refused, naming the field).
 */
export class ForwardPartnerCaseDto implements ForwardedCase {
  /**
   * The partner's own id for the case; echoed back and shown in every answer about it. One case
   * per reference: forwarding it again answers the first receipt (same content) or 409
   * PARTNER_CASE.REFERENCE_REUSED (other content), whatever the Idempotency-Key.
   */
  @ApiProperty({ example: '110-FS-20261123-0099', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @IsVisibleText()
  partnerReference!: string;

  @ApiProperty({ type: () => CallerDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CallerDto)
  caller!: CallerDto;

  @ApiProperty({ enum: REQUEST_TYPES, example: 'legal-aid-application' })
  @IsIn(REQUEST_TYPES)
  requestType!: RequestType;

  @ApiProperty({ enum: LEGAL_CATEGORIES, example: 'labour-remuneration' })
  @IsIn(LEGAL_CATEGORIES)
  legalCategory!: LegalCategory;

  /** The caller's or the matter's division: 6 digits (county and above), 9 (township) or 12 (village). */
  @ApiProperty({ example: '440605011' })
  @IsRegionCode()
  regionCode!: string;

  @ApiProperty({ type: () => MatterLocationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MatterLocationDto)
  matterLocation!: MatterLocationDto;

  @ApiProperty({ example: '报警人称被拖欠工资，非警务警情，转12348。', minLength: 1, maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  @IsVisibleText()
  summary!: string;

  @ApiProperty({ type: () => TicketFlagsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TicketFlagsDto)
  flags!: TicketFlagsDto;

  /**
   * The partner confirms that the caller agreed to the case being passed to the 12348 platform
   * (PIPL Art. 23). Must be `true`; otherwise the case is refused with 422 CONSENT.REQUIRED.
   */
  @ApiProperty({ example: true, description: 'Must be true: the caller consented to the transfer (PIPL Art. 23).' })
  @IsOptional()
  @IsBoolean()
  callerConsentToTransfer?: boolean;

  /**
   * The 12348 platform that should answer the caller and close the case, when the partner knows
   * it: its organisation id, "12348-" and the province's two-letter code. Left out, the provincial
   * platform of the case's region takes it. Part of the request: the same Idempotency-Key with
   * another choice is 422 IDEMPOTENCY.KEY_REUSED.
   */
  @ApiPropertyOptional({
    example: '12348-gd',
    pattern: RESPONSIBLE_PLATFORM_PATTERN.source,
    description:
      'Organisation id of the 12348 platform that should answer the caller and close the case ("12348-" and a two-letter province code, ' +
      'e.g. 12348-gd for Guangdong). Leave it out to let the provincial platform of the case\'s region take it.',
  })
  @Omittable()
  @IsString()
  @Matches(RESPONSIBLE_PLATFORM_PATTERN, { message: 'responsiblePlatform must be a 12348 platform id: "12348-" and a two-letter province code, e.g. 12348-gd' })
  responsiblePlatform?: string;
}

export class ReceiptAnswerDto implements ReceiptAnswer {
  /** The shared ticket id, kept across every hop; use it to follow the case. */
  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ example: '110-FS-20261123-0099' })
  partnerReference!: string;

  @ApiProperty({ enum: ['received'] })
  status!: 'received';

  @ApiProperty({ enum: ['open'] })
  coarseStatus!: 'open';

  /** UTC ISO-8601. */
  @ApiProperty({ example: '2026-11-23T02:10:00.000Z' })
  receivedAt!: string;
}

export class TicketIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  ticketId!: string;
}

/** A query parameter the feed no longer takes; refused, naming it, with what to use instead. */
@ValidatorConstraint({ name: 'replacedByAfter' })
class ReplacedByAfter implements ValidatorConstraintInterface {
  validate(): boolean {
    return false;
  }

  defaultMessage(): string {
    return 'updatedSince is no longer supported: read the feed with after=<cursor> (the nextCursor of your last read, or the cursor of the last change you received); leave after out to start from the first change';
  }
}

export class ChangeFeedQuery {
  /**
   * Where to continue: the `nextCursor` of the previous read, or the `cursor` of the last change
   * you processed (pushed or read). Leave it out to start from the first change. Opaque: store
   * it as given and do not compute with it.
   */
  @ApiPropertyOptional({
    example: '42',
    pattern: CURSOR_PATTERN.source,
    description:
      'Opaque cursor: the `nextCursor` of your previous read, or the `cursor` of the last change you processed. Leave it out to start from the first change.',
  })
  @IsOptional()
  @IsString()
  @Matches(CURSOR_PATTERN, { message: 'after must be a cursor the feed gave you (nextCursor, or the cursor of a change)' })
  after?: string;

  @ApiPropertyOptional({ default: FEED_DEFAULT_LIMIT, minimum: 1, maximum: FEED_MAX_LIMIT, description: 'Most changes in one answer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FEED_MAX_LIMIT)
  limit: number = FEED_DEFAULT_LIMIT;

  /** Replaced by `after`: an instant could skip a change that committed late. */
  @ApiHideProperty()
  @Omittable()
  @Validate(ReplacedByAfter)
  updatedSince?: unknown;
}

export class CurrentHandlerDto {
  /** The receiving body, e.g. "南海区法律援助中心"; never a person. */
  @ApiProperty({ example: '南海区法律援助中心' })
  name!: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  agencyType!: AgencyType;
}

export class PartnerTicketUpdateDto {
  /** When it happened, UTC ISO-8601. */
  @ApiProperty({ example: '2026-11-23T02:15:01.000Z' })
  at!: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  @ApiProperty({ example: 'Sent to 南海区法律援助中心 for acceptance' })
  note!: string;
}

export class PartnerTicketDto implements PartnerTicket {
  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  /** The number the caller is told, once intake has opened the ticket (受理). */
  @ApiProperty({ type: String, nullable: true, example: '12348-20261123-000042' })
  ticketNumber!: string | null;

  @ApiProperty()
  partnerReference!: string;

  /** Extended status. */
  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  /** Open311 status. */
  @ApiProperty({ enum: ['open', 'closed'] })
  coarseStatus!: 'open' | 'closed';

  /** The body that holds the case now; null while it is with the 12348 platform itself. */
  @ApiProperty({ type: () => CurrentHandlerDto, nullable: true })
  currentHandler!: CurrentHandlerDto | null;

  /** UTC ISO-8601. */
  @ApiProperty()
  receivedAt!: string;

  /** When the exchange last changed this view, UTC ISO-8601. */
  @ApiProperty()
  updatedAt!: string;

  /** The case's history, oldest first. */
  @ApiProperty({ type: () => [PartnerTicketUpdateDto] })
  updates!: PartnerTicketUpdateDto[];
}

/**
 * One status change of a case you forwarded: pushed to your registered endpoint (JSON body,
 * signed like transfers, webhook-id = messageId) and listed in the pull feed in the same shape.
 * Carries no personal information.
 */
export class CaseStatusChangedDto implements CaseStatusChanged {
  @ApiProperty({ enum: [CASE_STATUS_CHANGED], description: 'Route webhooks by it: transfers arrive at the same endpoint with another type' })
  type!: typeof CASE_STATUS_CHANGED;

  @ApiProperty({ format: 'uuid', description: 'One per change, the same on every retry (also webhook-id and Idempotency-Key): process each once' })
  messageId!: string;

  @ApiProperty({ format: 'uuid', description: 'The shared ticket id of the case' })
  ticketId!: string;

  @ApiProperty({ type: String, nullable: true, example: '12348-20261123-000042', description: 'The ticket number as of this change; null until the 12348 platform has opened the ticket' })
  ticketNumber!: string | null;

  @ApiProperty({ example: '110-FS-20261123-0099', description: 'Your reference for the case' })
  partnerReference!: string;

  @ApiProperty({
    minimum: 1,
    example: 3,
    description: "1, 2, 3… per case without gaps, in the order the case changed. Changes of one case are pushed in this order, each only after the one before was delivered",
  })
  sequence!: number;

  @ApiProperty({ enum: TICKET_STATUSES, description: 'Extended status after this change' })
  status!: TicketStatus;

  @ApiProperty({ enum: ['open', 'closed'], description: 'Open311 status after this change' })
  coarseStatus!: 'open' | 'closed';

  @ApiProperty({ type: () => CurrentHandlerDto, nullable: true, description: 'The body holding the case as of this change; null while it is with the 12348 platform' })
  currentHandler!: CurrentHandlerDto | null;

  @ApiProperty({ example: 'Accepted by 南海区法律援助中心', description: 'What happened, written by the exchange' })
  note!: string;

  @ApiProperty({ example: '2026-11-23T10:15:01.000+08:00', description: 'When the change happened, ISO-8601 with the +08:00 offset' })
  at!: string;

  @ApiProperty({ example: '42', description: "Opaque cursor of this change in your pull feed: after=<cursor> lists the changes that came after it" })
  cursor!: string;
}

export class PartnerCaseChangeFeedDto implements PartnerCaseChangeFeed {
  /** In feed order, oldest first; changes of one case in their sequence. */
  @ApiProperty({ type: () => [CaseStatusChangedDto], description: 'Changes of your cases after the cursor, oldest first (at most limit)' })
  changes!: CaseStatusChangedDto[];

  @ApiProperty({
    example: '42',
    description:
      'Pass as after on your next read. The same cursor when nothing came after it; a change that commits later always comes after it, so the feed never skips one.',
  })
  nextCursor!: string;
}
