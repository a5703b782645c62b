import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { RoutingExplanation } from '@legal-hotline/contracts';
import type { DecisionAcceptance, RoutingOutcome } from './domain/route-ticket.js';
import type { RoutingDecisionEntity } from './routing-decision.entity.js';

export class TicketIdParams {
  /** The ticket's id (UUID), as in `ticket.opened.v1`. */
  @ApiProperty({ format: 'uuid', description: 'Ticket id, as in ticket.opened.v1' })
  @IsUUID(undefined, { message: 'ticketId must be a UUID' })
  ticketId!: string;
}

export class RoutingCandidateView {
  @ApiProperty({ example: 'legal-aid-centre:440605' })
  agencyId!: string;

  /** chosen, or why the body was passed over (off-duty, unstaffed, rejected-before, ...). */
  @ApiProperty({ example: 'chosen', description: 'chosen, or why the body was passed over (off-duty, unstaffed, rejected-before, ...)' })
  outcome!: string;
}

export class RoutingExplanationView {
  @ApiProperty({ example: 'legal-aid.art38.matter-location' })
  rule!: string;

  /** 0 when the most specific level matched; +1 per level walked upward. */
  @ApiProperty({ minimum: 0, description: '0 when the most specific level matched; +1 per level walked upward' })
  fallbackLevel!: number;

  /** Region code the decision was keyed on. */
  @ApiProperty({ example: '440605011' })
  routedOnRegionCode!: string;

  /** The decision in plain words, citing the article it applies. */
  @ApiProperty({ example: 'Legal Aid Law Art. 38: the matter arose in 440605011 (桂城街道); 南海区法律援助中心 (440605) covers it' })
  reason!: string;

  @ApiProperty({ type: [RoutingCandidateView] })
  candidatesConsidered!: RoutingCandidateView[];
}

export class DecisionAcceptanceView {
  @ApiProperty({ enum: ['urgent', 'green-channel', 'normal'] })
  priority!: DecisionAcceptance['priority'];

  /** Entry of ACCEPTANCE_DEADLINES that applied: acceptance.<priority> or acceptance.<channel>.<priority>. */
  @ApiProperty({ example: 'acceptance.normal', description: 'Entry of ACCEPTANCE_DEADLINES that applied' })
  rule!: string;

  /** ISO 8601 duration; "WD" counts working days on the business calendar. */
  @ApiProperty({ example: 'P1WD', description: 'ISO 8601 duration; WD counts working days on the business calendar' })
  duration!: string;

  /** The deadline as first set, UTC ISO-8601; pausing the clock moves it (see the clock). */
  @ApiProperty({ format: 'date-time', description: 'The deadline as first set (UTC); pausing the clock moves it' })
  dueAt!: string;
}

export class RoutingDecisionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  /** assigned: a body was asked; no-destination: none found (routing.failed.v1); returned-to-owner: bounce-back after hand-offs. */
  @ApiProperty({ enum: ['assigned', 'no-destination', 'returned-to-owner'] })
  outcome!: RoutingOutcome;

  /** The chosen body; null when none was found or the ticket went back to its owner. */
  @ApiProperty({ type: String, nullable: true, example: 'legal-aid-centre:440605' })
  agencyId!: string | null;

  /** The assignment the decision created; null when none was found. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assignmentId!: string | null;

  @ApiProperty({ type: RoutingExplanationView })
  explanation!: RoutingExplanation;

  /** The acceptance deadline an `assigned` decision set, and by which rule; null otherwise. */
  @ApiProperty({ type: DecisionAcceptanceView, nullable: true })
  acceptance!: DecisionAcceptance | null;

  /** UTC ISO-8601 instant of the decision. */
  @ApiProperty({ format: 'date-time', description: 'UTC ISO-8601 instant' })
  decidedAt!: string;
}

export class TicketRoutingDecisions {
  @ApiProperty({ format: 'uuid' })
  ticketId!: string;

  /** Oldest first, the newest last; empty while the ticket has not been routed. */
  @ApiProperty({ type: [RoutingDecisionView], description: 'Oldest first, newest last; empty while the ticket has not been routed' })
  items!: RoutingDecisionView[];
}

export function toRoutingDecisionView(row: RoutingDecisionEntity): RoutingDecisionView {
  return {
    id: row.id,
    ticketId: row.ticketId,
    outcome: row.outcome,
    agencyId: row.agencyId,
    assignmentId: row.assignmentId,
    explanation: row.explanation,
    acceptance: row.acceptance,
    decidedAt: row.decidedAt.toISOString(),
  };
}
