import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ALERT_KINDS, EVENT_SOURCES, type AlertKind, type EventSource } from '@legal-hotline/contracts';
import { PageQueryDto, PageOf } from '@legal-hotline/service-runtime';
import { IsInstant } from '@legal-hotline/validation';
import type { SupervisionAlertEntity } from './supervision-alert.entity.js';

/** Filters and page of the supervision alerts; filters combine with AND. */
export class ListAlertsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ALERT_KINDS })
  @IsOptional()
  @IsIn(ALERT_KINDS)
  kind?: AlertKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  ticketId?: string;

  /** Raised at or after this instant (ISO-8601 with offset). */
  @ApiPropertyOptional({ example: '2026-11-23T00:00:00+08:00' })
  @IsOptional()
  @IsInstant()
  since?: string;
}

export class SupervisionAlertView {
  @ApiProperty({ format: 'uuid' })
  alertId!: string;

  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  @ApiProperty({ enum: ALERT_KINDS })
  kind!: AlertKind;

  @ApiProperty({ enum: ['warning', 'critical'] })
  severity!: 'warning' | 'critical';

  @ApiProperty()
  message!: string;

  /** The body concerned, if any. */
  @ApiProperty({ type: String, nullable: true })
  agencyId!: string | null;

  /** The service that raised the alert. */
  @ApiProperty({ enum: EVENT_SOURCES })
  source!: EventSource;

  /** When it was raised (UTC). */
  @ApiProperty({ format: 'date-time' })
  raisedAt!: string;
}

export class SupervisionAlertPageView extends PageOf(SupervisionAlertView) {}

export function alertViewOf(alert: SupervisionAlertEntity): SupervisionAlertView {
  const { alertId, ticketId, kind, severity, message, agencyId, source, raisedAt } = alert;
  return { alertId, ticketId, kind, severity, message, agencyId, source, raisedAt: raisedAt.toISOString() };
}
