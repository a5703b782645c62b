import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  buildMessage,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import {
  CHANNELS,
  FIRST_CONTACT_PLATFORMS,
  FOLLOW_UP_RESULTS,
  Instant,
  LEGAL_CATEGORIES,
  ORGAN_TYPES,
  PARTNER_HOTLINES,
  REQUEST_TYPES,
  SATISFACTION_LEVELS,
  TICKET_STATUSES,
  type Channel,
  type FirstContactPlatform,
  type FollowUpResult,
  type LegalCategory,
  type OrganType,
  type PartnerHotline,
  type RequestType,
  type Satisfaction,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { isWellFormedRegionCode } from '@legal-hotline/regions';
import { isChinesePhoneNumber, isValidResidentIdNumber } from './domain/caller-identity.js';
import { PageQueryDto } from '@legal-hotline/service-runtime';

/** Channels a request can be opened on over HTTP; `partner` cases arrive from the hotline exchange as events. */
export const INTAKE_CHANNELS = CHANNELS.filter((c): c is Exclude<Channel, 'partner'> => c !== 'partner');
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/** The 12348 platforms; partner hotlines are first contacts only through the exchange. */
export const OWN_PLATFORMS = FIRST_CONTACT_PLATFORMS.filter((p) => p.startsWith('12348-'));

/** BCP 47 language tag or ISO 639-3 dialect code: "zh-CN", "yue", "hak", "nan". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRegionCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isWellFormedRegionCode(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a region code of 6, 9 or 12 digits`, options),
      },
    },
    options,
  );
}

function IsChinesePhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isChinesePhoneNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isChinesePhoneNumber(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a mobile number (11 digits) or a landline with its area code, digits only`,
          options,
        ),
      },
    },
    options,
  );
}

function IsResidentIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isResidentIdNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidResidentIdNumber(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be an 18-character resident ID number with a valid birth date and check character`,
          options,
        ),
      },
    },
    options,
  );
}

/** An ISO-8601 instant with an explicit offset. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => Instant.safeParse(value).success,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T00:00:00+08:00`,
          options,
        ),
      },
    },
    options,
  );
}

export class FirstContactDto {
  /** The 12348 platform that received the request first. */
  @ApiProperty({ enum: OWN_PLATFORMS, example: '12348-hotline' })
  @IsIn(OWN_PLATFORMS)
  platform!: FirstContactPlatform;

  /** Organisation that received it, e.g. "广东省12348公共法律服务热线". */
  @ApiProperty({ minLength: 1, maxLength: 200, example: '广东省12348公共法律服务热线' })
  @IsString()
  @Length(1, 200)
  organisation!: string;

  /** Agent or staff id. Required on the staffed channels (hotline, station); optional for self-service. */
  @ApiPropertyOptional({ type: String, nullable: true, minLength: 1, maxLength: 100, example: 'agent-0731' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  agent?: string | null;
}

export class CallerDto {
  /** Full name; kept by intake only, masked everywhere else. */
  @ApiProperty({ minLength: 1, maxLength: 100, example: '陈大明' })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  /** Mainland mobile (11 digits, e.g. 13812345678) or landline with area code (e.g. 075783001234); digits only. */
  @ApiProperty({ example: '13812345678', pattern: '^1[3-9]\\d{9}$|^0\\d{2,3}[2-9]\\d{6,7}$' })
  @IsString()
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
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as zh-CN, yue, hak or nan' })
  language!: string;

  /** Needs such as "sign-language-interpreter" or "wheelchair-access" (Legal Aid Law Art. 45). */
  @ApiPropertyOptional({ type: [String], maxItems: 10, example: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  accessibilityNeeds?: string[];
}

export class HandlingOrganDto {
  @ApiProperty({ enum: ORGAN_TYPES })
  @IsIn(ORGAN_TYPES)
  type!: OrganType;

  @ApiProperty({ minLength: 1, maxLength: 200, example: '佛山市南海区人民法院' })
  @IsString()
  @Length(1, 200)
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

/** A request received on one of the 12348 platforms. The time of receipt is the server's. */
export class OpenTicketDto {
  /** Where the request arrived. `partner` is not accepted here: partner cases arrive from the hotline exchange. */
  @ApiProperty({ enum: INTAKE_CHANNELS, example: 'hotline' })
  @IsIn(INTAKE_CHANNELS, {
    message: `channel must be one of: ${INTAKE_CHANNELS.join(', ')} (partner cases arrive from the hotline exchange)`,
  })
  channel!: IntakeChannel;

  @ApiProperty({ type: FirstContactDto })
  @IsObject()
  @ValidateNested()
  @Type(() => FirstContactDto)
  firstContact!: FirstContactDto;

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
  @Matches(/\S/, { message: 'summary must not be blank' })
  summary!: string;

  @ApiPropertyOptional({ type: TicketFlagsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TicketFlagsDto)
  flags?: TicketFlagsDto;
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

  /** Tickets this organisation watches through a referral (a partner hotline by its number, e.g. "110"). */
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, example: '110' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  watcher?: string;
}

/** Who acts on a ticket: an organisation and, for a person, the agent's staff id. */
export class ActorDto {
  /** Organisation name, e.g. "广东省12348公共法律服务热线"; the first-contact owner is recognised by it. */
  @ApiProperty({ minLength: 1, maxLength: 200, example: '广东省12348公共法律服务热线' })
  @IsString()
  @Length(1, 200)
  organisation!: string;

  /** Staff id; omit or null for a system action. */
  @ApiPropertyOptional({ type: String, nullable: true, minLength: 1, maxLength: 100, example: 'agent-0731' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  agent?: string | null;
}

class ActorCommandDto {
  @ApiProperty({ type: ActorDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ActorDto)
  actor!: ActorDto;
}

export class AnswerCallerDto extends ActorCommandDto {
  /** What the caller was told (答复), in brief; 1 to 4000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 4000, example: '已告知来电人南海区法律援助中心已受理，并指派律师跟进。' })
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'answer must not be blank' })
  answer!: string;
}

export class RecordFollowUpDto extends ActorCommandDto {
  /** Whether the matter was resolved, as the caller says on the follow-up call (回访). */
  @ApiProperty({ enum: FOLLOW_UP_RESULTS })
  @IsIn(FOLLOW_UP_RESULTS)
  result!: FollowUpResult;

  /** The caller's satisfaction; `dissatisfied` reopens the ticket and alerts a supervisor (督办). */
  @ApiProperty({ enum: SATISFACTION_LEVELS })
  @IsIn(SATISFACTION_LEVELS)
  satisfaction!: Satisfaction;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '工资13000元已追回' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string | null;
}

export class CloseTicketDto extends ActorCommandDto {}

export class ReopenTicketDto extends ActorCommandDto {
  /** Why the ticket is reopened; 1 to 2000 characters. */
  @ApiProperty({ minLength: 1, maxLength: 2000, example: '来电人反映用人单位未按调解协议付款' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

/** Reasons an owner may give for a transfer; danger transfers to 110 happen at opening. */
export const TRANSFER_OUT_REASONS = ['not-ours'] as const;

export class TransferTicketDto extends ActorCommandDto {
  /** The partner hotline that receives the matter. */
  @ApiProperty({ enum: PARTNER_HOTLINES, example: '12345' })
  @IsIn(PARTNER_HOTLINES)
  partner!: PartnerHotline;

  @ApiProperty({ enum: TRANSFER_OUT_REASONS })
  @IsIn(TRANSFER_OUT_REASONS)
  reason!: (typeof TRANSFER_OUT_REASONS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '属于劳动保障监察事项，转12345' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string | null;
}

export class ReferTicketDto extends ActorCommandDto {
  /** The organisation that may see the ticket; a partner hotline by its number ("110"). */
  @ApiProperty({ minLength: 1, maxLength: 200, example: '佛山市南海区人民法院' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'organisation must not be blank' })
  organisation!: string;

  @ApiProperty({ minLength: 1, maxLength: 500, example: '诉讼阶段需法院了解前期调解情况' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class MergeTicketDto extends ActorCommandDto {
  /** The open ticket the duplicate's work continues in. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  intoTicketId!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000, example: '同一来电人同一事项重复来电' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class UndoMergeDto extends ActorCommandDto {}

/** The owner's view: whose tickets, and which page. */
export class OwnerTicketsQueryDto extends PageQueryDto {
  /** The first-contact organisation. */
  @ApiProperty({ minLength: 1, maxLength: 200, example: '广东省12348公共法律服务热线' })
  @IsString()
  @Length(1, 200)
  organisation!: string;

  /** Only the tickets this agent received first. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 100, example: 'agent-0731' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  agent?: string;
}

/** What a caller gives to follow their ticket: the number they were told and their phone's last four digits. */
export class TicketLookupQueryDto {
  @ApiProperty({ example: '12348-20261123-000042', pattern: '^12348-\\d{8}-\\d{6,}$' })
  @Matches(/^12348-\d{8}-\d{6,}$/, { message: 'ticketNumber must look like 12348-YYYYMMDD-NNNNNN' })
  ticketNumber!: string;

  @ApiProperty({ example: '5678', pattern: '^\\d{4}$' })
  @Matches(/^\d{4}$/, { message: 'phoneLast4 must be the last four digits of the phone number' })
  phoneLast4!: string;
}
