import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDefined,
  IsEmpty,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  LEGAL_CATEGORIES,
  ORGAN_TYPES,
  REQUEST_TYPES,
  TICKET_STATUSES,
  type LegalCategory,
  type OrganType,
  type RequestType,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { IsChinesePhoneNumber, IsInstant, IsLanguageTag, IsRegionCode, IsVisibleText } from '@legal-hotline/validation';
import { nationalPhoneNumber } from '../partner-cases/domain/caller-phone.js';
import type { Open311ErrorItem } from './domain/open311-error.js';
import {
  ATTRIBUTE_CODES,
  type AttributeCode,
  type AttributeDatatype,
  type Open311Attribute,
  type Open311AttributeValue,
  type Open311Service,
  type Open311ServiceDefinition,
} from './domain/open311-services.js';
import type { Open311Receipt, PostedAttributes, PostedServiceRequest } from './domain/posted-service-request.js';
import type { Open311ServiceRequest, Open311Update } from './domain/service-request-view.js';
import { MAX_IDS, type ServiceRequestQuery } from './domain/service-request-filter.js';

/** A form sends true and false as words; JSON may send either. */
function booleanWord({ value }: { value: unknown }): unknown {
  return value === 'true' ? true : value === 'false' ? false : value;
}

/** A form sends numbers as text. */
function numberText({ value }: { value: unknown }): unknown {
  return typeof value === 'string' && /^-?\d{1,3}(\.\d+)?$/.test(value) ? Number(value) : value;
}

function nationalPhone({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? nationalPhoneNumber(value) : value;
}

/** The specification's lists: comma-separated, and a parameter may be given more than once. */
function commaList({ value }: { value: unknown }): unknown {
  const parts = Array.isArray(value) ? value : [value];
  return parts.every((part) => typeof part === 'string')
    ? parts.flatMap((part: string) => part.split(',')).map((part) => part.trim())
    : value;
}

/**
 * How the posted fields are validated: as the platform does, but one problem per field, so that
 * an Open311 client showing the first description shows the right one. A missing field is said
 * to be required before anything else is checked.
 */
export const POSTED_FIELDS_VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
} as const;

const REQUIRED = { message: ({ property }: { property: string }) => `${property} is required` };

/** Visible text of a length, checked in that order: a string first, so a repeated form field is told so. */
function Text(min: number, max: number): PropertyDecorator {
  return applyDecorators(IsString(), Length(min, max), IsVisibleText());
}

const TRUE_OR_FALSE = { message: ({ property }: { property: string }) => `${property} must be true or false` };
const ORGAN_GIVEN = (attributes: PostedAttributesDto): boolean =>
  attributes.handling_organ_type !== undefined ||
  attributes.handling_organ_name !== undefined ||
  attributes.handling_organ_region_code !== undefined;
const ORGAN_TOGETHER = {
  message: ({ property }: { property: string }) => `${property} is required with the other handling_organ_ attributes`,
};

/** The attributes of the service definition; sent as `attribute[<code>]` form fields (or an object in JSON). */
export class PostedAttributesDto implements PostedAttributes {
  @ApiProperty({
    example: '110-FS-20261123-0099',
    minLength: 1,
    maxLength: 100,
    description:
      'Your own id for the case: one case per reference. A repeat of the same case answers the first receipt; another case under a used reference answers 409.',
  })
  @IsDefined(REQUIRED)
  @Text(1, 100)
  partner_reference!: string;

  @ApiProperty({
    example: '440605011',
    description: 'Division code of the caller or the matter (6, 9 or 12 digits); routes the case.',
  })
  @IsDefined(REQUIRED)
  @IsRegionCode()
  region_code!: string;

  @ApiProperty({ enum: LEGAL_CATEGORIES, example: 'labour-remuneration' })
  @IsDefined(REQUIRED)
  @IsIn(LEGAL_CATEGORIES)
  legal_category!: LegalCategory;

  @ApiPropertyOptional({
    example: '440605011',
    description: 'Division code of the place where the matter arose (Legal Aid Law Art. 38).',
  })
  @IsOptional()
  @IsRegionCode()
  arosen_in_region_code?: string;

  @ApiProperty({ example: 'yue', description: 'Language tag or dialect code: zh-CN, yue, hak, nan.' })
  @IsDefined(REQUIRED)
  @Length(2, 20)
  @IsLanguageTag()
  language!: string;

