import { PageQueryDto, PageOf } from '@legal-hotline/service-runtime';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  AGENCY_TYPES,
  LEGAL_CATEGORIES,
  REQUEST_TYPES,
  type AgencyType,
  type LegalCategory,
  type RequestType,
} from '@legal-hotline/contracts';
import type { AgencyAuditEntity } from './agency-audit.entity.js';
import type { Agency, AgencyAvailability, AgencyLevel } from './domain/agency.js';
import { DIRECTORY_CHANGE_KINDS, type DirectoryChangeKind } from './domain/directory-change.js';
import type { WeeklySchedule } from './domain/duty-hours.js';

import { IsInstant, IsLanguageTag, IsVisibleText } from '@legal-hotline/validation';

const AGENCY_LEVELS: readonly AgencyLevel[] = ['province', 'city', 'county', 'township'];
const AVAILABILITIES: readonly AgencyAvailability[] = ['normal', 'unstaffed', 'overloaded'];

// ---- requests --------------------------------------------------------------------------------

export class ListAgenciesQuery extends PageQueryDto {
  /**
   * Administrative division code: 6 digits (province, city, county), 9 (township) or 12
   * (village). Agencies whose jurisdiction lies inside this region are listed; all when absent.
   */
  @ApiPropertyOptional({
    pattern: '^\\d{6}(\\d{3}(\\d{3})?)?$',
    example: '440605',
    description: 'Division code (6, 9 or 12 digits): agencies whose jurisdiction lies inside this region',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be 6, 9 or 12 digits' })
  regionCode?: string;

  /** Also list the agencies that cover the region from above (its township, county, city, province). */
  @ApiPropertyOptional({
    default: false,
    description: 'Also list the agencies that cover regionCode from above (township, county, city, province)',
  })
  @IsOptional()
  // Query values arrive as text; only the words true and false are booleans, anything else is refused.
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeAncestors must be true or false' })
  includeAncestors = false;

  @ApiPropertyOptional({ enum: AGENCY_TYPES, description: 'Only agencies of this type' })
  @IsOptional()
  @IsIn(AGENCY_TYPES, { message: `type must be one of: ${AGENCY_TYPES.join(', ')}` })
  type?: AgencyType;
}

export class AgencyIdParams {
  /** `${type}:${seat region code}`, e.g. "legal-aid-centre:440605". */
  @ApiProperty({ example: 'legal-aid-centre:440605', description: 'Agency id: type and seat region code' })
  @IsString()
  @MaxLength(100)
  id!: string;
}

/**
 * Why the directory changes: every change says so, and the audit keeps it beside who made it.
 * Who is the signed-in directory administrator (their token's name and subject); a body that
 * names one (`changedBy`) is refused with 400.
 */
class DirectoryChangeReasonDto {
  /** Why, in plain words; kept in the audit trail. */
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: '中心搬迁，暂停接收工单',
    description: 'Why, in visible words; kept in the audit trail',
  })
  @IsString()
  @IsVisibleText()
  @Length(1, 500)
  reason!: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A setting a change may leave out, but not set to null: null would erase it (no request types,
 * every category), which no directory administrator means. Validated whenever present.
 */
function IsOmittable(): PropertyDecorator {
  return ValidateIf((_change: object, value: unknown) => value !== undefined);
}

export class ChangeAgencyDto extends DirectoryChangeReasonDto {
  /** normal takes work; unstaffed and overloaded bodies are passed over by routing (and say why). */
  @ApiPropertyOptional({ enum: AVAILABILITIES })
  @IsOmittable()
  @IsIn(AVAILABILITIES, { message: `availability must be one of: ${AVAILABILITIES.join(', ')}` })
  availability?: AgencyAvailability;

