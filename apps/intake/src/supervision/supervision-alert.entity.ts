import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AlertKind, EventSource, SupervisionAlertRaisedV1 } from '@legal-hotline/contracts';

/** A supervision alert (督办) as raised by any service; one row per raising, so repeats show. */
@Entity({ name: 'supervision_alerts' })
@Index('supervision_alerts_raised_at_idx', ['raisedAt', 'eventId'])
@Index('supervision_alerts_ticket_idx', ['ticketId', 'raisedAt'])
@Index('supervision_alerts_kind_idx', ['kind', 'raisedAt'])
export class SupervisionAlertEntity {
  /** The `supervision.alert-raised.v1` event. */
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  alertId!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: AlertKind;

  @Column({ type: 'varchar', length: 10 })
  severity!: SupervisionAlertRaisedV1['severity'];

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  agencyId!: string | null;

  /** The service that raised it. */
  @Column({ type: 'varchar', length: 30 })
  source!: EventSource;

  /** When the raising service raised it (UTC). */
  @Column({ type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
