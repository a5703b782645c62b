import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PeriodQueryDto } from '@legal-hotline/service-runtime';
import { IsOptional, Matches } from 'class-validator';
import { AGENCY_TYPES, type AgencyType } from '@legal-hotline/contracts';

// ---- requests --------------------------------------------------------------------------------

export class AcceptanceFiguresQuery extends PeriodQueryDto {
  /**
   * Only bodies seated in this region: a province (44 or 440000), a city (4406 or 440600), a
   * county (440605) or a township (440605011). A supervisor's default and limit is the area.
   */
  @ApiPropertyOptional({
    pattern: '^(\\d{2}|\\d{4}|\\d{6}|\\d{9})$',
    example: '440600',
    description:
      'Only bodies seated in this region: province (44 or 440000), city (4406 or 440600), county (440605) or township (440605011). Supervisors: their area by default; a region outside it is refused.',
  })
  @IsOptional()
  @Matches(/^(\d{2}|\d{4}|\d{6}|\d{9})$/, {
    message: 'regionCode must be a province number (44), a city prefix (4406), or a 6- or 9-digit division code',
  })
  regionCode?: string;
}

// ---- responses -------------------------------------------------------------------------------

// What the three percentiles are of.
const PERCENTILE =
  'of the acceptance time in minutes (one decimal): elapsed wall-clock time from the hand-off (assignment requested) to the body accepting or rejecting it, as the body reported it; clock pauses are not subtracted and the business calendar is not applied. Over the decided hand-offs only; null when none was decided.';

export class AcceptanceFiguresRow {
  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  /** As the directory names the body now. */
  @ApiProperty({ example: '南海区法律援助中心' })
  agencyName!: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  agencyType!: AgencyType;

  /** Division where the body sits. */
  @ApiProperty({ example: '440605', description: 'Division where the body sits' })
  regionCode!: string;

  /** Hand-offs (assignments) to the body requested in the period: accepted + rejected + pending + withdrawn. */
  @ApiProperty({
    minimum: 1,
    description: 'Hand-offs to the body requested in the period (accepted + rejected + pending + withdrawn)',
  })
  handedOff!: number;

  @ApiProperty({ minimum: 0, description: 'Of those, accepted by the body' })
  accepted!: number;

  @ApiProperty({ minimum: 0, description: 'Of those, rejected by the body (with a coded reason)' })
  rejected!: number;

  /** Still awaiting the body's decision now. */
  @ApiProperty({ minimum: 0, description: "Of those, still awaiting the body's decision now" })
  pending!: number;

  /** Taken back by routing before a decision: overdue and re-routed, or the ticket was closed or merged. */
  @ApiProperty({
    minimum: 0,
    description:
      'Of those, taken back by routing before a decision: overdue and re-routed, or the ticket was closed or merged',
  })
  withdrawn!: number;

  /**
   * Hand-offs whose acceptance deadline (moved by clock pauses) passed before a decision: the
   * acceptance clock fired (escalated: re-routed or alerted), or the decision or withdrawal came
   * after the deadline before the timer fired. Overlaps the counts above.
   */
  @ApiProperty({
    minimum: 0,
    description:
      'Hand-offs whose acceptance deadline (moved by clock pauses) passed before a decision: the clock fired (escalated), or the decision came after the deadline before it fired. Overlaps the counts above.',
  })
  overdue!: number;

  /** overdue / handedOff, 0 to 1, four decimals. */
  @ApiProperty({
    minimum: 0,
    maximum: 1,
    example: 0.125,
    description: 'overdue / handedOff, from 0 to 1, four decimals',
  })
  overdueRate!: number;

  @ApiProperty({ type: Number, nullable: true, example: 42.5, description: `Median ${PERCENTILE}` })
  p50Minutes!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 180, description: `90th percentile ${PERCENTILE}` })
  p90Minutes!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 310.2, description: `95th percentile ${PERCENTILE}` })
  p95Minutes!: number | null;
}

export class AcceptanceFiguresView {
  /** First day of the period (Asia/Shanghai), included. */
  @ApiProperty({
    format: 'date',
    example: '2026-11-01',
    description: 'First Asia/Shanghai day of the period, included',
  })
  from!: string;

  /** Last day of the period (Asia/Shanghai), included. */
  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'Last Asia/Shanghai day of the period, included' })
  to!: string;

  /** The region the rows are limited to (a supervisor's area when none was asked for); null: every body. */
  @ApiProperty({
    type: String,
    nullable: true,
    example: '440600',
    description: "The region the rows are limited to (the supervisor's area when none was asked for); null: every body",
  })
  regionCode!: string | null;

  /** One row per body that was handed off anything in the period, by seat region code, type and id. */
  @ApiProperty({
    type: [AcceptanceFiguresRow],
    description:
      'One row per body handed anything in the period (hand-offs requested then), by seat region code, type and id',
  })
  rows!: AcceptanceFiguresRow[];
}