  @ApiProperty({
    enum: ['true'],
    description:
      'Must be true: the caller consented to the case being passed to the 12348 platform (PIPL Art. 23); false answers 422 CONSENT.REQUIRED.',
  })
  @IsDefined(REQUIRED)
  @Transform(booleanWord)
  @IsBoolean(TRUE_OR_FALSE)
  caller_consent!: boolean;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Urgent matter.' })
  @IsOptional()
  @Transform(booleanWord)
  @IsBoolean(TRUE_OR_FALSE)
  urgent?: boolean;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'Urgent and dangerous matter (紧情要情): passed to 110 at once.',
  })
  @IsOptional()
  @Transform(booleanWord)
  @IsBoolean(TRUE_OR_FALSE)
  dangerous?: boolean;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'Migrant worker claiming wages (Legal Aid Law Art. 42).',
  })
  @IsOptional()
  @Transform(booleanWord)
  @IsBoolean(TRUE_OR_FALSE)
  migrant_worker_wage_claim?: boolean;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'Veteran (Veterans Protection Law Art. 70).',
  })
  @IsOptional()
  @Transform(booleanWord)
  @IsBoolean(TRUE_OR_FALSE)
  veteran?: boolean;

  @ApiPropertyOptional({
    enum: ORGAN_TYPES,
    description:
      'The organ handling the matter (litigation: Legal Aid Law Art. 38); all three handling_organ_ attributes or none.',
  })
  @ValidateIf(ORGAN_GIVEN)
  @IsDefined(ORGAN_TOGETHER)
  @IsIn(ORGAN_TYPES)
  handling_organ_type?: OrganType;

  @ApiPropertyOptional({ example: '佛山市南海区人民法院', minLength: 1, maxLength: 200 })
  @ValidateIf(ORGAN_GIVEN)
  @IsDefined(ORGAN_TOGETHER)
  @Text(1, 200)
  handling_organ_name?: string;

  @ApiPropertyOptional({ example: '440605' })
  @ValidateIf(ORGAN_GIVEN)
  @IsDefined(ORGAN_TOGETHER)
  @IsRegionCode()
  handling_organ_region_code?: string;
}

/**
 * POST service request. Form-encoded as the specification sends it, attributes as
 * `attribute[region_code]=440605011`; or JSON with the same names, or with an object `attribute`.
 */
export class PostServiceRequestDto implements PostedServiceRequest {
  @ApiProperty({
    enum: REQUEST_TYPES,
    example: 'legal-aid-application',
    description: 'A service of GET services.json.',
  })
  @IsDefined(REQUIRED)
  @IsIn(REQUEST_TYPES, {
    message: `service_code must name a service of GET services.json: ${REQUEST_TYPES.join(', ')}`,
  })
  service_code!: RequestType;

  @ApiProperty({
    example: '来电人称在南海区桂城街道工地务工，被拖欠工资三个月，约三万元。',
    minLength: 1,
    maxLength: 4000,
  })
  @IsDefined(REQUIRED)
  @Text(1, 4000)
  description!: string;

  @ApiPropertyOptional({
    example: '大明',
    minLength: 1,
    maxLength: 49,
    description: "The caller's given name (名); first_name or last_name is required.",
  })
  @IsOptional()
  @Text(1, 49)
  first_name?: string;

  @ApiPropertyOptional({
    example: '陈',
    minLength: 1,
    maxLength: 49,
    description: "The caller's surname (姓); first_name or last_name is required.",
  })
  @ValidateIf((posted: PostServiceRequestDto) => posted.last_name !== undefined || posted.first_name === undefined)
  @IsDefined({ message: "last_name (姓) or first_name (名) is required: the caller's name" })
  @Text(1, 49)
  last_name?: string;

  @ApiProperty({
    example: '+86 138-1234-5678',
    description: 'Call-back number: a mobile or a landline with its area code; +86, spaces and hyphens are removed.',
  })
  @IsDefined(REQUIRED)
  @Transform(nationalPhone)
  @IsChinesePhoneNumber()
  phone!: string;

  @ApiPropertyOptional({
    example: '佛山市南海区桂城街道南海大道北 88 号工地',
    minLength: 1,
    maxLength: 200,
    description:
      "Where it happened, for the receiving body; added to the case's summary (attribute[region_code] routes it).",
  })
  @IsOptional()
  @Text(1, 200)
  address_string?: string;

  @ApiPropertyOptional({
    example: 23.0322,
    minimum: -90,
    maximum: 90,
    description: 'WGS 84 latitude; with long, added to the summary.',
  })
  @ValidateIf((posted: PostServiceRequestDto) => posted.lat !== undefined || posted.long !== undefined)
  @Transform(numberText)
  @Max(90)
  @Min(-90)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lat?: number;

