import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import {
  CHANNELS,
  FIRST_CONTACT_PLATFORMS,
  FOLLOW_UP_RESULTS,
  HANDLING_MODES,
  LEGAL_CATEGORIES,
  ORGAN_TYPES,
  PARTNER_HOTLINES,
  REQUEST_TYPES,
  SATISFACTION_LEVELS,
  TICKET_STATUSES,
  type Channel,
  type FirstContactPlatform,
  type FollowUpResult,
  type HandlingMode,
  type LegalCategory,
  type OrganType,
  type PartnerHotline,
  type RequestType,
  type Satisfaction,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { PageQueryDto } from '@legal-hotline/service-runtime';
import {
  IsChinesePhoneNumber,
  IsInstant,
  IsLanguageTag,
  IsRegionCode,
  IsResidentIdNumber,
  IsVisibleText,
} from '@legal-hotline/validation';
import { normalisedPhone } from './domain/caller-fingerprint.js';
import { LOOKUP_CODE_LENGTH, normalisedReference, REFERENCE_PATTERN } from './domain/caller-lookup.js';
import type { OwnChannel } from './domain/open-ticket.js';
import { TICKET_NUMBER_SEARCH } from './domain/ticket-number.js';

// Request bodies name no actor: who acts is the person of the access token, always. A body
// that still carries `actor` or `firstContact` is refused (400, the field named), so a client
// cannot believe it chose the actor.

/** Channels a request can be opened on over HTTP; `partner` cases arrive from the hotline exchange as events. */
export const INTAKE_CHANNELS = CHANNELS.filter((c): c is OwnChannel => c !== 'partner');
export type IntakeChannel = OwnChannel;

/** An organisation or body id as tokens carry it: "12348-gd", "legal-aid-centre:440605", "partner-hotline:110". */
const ORGANISATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const ORGANISATION_ID_MESSAGE = (field: string) => `${field} must be an organisation id such as 12348-gd, legal-aid-centre:440605 or partner-hotline:110`;

export class CallerDto {
  /** Full name; kept by intake only, masked in every view. */
  @ApiProperty({ minLength: 1, maxLength: 100, example: '陈大明' })
  @IsString()
  @Length(1, 100)
  @IsVisibleText()
  name!: string;

  /** Mainland mobile (11 digits, e.g. 13812345678) or landline with area code (e.g. 075783001234); digits only. */
  @ApiProperty({ example: '13812345678', pattern: '^1[3-9]\\d{9}$|^0\\d{2,3}[2-9]\\d{6,7}$' })
  @IsChinesePhoneNumber()
  phone!: string;

  /** 18-character resident ID number (GB 11643), checked digit included; a lower-case x is accepted. */
  @ApiPropertyOptional({ example: '11010519491231002X', minLength: 18, maxLength: 18 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsResidentIdNumber()
  idNumber?: string;

  /** Language or dialect to serve the caller in: BCP 47 ("zh-CN") or ISO 639-3 ("yue" Cantonese, "hak" Hakka, "nan" Min Nan). */
  @ApiProperty({ example: 'yue', minLength: 2, maxLength: 20 })
  @IsString()
  @Length(2, 20)
  @IsLanguageTag()
  language!: string;

  /** Needs such as "sign-language-interpreter" or "wheelchair-access" (Legal Aid Law Art. 45). */
  @ApiPropertyOptional({ type: [String], maxItems: 10, example: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  @IsVisibleText({ each: true })
  accessibilityNeeds?: string[];
}

export class HandlingOrganDto {
  @ApiProperty({ enum: ORGAN_TYPES })
  @IsIn(ORGAN_TYPES)
  type!: OrganType;

  @ApiProperty({ minLength: 1, maxLength: 200, example: '佛山市南海区人民法院' })
  @IsString()
  @Length(1, 200)
  @IsVisibleText()
  name!: string;

  /** Region code of the organ's seat (6, 9 or 12 digits). */
  @ApiProperty({ example: '440605' })
  @IsRegionCode()
  regionCode!: string;
}

/** Where the matter arose or which organ handles it; decides the competent legal-aid centre (Legal Aid Law Art. 38). */
export class MatterLocationDto {
  /** Region where the matter arose (事由发生地), 6, 9 or 12 digits. */
  @ApiPropertyOptional({ example: '440605011' })
  @IsOptional()
  @IsRegionCode()
  arosenInRegionCode?: string;

  @ApiPropertyOptional({ type: HandlingOrganDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HandlingOrganDto)
  handlingOrgan?: HandlingOrganDto;
}

/** Priority and special-channel flags; absent ones are false. */
export class TicketFlagsDto {
  /** Urgent or dangerous matter (紧情要情). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  /** Migrant-worker wage claim: green channel (Legal Aid Law Art. 42(3)). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  migrantWorkerWageClaim?: boolean;

  /** Veteran (Veterans Protection Law Art. 70). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  veteran?: boolean;

  /**
   * Urgent and dangerous (紧情要情): the caller threatens self-help that could turn criminal.
   * The opening also requests a transfer to 110 and alerts a supervisor.
   */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  dangerous?: boolean;
}

/** A special line's code (专线): 2-40 lower-case letters, digits or hyphens. */
const SPECIAL_LINE_CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
const SPECIAL_LINE_MESSAGE = 'specialLine must be the code of a special line (专线): 2-40 lower-case letters, digits or hyphens, e.g. migrant-wages';

/** How a new request is handled: answered and closed now, kept at the desk, or sent to routing. */
export const HANDLING_REQUEST_MODES = ['resolve', 'desk', 'dispatch'] as const;
export type HandlingRequestMode = (typeof HANDLING_REQUEST_MODES)[number];

/** What the desk answered (即时办结) and what the answer relied on. */
export class DeskAnswerDto {
  /** What the caller was told; 1 to 8000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 8000, example: '用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。' })
  @IsString()
  @Length(1, 8000)
  @IsVisibleText()
  answer!: string;

  /** Published knowledge base entries (知识库) the answer relied on; an entry not published is refused (422). */
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20, default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  knowledgeEntryIds?: string[];

  /** Articles cited to the caller, e.g. "《法律援助法》第三十一条". */
  @ApiPropertyOptional({ type: [String], maxItems: 20, default: [], example: ['《劳动争议调解仲裁法》第二十七条'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @IsVisibleText({ each: true })
  citedArticles?: string[];

  /** Legal education for the caller's own case (个案普法) was given. */
  @ApiProperty()
  @IsBoolean()
  caseEducationGiven!: boolean;
}

/**
 * How the agent handles the request. `resolve`: answered on the call and closed now (即时办结),
 * with the answer; `desk`: kept at the desk (an online question waits in the queue);
 * `dispatch`: sent to routing, with a reason, which a consultation or complaint needs. Absent:
 * consultations and complaints stay at the desk, other requests are routed.
 */
export class OpeningHandlingDto {
  @ApiProperty({ enum: HANDLING_REQUEST_MODES, example: 'resolve' })
  @IsIn(HANDLING_REQUEST_MODES)
  mode!: HandlingRequestMode;

  /** With `resolve`: what the caller was told; 1 to 8000 characters. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 8000 })
  @ValidateIf((handling: OpeningHandlingDto) => handling.mode === 'resolve' || handling.answer !== undefined)
  @IsString()
  @Length(1, 8000)
  @IsVisibleText()
  answer?: string;

  /** With `resolve`: published knowledge base entries the answer relied on. */
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20, default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  knowledgeEntryIds?: string[];

  /** With `resolve`: articles cited to the caller. */
  @ApiPropertyOptional({ type: [String], maxItems: 20, default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @IsVisibleText({ each: true })
  citedArticles?: string[];

  /** With `resolve`: legal education for the caller's own case (个案普法) was given. */
  @ApiPropertyOptional()
  @ValidateIf((handling: OpeningHandlingDto) => handling.mode === 'resolve' || handling.caseEducationGiven !== undefined)
  @IsDefined({ message: 'caseEducationGiven must say whether legal education for the caller\'s own case (个案普法) was given' })
  @IsBoolean()
  caseEducationGiven?: boolean;

  /** With `dispatch`: why the request goes to a local body; required for a consultation or complaint. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 2000, example: '来电人要求申请法律援助，需法律援助机构审查' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  reason?: string;
}

/**
 * A request received on one of the 12348 platforms. The time of receipt is the server's; the
 * first contact is the organisation and agent of the access token, on the platform of the
 * channel (hotline: 12348-hotline; web, app, wechat: 12348-network; station: 12348-station).
 */
export class OpenTicketDto {
  /** Where the request arrived. `partner` is not accepted here: partner cases arrive from the hotline exchange. */
  @ApiProperty({ enum: INTAKE_CHANNELS, example: 'hotline' })
  @IsIn(INTAKE_CHANNELS, {
    message: `channel must be one of: ${INTAKE_CHANNELS.join(', ')} (partner cases arrive from the hotline exchange)`,
  })
  channel!: IntakeChannel;

  @ApiProperty({ type: CallerDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CallerDto)
  caller!: CallerDto;

  @ApiProperty({ enum: REQUEST_TYPES })
  @IsIn(REQUEST_TYPES)
  requestType!: RequestType;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  @IsIn(LEGAL_CATEGORIES)
  legalCategory!: LegalCategory;

  /** The caller's or the matter's region: 6 (county and above), 9 (township) or 12 (village) digits. */
  @ApiProperty({ example: '440605011' })
  @IsRegionCode()
  regionCode!: string;

  @ApiPropertyOptional({ type: MatterLocationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MatterLocationDto)
  matterLocation?: MatterLocationDto;

  /** What the caller asks, in the agent's words; 1 to 4000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  @IsVisibleText()
  summary!: string;

  @ApiPropertyOptional({ type: TicketFlagsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TicketFlagsDto)
  flags?: TicketFlagsDto;

  @ApiPropertyOptional({ type: OpeningHandlingDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OpeningHandlingDto)
  handling?: OpeningHandlingDto;

  /** The special line (专线) the request came in on; it must be open now (422 otherwise). */
  @ApiPropertyOptional({ example: 'migrant-wages', pattern: SPECIAL_LINE_CODE.source })
  @IsOptional()
  @IsString()
  @Matches(SPECIAL_LINE_CODE, { message: SPECIAL_LINE_MESSAGE })
  specialLine?: string;
}

export class TicketIdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  id!: string;
}

/** Filters and page of the ticket list; filters combine with AND. */
export class ListTicketsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @IsOptional()
  @IsIn(TICKET_STATUSES)
  status?: TicketStatus;

  @ApiPropertyOptional({ enum: REQUEST_TYPES })
  @IsOptional()
  @IsIn(REQUEST_TYPES)
  requestType?: RequestType;

  @ApiPropertyOptional({ enum: LEGAL_CATEGORIES })
  @IsOptional()
  @IsIn(LEGAL_CATEGORIES)
  legalCategory?: LegalCategory;

  /** Leading digits of the region code: "44" Guangdong, "4406" Foshan, "440605" Nanhai. */
  @ApiPropertyOptional({ example: '4406', pattern: '^\\d{2,12}$' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be the leading 2 to 12 digits of a region code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: FIRST_CONTACT_PLATFORMS })
  @IsOptional()
  @IsIn(FIRST_CONTACT_PLATFORMS)
  firstContactPlatform?: FirstContactPlatform;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  /** Opened at or after this instant (ISO-8601 with offset). */
  @ApiPropertyOptional({ example: '2026-11-23T00:00:00+08:00' })
  @IsOptional()
  @IsInstant()
  openedFrom?: string;

  /** Opened before this instant (ISO-8601 with offset); exclusive. */
  @ApiPropertyOptional({ example: '2026-11-24T00:00:00+08:00' })
  @IsOptional()
  @IsInstant()
  openedTo?: string;

  /** Tickets the organisation with this id watches (a partner hotline as `partner-hotline:110`). */
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, example: 'partner-hotline:110' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(ORGANISATION_ID, { message: ORGANISATION_ID_MESSAGE('watcher') })
  watcher?: string;

  /**
   * A whole ticket number (that ticket only) or its leading part from `12348-` and one digit of
   * the date on: "12348-20261123" finds the tickets numbered on that day.
   */
  @ApiPropertyOptional({ example: '12348-20261123-000042', pattern: TICKET_NUMBER_SEARCH.source })
  @IsOptional()
  @IsString()
  @Matches(TICKET_NUMBER_SEARCH, {
    message: 'ticketNumber must be a ticket number such as 12348-20261123-000042, or its leading part from 12348- and one digit on (12348-20261123)',
  })
  ticketNumber?: string;

  /**
   * The caller's phone: a mobile number or a landline with its area code (spaces, hyphens and
   * +86 do not matter). Hotline agents and leads only, and only among the tickets their
   * organisation is responsible for; every ticket shown is written to the access trail with purpose
   * `search`. Office staff and supervisors, who see callers masked: 403 naming `callerPhone`.
   */
  @ApiPropertyOptional({ example: '13812345678' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\+?[\d -]+$/.test(value) ? normalisedPhone(value) : value))
  @IsChinesePhoneNumber({ message: 'callerPhone must be a mobile number (11 digits) or a landline with its area code' })
  callerPhone?: string;

  /** Kept at the desk (`desk`) or sent to routing (`dispatch`). */
  @ApiPropertyOptional({ enum: HANDLING_MODES })
  @IsOptional()
  @IsIn(HANDLING_MODES)
  handling?: HandlingMode;

  /** `true`: tickets resolved at the desk that were drawn for the follow-up call (回访); with `followUpRecorded=false`, the callback list. */
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => booleanOf(value))
  @IsBoolean()
  followUpSampled?: boolean;

  /** `false`: no follow-up call recorded since the latest answer; `true`: one was. */
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => booleanOf(value))
  @IsBoolean()
  followUpRecorded?: boolean;
}

/** A query string's `true` / `false`; anything else is left for the validator to refuse. */
function booleanOf(value: unknown): unknown {
  return value === 'true' ? true : value === 'false' ? false : value;
}

export class AnswerCallerDto {
  /** What the caller was told (答复), in brief; 1 to 4000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 4000, example: '已告知来电人南海区法律援助中心已受理，并指派律师跟进。' })
  @IsString()
  @Length(1, 4000)
  @IsVisibleText()
  answer!: string;
}

export class RecordFollowUpDto {
  /** Whether the matter was resolved, as the caller says on the follow-up call (回访). */
  @ApiProperty({ enum: FOLLOW_UP_RESULTS })
  @IsIn(FOLLOW_UP_RESULTS)
  result!: FollowUpResult;

  /** The caller's satisfaction; `dissatisfied` reopens the ticket and alerts a supervisor (督办). */
  @ApiProperty({ enum: SATISFACTION_LEVELS })
  @IsIn(SATISFACTION_LEVELS)
  satisfaction!: Satisfaction;

  @ApiPropertyOptional({ type: String, nullable: true, minLength: 1, maxLength: 2000, example: '工资13000元已追回' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  note?: string | null;
}

/** The desk answers a ticket kept there and closes it (即时办结). */
export class DeskResolutionDto extends DeskAnswerDto {}

export class WorkOrderDto {
  /** The request type to route: e.g. a consultation becomes a legal-aid or mediation application; the same type sends it to a local body as it is. */
  @ApiProperty({ enum: REQUEST_TYPES, example: 'legal-aid-application' })
  @IsIn(REQUEST_TYPES)
  requestType!: RequestType;

  /** Why the desk sends it on; 1 to 2000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 2000, example: '来电人咨询后决定申请法律援助，需法律援助机构审查并指派律师' })
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  reason!: string;
}

/** Channels a member of the public asks a question on, without an account. */
export const QUESTION_CHANNELS = ['web', 'app', 'wechat'] as const satisfies readonly IntakeChannel[];
export type QuestionChannel = (typeof QUESTION_CHANNELS)[number];

/**
 * A legal question asked online (网络咨询) by a member of the public. It waits at the desk of the
 * provincial 12348 network platform of the region, which answers it.
 */
export class AskQuestionDto {
  @ApiProperty({ enum: QUESTION_CHANNELS, example: 'wechat' })
  @IsIn(QUESTION_CHANNELS)
  channel!: QuestionChannel;

  /** The question, in the asker's words; 1 to 4000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 4000, example: '我在南海区一家工厂上班，老板拖欠了三个月工资，我该怎么办？' })
  @IsString()
  @Length(1, 4000)
  @IsVisibleText()
  question!: string;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  @IsIn(LEGAL_CATEGORIES)
  legalCategory!: LegalCategory;

  /** Where the asker or the matter is: 6, 9 or 12 digits; decides the platform that answers. */
  @ApiProperty({ example: '440605011' })
  @IsRegionCode()
  regionCode!: string;

  /** Language or dialect of the answer: BCP 47 ("zh-CN") or ISO 639-3 ("yue"); zh-CN when absent. */
  @ApiPropertyOptional({ example: 'yue', minLength: 2, maxLength: 20, default: 'zh-CN' })
  @IsOptional()
  @IsString()
  @Length(2, 20)
  @IsLanguageTag()
  language?: string;

  @ApiProperty({ minLength: 1, maxLength: 100, example: '陈大明' })
  @IsString()
  @Length(1, 100)
  @IsVisibleText()
  callerName!: string;

  /** Mainland mobile or landline with area code; the platform may call back (回访). */
  @ApiProperty({ example: '13812345678' })
  @IsChinesePhoneNumber()
  callerPhone!: string;

  /** The special line (专线) the question is asked on; it must be open now (422 otherwise). */
  @ApiPropertyOptional({ example: 'migrant-wages', pattern: SPECIAL_LINE_CODE.source })
  @IsOptional()
  @IsString()
  @Matches(SPECIAL_LINE_CODE, { message: SPECIAL_LINE_MESSAGE })
  specialLine?: string;
}

/** Closing takes no fields; an empty JSON object (or no body) is the request. */
export class CloseTicketDto {}

export class ReopenTicketDto {
  /** Why the ticket is reopened; 1 to 2000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 2000, example: '来电人反映用人单位未按调解协议付款' })
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  reason!: string;
}

/** Reasons an owner may give for a transfer; danger transfers to 110 happen at opening. */
export const TRANSFER_OUT_REASONS = ['not-ours'] as const;

export class TransferTicketDto {
  /** The partner hotline that receives the matter. */
  @ApiProperty({ enum: PARTNER_HOTLINES, example: '12345' })
  @IsIn(PARTNER_HOTLINES)
  partner!: PartnerHotline;

  @ApiProperty({ enum: TRANSFER_OUT_REASONS })
  @IsIn(TRANSFER_OUT_REASONS)
  reason!: (typeof TRANSFER_OUT_REASONS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, minLength: 1, maxLength: 2000, example: '属于劳动保障监察事项，转12345' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  note?: string | null;
}

/** The organisation that may see the ticket without owning it, by the id its staff's tokens carry. */
export class ReferTicketDto {
  /** Its id: "12348-gz", "legal-aid-centre:440605", a partner hotline as `partner-hotline:110`. */
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'mediation-committee:440605011' })
  @IsString()
  @Length(1, 200)
  @Matches(ORGANISATION_ID, { message: ORGANISATION_ID_MESSAGE('organisationId') })
  organisationId!: string;

  /** Its display name, for the ticket's readers. */
  @ApiProperty({ minLength: 1, maxLength: 200, example: '桂城街道人民调解委员会' })
  @IsString()
  @Length(1, 200)
  @IsVisibleText()
  organisationName!: string;

  @ApiProperty({ minLength: 1, maxLength: 500, example: '诉讼阶段需法院了解前期调解情况' })
  @IsString()
  @Length(1, 500)
  @IsVisibleText()
  reason!: string;
}

export class MergeTicketDto {
  /** The open ticket the duplicate's work continues in. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  intoTicketId!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000, example: '同一来电人同一事项重复来电' })
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  reason!: string;
}

/** Undoing a merge takes no fields; an empty JSON object (or no body) is the request. */
export class UndoMergeDto {}

/** The owner's view of the token's organisation: which page, and whether only the caller's own tickets. */
export class OwnerTicketsQueryDto extends PageQueryDto {
  /** `true`: only the tickets the signed-in agent received first. */
  @ApiPropertyOptional({ type: Boolean, default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;
}

/** What a caller gives to follow their ticket: the reference and the one-time code the agent told them. */
export class TicketLookupDto {
  /** 10 characters of Crockford base32; case, spaces and hyphens do not matter, I and L read as 1, O as 0. */
  @ApiProperty({ example: '7K3M-9Q2X-HP' })
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalisedReference(value) : value))
  @Matches(REFERENCE_PATTERN, { message: 'reference must be the 10-character reference the caller was told' })
  reference!: string;

  @ApiProperty({ example: '482913', pattern: '^\\d{6}$' })
  @IsString()
  @Matches(new RegExp(`^\\d{${LOOKUP_CODE_LENGTH}}$`), { message: `code must be the ${LOOKUP_CODE_LENGTH}-digit code the caller was told` })
  code!: string;
}
