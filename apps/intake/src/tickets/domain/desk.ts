import { createHash } from 'node:crypto';
import { createEvent, type Actor, type HandlingMode, type RequestType, type TicketFlags } from '@legal-hotline/contracts';
import { checkResponsible } from './actors.js';
import { openingDataOf } from './opening-data.js';
import { intakeEntry, reopenedEvent, reopenedTicket } from './owner-commands.js';
import type { DecisionContext, DeskResolution, Ticket, TicketDecision, TimelineEntry } from './ticket.js';
import { TicketError } from './ticket-error.js';
import { statusAfter } from './ticket-status-machine.js';

// The hotline desk (坐席, DOMAIN.md §2): most contacts are questions the duty lawyer answers
// during the call, with legal education for the caller's own case (个案普法). Such a request stays
// with the first-contact platform as a ticket: it is answered and closed at once (即时办结), or
// waits at the desk (an online question), and is sent to routing only when it needs a local body,
// by the agent's explicit choice with a reason.

/**
 * Request types the desk answers itself. Guidance on where and how to apply (办事指引) is
 * recorded as a consultation; complaints and suggestions are answered by the platform too.
 */
export const DESK_REQUEST_TYPES = ['consultation', 'complaint-or-suggestion'] as const satisfies readonly RequestType[];

export function isDeskRequest(requestType: RequestType): boolean {
  return (DESK_REQUEST_TYPES as readonly RequestType[]).includes(requestType);
}

/** What the desk told the caller and what it relied on. */
export interface DeskAnswer {
  answer: string;
  /** Published knowledge base entries (知识库) the answer relied on; the handler checks they are published. */
  knowledgeEntryIds: readonly string[];
  /** Articles cited to the caller, e.g. "《法律援助法》第三十一条". */
  citedArticles: readonly string[];
  /** Legal education for the caller's own case (个案普法) was given. */
  caseEducationGiven: boolean;
}

/**
 * How the agent asks a new request to be handled: answered and closed now (`resolve`), kept at
 * the desk (`desk`), or sent to routing (`dispatch`, with the agent's reason).
 */
export type HandlingRequest =
  | { mode: 'resolve'; answer: DeskAnswer }
  | { mode: 'desk' }
  | { mode: 'dispatch'; reason: string | null };

/** How a new ticket is handled, and the desk's answer when it is resolved at once. */
export interface OpeningHandling {
  handling: HandlingMode;
  resolution: DeskAnswer | null;
  /** What the opening's timeline entry says about the choice; null when it is the default. */
  note: string | null;
}

const HANDLING_MODE_FIELD = 'handling.mode';

/**
 * The handling of a new request. Consultations, guidance and complaints stay at the desk unless
 * the agent sends them on with a reason; legal-aid and mediation applications are routed, and the
 * desk cannot keep them. A dangerous matter is routed whatever was asked, as it always was (110
 * and a supervisor are told at opening); it cannot be closed at the desk.
 */
export function handlingAtOpening(requestType: RequestType, flags: Pick<TicketFlags, 'dangerous'>, request: HandlingRequest | null): OpeningHandling {
  if (flags.dangerous === true) {
    if (request?.mode === 'resolve') {
      throw new TicketError(
        'TICKET.DANGEROUS_MATTER',
        'unprocessable',
        'a dangerous matter (紧情要情) cannot be closed at first contact: it goes to 110 and a supervisor and is routed; open it with handling dispatch or without handling',
        HANDLING_MODE_FIELD,
      );
    }
    const asked = request?.mode === 'desk' || (request === null && isDeskRequest(requestType));
    return { handling: 'dispatch', resolution: null, note: asked ? 'dangerous matter: routed rather than kept at the desk' : null };
  }
  if (!isDeskRequest(requestType)) {
    if (request?.mode === 'resolve' || request?.mode === 'desk') {
      throw new TicketError(
        'TICKET.NOT_A_DESK_REQUEST',
        'unprocessable',
        `a ${requestType} needs a local body and is routed: only ${DESK_REQUEST_TYPES.join(', ')} are kept or resolved at the desk`,
        HANDLING_MODE_FIELD,
      );
    }
    const reason = request?.mode === 'dispatch' ? request.reason : null;
    return { handling: 'dispatch', resolution: null, note: reason ? `sent to routing: ${reason}` : null };
  }
  switch (request?.mode) {
    case undefined:
    case 'desk':
      return { handling: 'desk', resolution: null, note: 'kept at the desk' };
    case 'resolve':
      return { handling: 'desk', resolution: request.answer, note: 'answered at first contact' };
    case 'dispatch': {
      const reason = request.reason?.trim() ?? '';
      if (reason === '') {
        throw new TicketError(
          'TICKET.DISPATCH_REASON_MISSING',
          'invalid',
          `a ${requestType} is answered at the desk; to send it to a local body instead, say why in handling.reason`,
          'handling.reason',
        );
      }
      return { handling: 'dispatch', resolution: null, note: `sent to routing by the agent's choice: ${reason}` };
    }
  }
}