  @ApiPropertyOptional({ example: 113.1451, minimum: -180, maximum: 180, description: 'WGS 84 longitude; with lat.' })
  @ValidateIf((posted: PostServiceRequestDto) => posted.lat !== undefined || posted.long !== undefined)
  @Transform(numberText)
  @Max(180)
  @Min(-180)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  long?: number;

  @ApiPropertyOptional({
    type: String,
    description:
      'Not taken (400 when given): the 12348 platform receives no media from partner hotlines; describe it in description.',
  })
  @IsEmpty({
    message:
      'media_url is not taken: the 12348 platform receives no media from partner hotlines; describe what it shows in description',
  })
  media_url?: string;

  @ApiProperty({
    type: () => PostedAttributesDto,
    description: 'Form: attribute[<code>]=<value> per attribute. JSON: an object, or the same flat names.',
  })
  @ValidateNested()
  @IsObject()
  @Type(() => PostedAttributesDto)
  attribute!: PostedAttributesDto;
}

export class ServiceRequestsQuery implements ServiceRequestQuery {
  @ApiPropertyOptional({
    type: String,
    example: '2b1f3c9e-5d1a-4c8e-9f57-0e4b6f0a1d22,7c0e2a51-93f4-4b0b-8d5e-2f6a9c3b1e07',
    description: `Comma-separated ids (at most ${MAX_IDS}); overrides every other argument. Ids not among your cases are left out.`,
  })
  @IsOptional()
  @Transform(commaList)
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', {
    each: true,
    message: 'each id of service_request_id must be a service_request_id we returned (a UUID)',
  })
  service_request_id?: string[];

  @ApiPropertyOptional({
    type: String,
    example: 'legal-aid-application,consultation',
    description: 'Comma-separated service codes; cases forwarded through the partner API name none and are left out.',
  })
  @IsOptional()
  @Transform(commaList)
  @IsIn(REQUEST_TYPES, { each: true })
  service_code?: RequestType[];

  @ApiPropertyOptional({ type: String, example: 'open', description: 'open, closed, or both comma-separated.' })
  @IsOptional()
  @Transform(commaList)
  @IsIn(['open', 'closed'], { each: true })
  status?: ('open' | 'closed')[];

  @ApiPropertyOptional({
    example: '2026-11-01T00:00:00+08:00',
    description: 'requested_datetime at or after; at most 90 days before end_date.',
  })
  @IsOptional()
  @IsInstant()
  start_date?: string;

  @ApiPropertyOptional({ example: '2026-11-30T00:00:00+08:00', description: 'requested_datetime at or before.' })
  @IsOptional()
  @IsInstant()
  end_date?: string;

  @ApiPropertyOptional({
    example: '2026-11-23T10:00:00+08:00',
    description:
      'updated_datetime at or after (oldest change first): poll with the newest updated_datetime you got; a request can come twice.',
  })
  @IsOptional()
  @IsInstant()
  updated_after?: string;

  @ApiPropertyOptional({ example: '2026-11-24T00:00:00+08:00', description: 'updated_datetime before.' })
  @IsOptional()
  @IsInstant()
  updated_before?: string;

  @ApiPropertyOptional({ description: 'Ignored: the exchange serves one jurisdiction.' })
  @IsOptional()
  @IsString()
  jurisdiction_id?: string;

  @ApiPropertyOptional({ description: 'Ignored: requests are signed with a partner key instead.' })
  @IsOptional()
  @IsString()
  api_key?: string;
}

export class ServiceDto implements Open311Service {
  @ApiProperty({ enum: REQUEST_TYPES, example: 'legal-aid-application' })
  service_code!: RequestType;

  @ApiProperty({ example: '法律援助申请' })
  service_name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: [true], description: 'Every service has attributes: GET services/{service_code}.json.' })
  metadata!: true;

  @ApiProperty({ enum: ['realtime'] })
  type!: 'realtime';

  @ApiProperty({ example: '法律援助,欠薪,讨薪,农民工,工伤,律师', description: 'Comma-separated.' })
  keywords!: string;

  @ApiProperty({ example: '法律援助' })
  group!: string;
}

export class ServiceAttributeValueDto implements Open311AttributeValue {
  @ApiProperty({ example: 'labour-remuneration' })
  key!: string;

