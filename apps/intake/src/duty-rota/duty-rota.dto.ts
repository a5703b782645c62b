import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { LEGAL_CATEGORIES, type LegalCategory } from '@legal-hotline/contracts';
import { IsInstant, IsVisibleText } from '@legal-hotline/validation';
import { DUTY_LANGUAGES } from './domain/languages.js';
import { DUTY_PLATFORMS, type DutyPlatform } from './domain/rota.js';
import type { DutyShiftEntity } from './duty-shift.entity.js';
import type { DutyStaffEntity } from './duty-staff.entity.js';

const SUBJECT = /^[A-Za-z0-9._:@-]{1,200}$/;
const ORGANISATION_ID = /^[A-Za-z0-9._:-]{1,200}$/;

export class PersonParamsDto {
  /** The person's access-token subject. */
  @ApiProperty({ example: 'bfb6ce16-527c-59d2-9e55-4a8b19e8070e' })
  @Matches(SUBJECT, { message: 'subject must be an access-token subject (letters, digits, . _ : @ -)' })
  subject!: string;
}

export class ShiftIdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'id must be a UUID' })
  id!: string;
}

/** Which platform's rota; the caller's own (a supervisor's: their province's) when absent. */
export class RotaOrganisationQueryDto {
  @ApiPropertyOptional({ example: '12348-gd' })
  @IsOptional()
  @Matches(ORGANISATION_ID, { message: 'organisationId must be an organisation id such as 12348-gd' })
  organisationId?: string;
}

export class PutDutyStaffDto {
  @ApiProperty({ example: '林晓', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @IsVisibleText()
  name!: string;

  /** The rota the person is on; the editor's own (a supervisor's: their province's platform) when absent. */
  @ApiPropertyOptional({ example: '12348-gd' })
  @IsOptional()
  @Matches(ORGANISATION_ID, { message: 'organisationId must be an organisation id such as 12348-gd' })
  organisationId?: string;

  @ApiProperty({ enum: DUTY_PLATFORMS, isArray: true, example: ['hotline', 'network'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(DUTY_PLATFORMS, { each: true })
  platforms!: DutyPlatform[];

  /**
   * Languages and dialects the person answers in: zh-CN 普通话, yue 粤语, nan 闽南话,
   * nan-x-chaoshan 潮汕话, hak 客家话 (aliases such as zh-HK or zh-yue are read as their language).
   */
  @ApiProperty({
    type: [String],
    example: ['zh-CN', 'yue'],
    description: `One or more of ${DUTY_LANGUAGES.join(', ')}`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(2, 20, { each: true })
  languages!: string[];

  /** Legal categories the person prefers; empty for all. */
  @ApiProperty({ enum: LEGAL_CATEGORIES, isArray: true, example: ['labour-remuneration', 'work-injury'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(LEGAL_CATEGORIES, { each: true })
  legalCategories!: LegalCategory[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AddShiftDto {
  @ApiProperty({ example: 'bfb6ce16-527c-59d2-9e55-4a8b19e8070e' })
  @Matches(SUBJECT, { message: 'personSubject must be an access-token subject' })
  personSubject!: string;

  @ApiProperty({ enum: DUTY_PLATFORMS })
  @IsIn(DUTY_PLATFORMS)
  platform!: DutyPlatform;

  /** ISO-8601 with offset. */
  @ApiProperty({ example: '2026-11-23T08:00:00+08:00' })
  @IsInstant()
  startsAt!: string;

  /** Exclusive; at most 24 hours after startsAt. */
  @ApiProperty({ example: '2026-11-23T20:00:00+08:00' })
  @IsInstant()
  endsAt!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class ListShiftsQueryDto extends RotaOrganisationQueryDto {
  /** Shifts ending after this instant; now when absent. */
  @ApiPropertyOptional({ example: '2026-11-23T00:00:00+08:00' })
  @IsOptional()
  @IsInstant()
  from?: string;

  /** Shifts starting before this instant; 7 days after `from` when absent; at most 62 days after it. */
  @ApiPropertyOptional({ example: '2026-11-30T00:00:00+08:00' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ enum: DUTY_PLATFORMS })
  @IsOptional()
  @IsIn(DUTY_PLATFORMS)
  platform?: DutyPlatform;

  /** One person's shifts, by subject. */
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SUBJECT, { message: 'person must be an access-token subject' })
  person?: string;
}

export class OnDutyQueryDto extends RotaOrganisationQueryDto {
  @ApiPropertyOptional({ enum: DUTY_PLATFORMS })
  @IsOptional()
  @IsIn(DUTY_PLATFORMS)
  platform?: DutyPlatform;

  /** The instant asked about; now when absent. */
  @ApiPropertyOptional({ example: '2026-11-23T10:00:00+08:00' })
  @IsOptional()
  @IsInstant()
  at?: string;
}

export class DutyStaffView {
  @ApiProperty()
  subject!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisationId!: string;

  @ApiProperty()
  organisation!: string;

  @ApiProperty({ enum: DUTY_PLATFORMS, isArray: true })
  platforms!: DutyPlatform[];

  @ApiProperty({ enum: DUTY_LANGUAGES, isArray: true })
  languages!: string[];

  @ApiProperty({ enum: LEGAL_CATEGORIES, isArray: true, description: 'Empty: all categories' })
  legalCategories!: string[];

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class DutyStaffListView {
  @ApiProperty({ type: [DutyStaffView] })
  items!: DutyStaffView[];
}

export class DutyShiftView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  personSubject!: string;

  @ApiProperty()
  personName!: string;

  @ApiProperty()
  organisationId!: string;

  @ApiProperty({ enum: DUTY_PLATFORMS })
  platform!: DutyPlatform;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  /** Exclusive. */
  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty()
  createdBy!: string;
}

export class DutyShiftListView {
  @ApiProperty({ format: 'date-time' })
  from!: string;

  @ApiProperty({ format: 'date-time' })
  to!: string;

  @ApiProperty({ type: [DutyShiftView] })
  items!: DutyShiftView[];
}

export class OnDutyShiftView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: DUTY_PLATFORMS })
  platform!: DutyPlatform;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;
}

export class OnDutyPersonView extends DutyStaffView {
  @ApiProperty({ type: OnDutyShiftView })
  shift!: OnDutyShiftView;

  /** Online questions the person has claimed and not answered yet. */
  @ApiProperty()
  openClaims!: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  claimedTicketIds!: string[];
}

export class OnDutyView {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty()
  organisationId!: string;

  /** The least loaded first. */
  @ApiProperty({ type: [OnDutyPersonView] })
  items!: OnDutyPersonView[];
}

export function staffViewOf(staff: DutyStaffEntity): DutyStaffView {
  const { subject, name, organisationId, organisation, platforms, languages, legalCategories, active, updatedAt } =
    staff;
  return {
    subject,
    name,
    organisationId,
    organisation,
    platforms,
    languages,
    legalCategories,
    active,
    updatedAt: updatedAt.toISOString(),
  };
}

export function shiftViewOf(shift: DutyShiftEntity, personName: string): DutyShiftView {
  const { id, personSubject, organisationId, platform, startsAt, endsAt, note, createdBy } = shift;
  return {
    id,
    personSubject,
    personName,
    organisationId,
    platform,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    note,
    createdBy,
  };
}