/**
 * Whether a ticket resolved at the desk is drawn for the follow-up call (回访): decided from its
 * id alone, so the draw is the same however often it is asked, and `share` of the tickets (0 to
 * 1) are drawn over many.
 */
export function isSampledForFollowUp(ticketId: string, share: number): boolean {
  if (share <= 0) return false;
  if (share >= 1) return true;
  const draw = createHash('sha256').update(`desk-follow-up:${ticketId}`).digest().readUInt32BE(0) / 2 ** 32;
  return draw < share;
}

export interface ResolveAtDeskCommand {
  actor: Actor;
  answer: DeskAnswer;
  /** DESK_FOLLOW_UP_SAMPLE_SHARE: the share of desk resolutions drawn for the follow-up call. */
  followUpSampleShare: number;
}

/**
 * The desk answers the caller and closes the ticket in the same step (即时办结): a ticket kept at
 * the desk, reopened after an earlier answer, or back from a partner hotline. Only the
 * responsible platform's staff; never a ticket that was sent to routing. The answer is also the
 * caller's answer (答复), so the follow-up call can be recorded on the closed ticket.
 */
export function resolveAtDesk(ticket: Ticket, command: ResolveAtDeskCommand, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'resolve at the desk');
  if (ticket.handling !== 'desk') {
    throw new TicketError(
      'TICKET.NOT_AT_DESK',
      'conflict',
      `ticket ${ticket.ticketNumber} was sent to routing: answer the caller (答复) once the handling body has reported instead`,
    );
  }
  const atDesk = statusAfter(ticket.status, 'resolved-at-desk');
  const status = statusAfter(atDesk, 'closed-at-desk');
  const { actor, answer } = command;
  const resolution: DeskResolution = {
    answer: answer.answer,
    knowledgeEntryIds: [...answer.knowledgeEntryIds],
    citedArticles: [...answer.citedArticles],
    caseEducationGiven: answer.caseEducationGiven,
    resolvedBy: actor,
    resolvedAt: ctx.now,
  };
  const sampled = isSampledForFollowUp(ticket.id, command.followUpSampleShare);
  const resolved = createEvent({
    id: ctx.newId(),
    type: 'ticket.resolved-at-first-contact.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: {
      ticketId: ticket.id,
      answer: resolution.answer,
      knowledgeEntryIds: [...resolution.knowledgeEntryIds],
      citedArticles: [...resolution.citedArticles],
      caseEducationGiven: resolution.caseEducationGiven,
      resolvedBy: actor,
      resolvedAt: ctx.now.toISOString(),
    },
  });
  const closed = createEvent({
    id: ctx.newId(),
    type: 'ticket.closed.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ticketId: ticket.id, closedBy: actor, closedAt: ctx.now.toISOString() },
  });
  const relied = [
    ...(resolution.citedArticles.length > 0 ? [`cited ${resolution.citedArticles.join('、')}`] : []),
    ...(resolution.knowledgeEntryIds.length > 0 ? [`${resolution.knowledgeEntryIds.length} knowledge entries`] : []),
    ...(resolution.caseEducationGiven ? ['case education given (个案普法)'] : []),
  ];
  return {
    ticket: {
      ...ticket,
      status,
      deskResolution: resolution,
      answer: { answeredBy: actor, answer: resolution.answer, answeredAt: ctx.now },
      followUp: null,
      followUpSampled: sampled,
    },
    entries: [
      intakeEntry(resolved.id, resolved.type, actor, atDesk, ctx.now, { reason: relied.length > 0 ? relied.join('; ') : null, note: resolution.answer }),
      intakeEntry(closed.id, closed.type, actor, status, ctx.now, {
        reason: null,
        note: `closed at first contact (即时办结) by ${actor.organisation}${sampled ? '; drawn for the follow-up call (回访)' : ''}`,
      }),
    ],
    events: [resolved, closed],
  };
}