  @ApiProperty({ example: '劳动报酬' })
  name!: string;
}

export class ServiceAttributeDto implements Open311Attribute {
  @ApiProperty({ enum: [true] })
  variable!: true;

  @ApiProperty({ enum: ATTRIBUTE_CODES, description: 'Sent as attribute[<code>].' })
  code!: AttributeCode;

  @ApiProperty({ enum: ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] })
  datatype!: AttributeDatatype;

  @ApiProperty()
  required!: boolean;

  @ApiProperty({ type: String, nullable: true })
  datatype_description!: string | null;

  @ApiProperty({ example: 1 })
  order!: number;

  @ApiProperty()
  description!: string;

  @ApiProperty({
    type: () => [ServiceAttributeValueDto],
    description: 'The keys a singlevaluelist takes; empty otherwise.',
  })
  values!: ServiceAttributeValueDto[];
}

export class ServiceDefinitionDto implements Open311ServiceDefinition {
  @ApiProperty({ enum: REQUEST_TYPES })
  service_code!: RequestType;

  @ApiProperty({ type: () => [ServiceAttributeDto] })
  attributes!: ServiceAttributeDto[];
}

export class ServiceRequestReceiptDto implements Open311Receipt {
  /** The shared ticket id, kept across every hop. */
  @ApiProperty({ format: 'uuid', description: 'The shared ticket id: follow the case with it.' })
  service_request_id!: string;

  @ApiProperty({ example: '12348公共法律服务平台已受理，将派往有管辖权的法律援助机构；……' })
  service_notice!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Always null: partners have no accounts here.',
  })
  account_id!: null;
}

export class ServiceRequestUpdateDto implements Open311Update {
  @ApiProperty({ example: '2026-11-23T10:15:01.000+08:00' })
  at!: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  @ApiProperty({ example: 'Sent to 南海区法律援助中心 for acceptance' })
  note!: string;
}

export class ServiceRequestExtendedAttributesDto {
  @ApiProperty({ enum: TICKET_STATUSES, description: "The platform's extended status." })
  status!: TicketStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '12348-20261123-000042',
    description: 'The number the caller is told, once the ticket is opened (受理).',
  })
  ticket_number!: string | null;

  @ApiProperty({ example: '110-FS-20261123-0099' })
  partner_reference!: string;

  @ApiProperty({ type: () => [ServiceRequestUpdateDto], description: 'The history, oldest first.' })
  updates!: ServiceRequestUpdateDto[];
}

export class ServiceRequestDto implements Open311ServiceRequest {
  @ApiProperty({ format: 'uuid' })
  service_request_id!: string;

  @ApiProperty({ enum: ['open', 'closed'], description: 'closed once the case is closed or merged into another.' })
  status!: 'open' | 'closed';

  @ApiProperty({ type: String, nullable: true, description: 'The latest entry of the history.' })
  status_notes!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '法律援助申请',
    description: 'Null for a case forwarded through the partner API (it named no service).',
  })
  service_name!: string | null;

  @ApiProperty({ enum: REQUEST_TYPES, nullable: true })
  service_code!: RequestType | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Always null: the exchange does not keep the case text (it went to the 12348 platform with the case).',
  })
  description!: null;

  @ApiProperty({
    example: '南海区法律援助中心',
    description: 'The body that holds the case now, or the 12348 platform.',
  })
  agency_responsible!: string;

  @ApiProperty({ type: String, nullable: true })
  service_notice!: string | null;

  @ApiProperty({ example: '2026-11-23T10:10:00.000+08:00' })
  requested_datetime!: string;

  @ApiProperty({ example: '2026-11-23T10:15:01.000+08:00' })
  updated_datetime!: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Always null.' })
  expected_datetime!: null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: "Always null: the exchange does not keep the caller's address.",
  })
  address!: null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Always null.' })
  zipcode!: null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: null,
    description: 'Always null: the exchange does not keep the position.',
  })
  lat!: null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: null,
    description: 'Always null: the exchange does not keep the position.',
  })
  long!: null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Always null.' })
  media_url!: null;

  @ApiProperty({ type: () => ServiceRequestExtendedAttributesDto })
  extended_attributes!: ServiceRequestExtendedAttributesDto;
}

export class Open311ErrorDto implements Open311ErrorItem {
  @ApiProperty({ example: 400, description: 'The HTTP status.' })
  code!: number;

  @ApiProperty({ example: 'attribute[region_code] must be a region code of 6, 9 or 12 digits' })
  description!: string;
}
