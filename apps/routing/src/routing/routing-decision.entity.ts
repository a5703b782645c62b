import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RoutingExplanation } from '@legal-hotline/contracts';
import type { DecisionAcceptance, RoutingOutcome } from './domain/route-ticket.js';

/**
 * Every routing decision with its explanation, kept as history: the agency id is the one chosen
 * then, so there is no foreign key to `agencies` that a directory change could break.
 */
@Entity({ name: 'routing_decisions' })
@Check('routing_decisions_outcome_check', `outcome IN ('assigned', 'no-destination', 'returned-to-owner')`)
@Index('routing_decisions_ticket_idx', ['ticketId', 'decidedAt'])
export class RoutingDecisionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'varchar', length: 20 })
  outcome!: RoutingOutcome;

  @Column({ type: 'varchar', length: 100, nullable: true })
  agencyId!: string | null;

  /** The assignment an `assigned` decision created. */
  @Column({ type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @Column({ type: 'jsonb' })
  explanation!: RoutingExplanation;

  /** The acceptance deadline an `assigned` decision set and its rule; null otherwise and before it was kept. */
  @Column({ type: 'jsonb', nullable: true })
  acceptance!: DecisionAcceptance | null;

  @Column({ type: 'timestamptz' })
  decidedAt!: Date;
}
