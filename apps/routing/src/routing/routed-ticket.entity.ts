import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { CallerProfile, Channel, LegalCategory, MatterLocation, RequestType, TicketFlags } from '@legal-hotline/contracts';

export type RoutedTicketState = 'open' | 'returned-to-owner' | 'closed' | 'merged';

/**
 * The part of `ticket.opened.v1` routing needs to route the ticket again (after a rejection or
 * an overdue hand-off) and to count misroutes: no more. The caller profile is the one the
 * first-contact owner masked (it carries the caller's language); identity stays with intake.
 */
@Entity({ name: 'routed_tickets' })
@Check('routed_tickets_state_check', `state IN ('open', 'returned-to-owner', 'closed', 'merged')`)
export class RoutedTicketEntity {
  @PrimaryColumn({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 100 })
  ticketNumber!: string;

  @Column({ type: 'varchar', length: 20 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 40 })
  requestType!: RequestType;

  @Column({ type: 'varchar', length: 40 })
  legalCategory!: LegalCategory;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'jsonb' })
  matterLocation!: MatterLocation;

  /** Masked name and phone, language, accessibility needs. */
  @Column({ type: 'jsonb' })
  caller!: CallerProfile;

  @Column({ type: 'jsonb' })
  flags!: TicketFlags;

  @Column({ type: 'varchar', length: 4000 })
  summary!: string;

  /** Of `ticket.opened.v1`: events routing emits on its own (timer) carry it on. */
  @Column({ type: 'varchar', length: 100 })
  correlationId!: string;

  /** open: routing follows it; returned-to-owner: routing gave up; closed / merged: the owner ended it. */
  @Column({ type: 'varchar', length: 20 })
  state!: RoutedTicketState;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  stateChangedAt!: Date | null;
}