export interface RequestDispatchCommand {
  actor: Actor;
  /** The request type to route: the same, or what the caller decided to apply for. */
  requestType: RequestType;
  reason: string;
}

/**
 * A ticket kept at the desk is turned into a work order: the caller applies for legal aid or
 * mediation after the answer, or the matter needs a local body after all. It keeps its number,
 * owner and history, and goes to routing as it now stands (`ticket.dispatch-requested.v1`); a
 * closed one is reopened in the same step. Once sent to routing, a ticket is not sent again.
 */
export function requestDispatch(ticket: Ticket, command: RequestDispatchCommand, ctx: DecisionContext): TicketDecision {
  checkResponsible(ticket, command.actor, 'turn into a work order');
  if (ticket.handling !== 'desk') {
    throw new TicketError(
      'TICKET.ALREADY_DISPATCHED',
      'conflict',
      `ticket ${ticket.ticketNumber} was sent to routing already${ticket.dispatch ? ` (${ticket.dispatch.requestedAt.toISOString()})` : ' at its opening'}; routing decides where it goes`,
    );
  }
  const { actor, requestType, reason } = command;
  const entries: TimelineEntry[] = [];
  const events: TicketDecision['events'] = [];
  let current = ticket;
  if (ticket.status === 'closed') {
    const status = statusAfter(ticket.status, 'reopened-by-owner');
    const why = `reopened to be turned into a work order: ${reason}`;
    const reopened = reopenedEvent(ticket, actor, why, ticket.underSupervision, ctx);
    current = reopenedTicket(ticket, status);
    entries.push(intakeEntry(reopened.id, reopened.type, actor, status, ctx.now, { reason: why, note: 'the answer given at first contact stays on record' }));
    events.push(reopened);
  }
  const status = statusAfter(current.status, 'dispatch-requested');
  const dispatched: Ticket = {
    ...current,
    status,
    requestType,
    handling: 'dispatch',
    dispatch: { previousRequestType: ticket.requestType, requestType, reason, requestedBy: actor, requestedAt: ctx.now },
  };
  const event = createEvent({
    id: ctx.newId(),
    type: 'ticket.dispatch-requested.v1',
    source: 'intake',
    subject: ticket.id,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId,
    data: { ...openingDataOf(dispatched), previousRequestType: ticket.requestType, reason, requestedBy: actor, requestedAt: ctx.now.toISOString() },
  });
  const change = requestType === ticket.requestType ? requestType : `${ticket.requestType} → ${requestType}`;
  entries.push(intakeEntry(event.id, event.type, actor, status, ctx.now, { reason, note: `turned into a work order (${change}); routing chooses the body` }));
  events.push(event);
  return { ticket: dispatched, entries, events };
}

/** An answer may rely only on reviewed, published knowledge entries: 422 naming those that are not. */
export function unpublishedKnowledgeRefused(unpublished: readonly string[], field: string): TicketError {
  return new TicketError(
    'TICKET.KNOWLEDGE_UNPUBLISHED',
    'unprocessable',
    `an answer may rely only on published knowledge entries; not published (unknown, draft, under review or retired): ${unpublished.join(', ')}`,
    field,
  );
}

/** The special line named is not open now (unknown, closed, or outside its period): 422. */
export function specialLineRefused(code: string): TicketError {
  return new TicketError('TICKET.SPECIAL_LINE_CLOSED', 'unprocessable', `special line ${code} is not open now (unknown, closed, or outside its period)`, 'specialLine');
}