  /** Duty spans per ISO weekday ("1" = Monday), `HH:MM` Asia/Shanghai local time, `to` exclusive; a day left out has none. */
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { '1': [{ from: '08:30', to: '17:30' }], '6': [{ from: '09:00', to: '12:00' }] },
    description:
      'Duty spans per ISO weekday ("1" = Monday), HH:MM Asia/Shanghai, `to` exclusive; replaces the whole week',
  })
  @IsOmittable()
  @IsObject()
  dutyHours?: Record<string, unknown>;

  /** BCP 47 or ISO 639-3 codes the staff serve callers in; replaces the list. */
  @ApiPropertyOptional({ type: [String], example: ['zh-CN', 'yue'] })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsLanguageTag({ each: true })
  languages?: string[];

  /** Legal categories handled; an empty list means all. Replaces the list. */
  @ApiPropertyOptional({
    enum: LEGAL_CATEGORIES,
    isArray: true,
    description: 'Legal categories handled; empty means all',
  })
  @IsOmittable()
  @IsArray()
  @IsIn(LEGAL_CATEGORIES, { each: true, message: `legalCategories must be drawn from: ${LEGAL_CATEGORIES.join(', ')}` })
  legalCategories?: LegalCategory[];

  /** Request types taken; at least one. Replaces the list. */
  @ApiPropertyOptional({ enum: REQUEST_TYPES, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(REQUEST_TYPES, { each: true, message: `requestTypes must be drawn from: ${REQUEST_TYPES.join(', ')}` })
  requestTypes?: RequestType[];
}

export class CloseAgencyDto extends DirectoryChangeReasonDto {
  /**
   * First day (Asia/Shanghai, `YYYY-MM-DD`) on which the body no longer serves any region;
   * today when absent, i.e. at once. Every jurisdiction still applying then ends.
   */
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-12-01',
    description: 'First day without any jurisdiction (Asia/Shanghai); today when absent',
  })
  @IsOptional()
  @Matches(DATE, { message: 'effectiveAt must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveAt must be a real calendar date' })
  effectiveAt?: string;
}

export class AddJurisdictionDto extends DirectoryChangeReasonDto {
  /** Division code (6 or 9 digits) whose area the body serves from `effectiveFrom`. */
  @ApiProperty({ example: '440606', pattern: '^\\d{6}(\\d{3})?$' })
  @Matches(/^\d{6}(\d{3})?$/, { message: 'regionCode must be a 6- or 9-digit division code' })
  regionCode!: string;

  /** First day it applies (Asia/Shanghai, `YYYY-MM-DD`). */
  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @Matches(DATE, { message: 'effectiveFrom must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a real calendar date' })
  effectiveFrom!: string;
}

export class JurisdictionParams extends AgencyIdParams {
  @ApiProperty({ example: '440605' })
  @Matches(/^\d{6}(\d{3})?$/, { message: 'regionCode must be a 6- or 9-digit division code' })
  regionCode!: string;
}

export class EndJurisdictionDto extends DirectoryChangeReasonDto {
  /** First day (Asia/Shanghai, `YYYY-MM-DD`) on which it no longer applies. */
  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @Matches(DATE, { message: 'effectiveTo must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveTo must be a real calendar date' })
  effectiveTo!: string;
}

export class DirectoryAuditQuery {
  /** Changes made at or after this instant (ISO 8601 with an offset); all when absent. Oldest first. */
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-23T00:00:00+08:00',
    description: 'Changes at or after this instant, an ISO 8601 date-time with an offset (Z or +08:00); oldest first',
  })
  @IsOptional()
  @IsInstant()
  since?: string;

  /** At most this many entries. */
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

// ---- responses -------------------------------------------------------------------------------

export class JurisdictionView {
  /** Division code (6 or 9 digits) whose area the body serves. */
  @ApiProperty({ example: '440605' })
  regionCode!: string;

  /** First day it applies: an Asia/Shanghai calendar day, `YYYY-MM-DD`. */
  @ApiProperty({
    format: 'date',
    example: '2023-06-30',
    description: 'First day it applies (Asia/Shanghai calendar day)',
  })
  effectiveFrom!: string;

  /** First day it no longer applies (Asia/Shanghai calendar day); null while in force. */
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'First day it no longer applies; null while in force',
  })
  effectiveTo!: string | null;
}

export class AgencyView {
  @ApiProperty({ example: 'legal-aid-centre:440605' })
  id!: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  type!: AgencyType;

  @ApiProperty({ example: '南海区法律援助中心' })
  name!: string;

