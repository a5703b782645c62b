import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  AGENCY_TYPES,
  LEGAL_CATEGORIES,
  REQUEST_TYPES,
  type AgencyType,
  type LegalCategory,
  type RequestType,
} from '@legal-hotline/contracts';
import type { Agency, AgencyAvailability, AgencyLevel } from './domain/agency.js';
import type { WeeklySchedule } from './domain/duty-hours.js';

const AGENCY_LEVELS: readonly AgencyLevel[] = ['province', 'city', 'county', 'township'];
const AVAILABILITIES: readonly AgencyAvailability[] = ['normal', 'unstaffed', 'overloaded'];

// ---- requests --------------------------------------------------------------------------------

export class ListAgenciesQuery {
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

  /** 1-based page number. */
  @ApiPropertyOptional({ minimum: 1, default: 1, description: '1-based page number' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  /** Agencies per page, at most 100. */
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'Agencies per page' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

export class AgencyIdParams {
  /** `${type}:${seat region code}`, e.g. "legal-aid-centre:440605". */
  @ApiProperty({ example: 'legal-aid-centre:440605', description: 'Agency id: type and seat region code' })
  @IsString()
  @MaxLength(100)
  id!: string;
}

// ---- responses -------------------------------------------------------------------------------

export class JurisdictionView {
  /** Division code (6 or 9 digits) whose area the body serves. */
  @ApiProperty({ example: '440605' })
  regionCode!: string;

  /** First day it applies: an Asia/Shanghai calendar day, `YYYY-MM-DD`. */
  @ApiProperty({ format: 'date', example: '2023-06-30', description: 'First day it applies (Asia/Shanghai calendar day)' })
  effectiveFrom!: string;

  /** First day it no longer applies (Asia/Shanghai calendar day); null while in force. */
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'First day it no longer applies; null while in force' })
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

export class AgencyPage {
  @ApiProperty({ type: [AgencyView] })
  items!: AgencyView[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  /** Agencies matching the filter, on every page. */
  @ApiProperty({ description: 'Agencies matching the filter, on every page' })
  total!: number;
}

export function toAgencyView(agency: Agency): AgencyView {
  return {
    id: agency.id,
    type: agency.type,
    name: agency.name,
    regionCode: agency.regionCode,
    level: agency.level,
    jurisdictions: agency.jurisdictions.map(({ regionCode, effectiveFrom, effectiveTo }) => ({ regionCode, effectiveFrom, effectiveTo })),
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
