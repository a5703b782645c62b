import { PageQueryDto, PageOf } from '@legal-hotline/service-runtime';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LEGAL_CATEGORIES, type LegalCategory } from '@legal-hotline/contracts';
import { MISROUTE_REASONS, type MisrouteReason } from './domain/misroute.js';
import type { MisrouteReportEntity } from './misroute-report.entity.js';

export class ListMisrouteReportsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: LEGAL_CATEGORIES, description: 'Only this legal category' })
  @IsOptional()
  @IsIn(LEGAL_CATEGORIES, { message: `legalCategory must be one of: ${LEGAL_CATEGORIES.join(', ')}` })
  legalCategory?: LegalCategory;

  /**
   * A 6-digit division code: the county itself (440605), or every county of a city (440600) or
   * a province (440000).
   */
  @ApiPropertyOptional({
    example: '440600',
    description: '6-digit code: a county (440605), or every county of a city (440600) or province (440000)',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: MISROUTE_REASONS })
  @IsOptional()
  @IsIn(MISROUTE_REASONS, { message: `reason must be one of: ${MISROUTE_REASONS.join(', ')}` })
  reason?: MisrouteReason;
}

export class MisrouteReportView {
  @ApiProperty({ enum: LEGAL_CATEGORIES })
  legalCategory!: LegalCategory;

  /** County-level region: first 6 digits of the region the routing decision was keyed on. */
  @ApiProperty({ example: '440605', description: 'County-level region (first 6 digits of the routed-on region)' })
  regionCode!: string;

  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  @ApiProperty({ enum: MISROUTE_REASONS })
  reason!: MisrouteReason;

  /** Rejections counted under this key. */
  @ApiProperty({ minimum: 1 })
  count!: number;

  /** UTC ISO-8601 instants of the first and latest such rejection. */
  @ApiProperty({ format: 'date-time' })
  firstSeenAt!: string;

  @ApiProperty({ format: 'date-time' })
  lastSeenAt!: string;

  /** The body's note with the latest such rejection. */
  @ApiProperty({ type: String, nullable: true, example: '用人单位在顺德区' })
  lastNote!: string | null;

  @ApiProperty({ format: 'uuid' })
  lastTicketId!: string;
}

export class MisrouteReportPage extends PageOf(MisrouteReportView, 'Most counted first') {}

export function toMisrouteReportView(row: MisrouteReportEntity): MisrouteReportView {
  return {
    legalCategory: row.legalCategory,
    regionCode: row.regionCode,
    agencyId: row.agencyId,
    reason: row.reason,
    count: row.count,
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    lastNote: row.lastNote,
    lastTicketId: row.lastTicketId,
  };
}