  /** Division where the body sits. */
  @ApiProperty({ example: '440605', description: 'Division where the body sits' })
  regionCode!: string;

  /** Administrative level of the government the body belongs to. */
  @ApiProperty({ enum: AGENCY_LEVELS })
  level!: AgencyLevel;

  @ApiProperty({ type: [JurisdictionView] })
  jurisdictions!: JurisdictionView[];

  /** BCP 47 or ISO 639-3 codes its staff serve callers in, e.g. "zh-CN", "yue". */
  @ApiProperty({ type: [String], example: ['zh-CN', 'yue'] })
  languages!: string[];

  /** normal takes work; unstaffed and overloaded bodies are passed over by routing. */
  @ApiProperty({ enum: AVAILABILITIES })
  availability!: AgencyAvailability;
}

export class AgencyDetailView extends AgencyView {
  @ApiProperty({ enum: REQUEST_TYPES, isArray: true })
  requestTypes!: RequestType[];

  /** Empty means every category. */
  @ApiProperty({ enum: LEGAL_CATEGORIES, isArray: true, description: 'Legal categories handled; empty means all' })
  legalCategories!: LegalCategory[];

  /** Duty spans per ISO weekday (1 = Monday), `HH:MM` Asia/Shanghai local time, `to` exclusive. */
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { '1': [{ from: '08:30', to: '17:30' }] },
    description: 'Duty spans per ISO weekday (1 = Monday), HH:MM in Asia/Shanghai local time, `to` exclusive',
  })
  dutyHours!: WeeklySchedule;
}

export class AgencyPage extends PageOf(AgencyView) {}

export function toAgencyView(agency: Agency): AgencyView {
  return {
    id: agency.id,
    type: agency.type,
    name: agency.name,
    regionCode: agency.regionCode,
    level: agency.level,
    jurisdictions: agency.jurisdictions.map(({ regionCode, effectiveFrom, effectiveTo }) => ({
      regionCode,
      effectiveFrom,
      effectiveTo,
    })),
    languages: [...agency.languages],
    availability: agency.availability,
  };
}

export function toAgencyDetailView(agency: Agency): AgencyDetailView {
  return {
    ...toAgencyView(agency),
    requestTypes: [...agency.requestTypes],
    legalCategories: [...agency.legalCategories],
    dutyHours: agency.dutyHours,
  };
}

export class AuditEntryView {
  /** Insertion order. */
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  @ApiProperty({ enum: DIRECTORY_CHANGE_KINDS })
  changeKind!: DirectoryChangeKind;

  /** The changed fields (or jurisdictions) as they were. */
  @ApiProperty({ type: 'object', additionalProperties: true, example: { availability: 'normal' } })
  before!: Record<string, unknown>;

  /** ... and as they became. */
  @ApiProperty({ type: 'object', additionalProperties: true, example: { availability: 'unstaffed' } })
  after!: Record<string, unknown>;

  /** Display name of who made the change, from their access token. */
  @ApiProperty({ example: '郑红', description: 'Display name of who made the change, from their access token' })
  changedBy!: string;

  /** Their access token's subject; null on entries older than sign-in. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: "Subject of the person's access token; null on entries older than sign-in",
  })
  changedById!: string | null;

  @ApiProperty()
  reason!: string;

  /** UTC ISO-8601 instant of the change. */
  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class AgencyAuditTrail {
  @ApiProperty()
  agencyId!: string;

  /** Oldest first. */
  @ApiProperty({ type: [AuditEntryView] })
  items!: AuditEntryView[];
}

export class DirectoryAuditFeed {
  /** Oldest first. */
  @ApiProperty({ type: [AuditEntryView] })
  items!: AuditEntryView[];
}

export function toAuditEntryView(row: AgencyAuditEntity): AuditEntryView {
  return {
    id: row.id,
    agencyId: row.agencyId,
    changeKind: row.changeKind,
    before: row.before,
    after: row.after,
    changedBy: row.changedBy,
    changedById: row.changedById,
    reason: row.reason,
    at: row.changedAt.toISOString(),
  };
}
