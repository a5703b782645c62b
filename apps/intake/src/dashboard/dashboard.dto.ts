import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PeriodQueryDto } from '@legal-hotline/service-runtime';
import { IsOptional, IsString, Matches } from 'class-validator';
import {
  CHANNELS,
  LEGAL_CATEGORIES,
  SATISFACTION_LEVELS,
  TICKET_STATUSES,
  type Channel,
  type LegalCategory,
  type Satisfaction,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { DRILL_LEVELS, type DrillLevel } from './domain/region-drill-down.js';

/**
 * The tickets the figures count: opened in a period of Asia/Shanghai calendar days, both ends
 * included, within a region. Supervisors count their area, owner leads the tickets their
 * organisation is responsible for (received first, or answers for a partner).
 */
export class DashboardQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({
    description:
      'Leading digits of the region code: "44" or "440000" Guangdong, "4406" or "440600" Foshan, "440605" Nanhai. A supervisor\'s must lie within its area (else 403 ACCESS.OUTSIDE_AREA).',
    example: '4406',
    pattern: '^\\d{2,12}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be the leading 2 to 12 digits of a region code' })
  regionCode?: string;
}

class PeriodView {
  @ApiProperty({
    description: 'First day of the period, YYYY-MM-DD (Asia/Shanghai).',
    format: 'date',
    example: '2026-11-01',
  })
  from!: string;

  @ApiProperty({ description: 'Last day of the period, included.', format: 'date', example: '2026-11-30' })
  to!: string;
}

export class DayChannelCountView {
  @ApiProperty({
    description: 'The Asia/Shanghai calendar day the tickets were opened on.',
    format: 'date',
    example: '2026-11-23',
  })
  date!: string;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty({ minimum: 1, example: 12 })
  count!: number;
}

export class TicketsPerDayView extends PeriodView {
  @ApiProperty({
    description:
      'Tickets opened per day and channel, by day then channel; a day or channel without tickets has no row.',
    type: [DayChannelCountView],
  })
  days!: DayChannelCountView[];
}

export class RegionCategoryCountView {
  @ApiProperty({
    description:
      "The row's region by its full code: a city 440600, a county 440605, a township 440605011. Tickets recorded no finer than the region drilled into count under its own code.",
    example: '440605',
  })
  regionCode!: string;

  @ApiProperty({
    description: 'Its name in the region catalog; null for a code the catalog does not hold.',
    type: String,
    nullable: true,
    example: '南海区',
  })
  regionName!: string | null;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  @ApiProperty({ minimum: 1, example: 7 })
  count!: number;
}

export class RegionBreakdownView extends PeriodView {
  @ApiProperty({
    description:
      'The level of the rows, one below the region asked for: all regions or a province by city, a city by county (a city without counties, such as Dongguan, by township), a county by township.',
    enum: DRILL_LEVELS,
  })
  level!: DrillLevel;

  @ApiProperty({
    description: 'The region drilled into ("440000", "440600", "440605"); null for all regions.',
    type: String,
    nullable: true,
    example: '440600',
  })
  parentCode!: string | null;

  @ApiProperty({
    description: 'Tickets opened per region and legal category, by region code then category; no row where none.',
    type: [RegionCategoryCountView],
  })
  rows!: RegionCategoryCountView[];
}

export class StatusCountView {
  @ApiProperty({ enum: TICKET_STATUSES })
  status!: TicketStatus;

  @ApiProperty({ minimum: 0 })
  count!: number;
}

export class SatisfactionCountView {
  @ApiProperty({ enum: SATISFACTION_LEVELS })
  satisfaction!: Satisfaction;

  @ApiProperty({ minimum: 0 })
  count!: number;
}

/** Figures over the tickets opened in the period, and the follow-up calls recorded in it. */
export class DashboardSummaryView extends PeriodView {
  @ApiProperty({ description: 'Tickets opened in the period.', minimum: 0 })
  opened!: number;

  @ApiProperty({ description: 'Of those, closed (办结) or merged into another ticket now.', minimum: 0 })
  closed!: number;

  @ApiProperty({ description: 'Of those, still open now.', minimum: 0 })
  open!: number;

  @ApiProperty({ description: 'Their status now, every status in order (zero where none).', type: [StatusCountView] })
  byStatus!: StatusCountView[];

  @ApiProperty({ description: 'Priority urgent: flagged urgent or dangerous (紧情要情).', minimum: 0 })
  urgent!: number;

  @ApiProperty({ description: 'Flagged dangerous (also counted as urgent): passed to 110 at opening.', minimum: 0 })
  dangerous!: number;

  @ApiProperty({
    description: 'Green channel (绿色通道): migrant-worker wage claims and veterans, urgent ones included.',
    minimum: 0,
  })
  greenChannel!: number;

  @ApiProperty({ description: 'Migrant-worker wage claims (Legal Aid Law Art. 42(3)).', minimum: 0 })
  migrantWorkerWageClaims!: number;

  @ApiProperty({ description: 'Veterans (Veterans Protection Law Art. 70).', minimum: 0 })
  veterans!: number;

  @ApiProperty({
    description:
      'Follow-up calls (回访) recorded in the period (of tickets opened at any time), per satisfaction level, every level in order.',
    type: [SatisfactionCountView],
  })
  satisfaction!: SatisfactionCountView[];

  @ApiProperty({
    description: 'Follow-up calls recorded in the period; a ticket called back twice counts twice.',
    minimum: 0,
  })
  followUps!: number;

  @ApiProperty({
    description:
      'Satisfaction rate (满意率): satisfied and basically satisfied calls over all calls, 0 to 1 to four decimals; null without calls.',
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    example: 0.9231,
  })
  satisfiedRate!: number | null;
}
