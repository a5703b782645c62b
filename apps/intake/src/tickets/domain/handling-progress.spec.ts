import { describe, expect, it } from '@jest/globals';
import { createEvent, type EventData, type EventEnvelope, type EventSource, type EventType } from '@legal-hotline/contracts';
import {
  applyAssignmentAccepted,
  applyAssignmentReceived,
  applyAssignmentRejected,
  applyAssignmentRequested,
  applyRoutingFailed,
} from './handling-progress.js';
import type { CurrentAssignment, Ticket, TicketChange } from './ticket.js';

const TICKET_ID = '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c';
const ASSIGNMENT_ID = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';
const OTHER_ASSIGNMENT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const NANHAI_CENTRE = { agencyId: 'legal-aid-centre:440605', agencyType: 'legal-aid-centre', name: '南海区法律援助中心', regionCode: '440605' } as const;

let eventCounter = 0;
function eventOf<T extends EventType>(type: T, source: EventSource, data: EventData<T>): EventEnvelope<T, EventData<T>> {
  eventCounter += 1;
  return createEvent({
    id: `00000000-0000-4000-8000-${String(eventCounter).padStart(12, '0')}`,
    type,
    source,
    subject: ASSIGNMENT_ID,
    occurredAt: new Date('2026-11-23T02:15:00Z'),
    correlationId: 'flow-1',
    causationId: null,
    data,
  });
}

function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: TICKET_ID,
    ticketNumber: '12348-20261123-000042',
    status: 'received',
    channel: 'hotline',
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    matterLocation: { arosenInRegionCode: '440605011' },
    summary: '被拖欠工资13000元',
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    caller: { name: '陈大明', phone: '13812345678', idNumber: null, language: 'yue', accessibilityNeeds: [] },
    firstContact: { platform: '12348-hotline', organisation: '广东省12348公共法律服务热线', agent: 'agent-0731', receivedAt: new Date('2026-11-23T02:14:10Z') },
    partnerReference: null,
    currentAssignment: null,
    pastAssignmentIds: [],
    openedAt: new Date('2026-11-23T02:14:10Z'),
    correlationId: 'flow-1',
    ...overrides,
  };
}

function withNanhaiAssignment(status: Ticket['status'], assignment: Partial<CurrentAssignment> = {}): Ticket {
  return aTicket({
    status,
    currentAssignment: {
      assignmentId: ASSIGNMENT_ID,
      agencyId: NANHAI_CENTRE.agencyId,
      agencyType: NANHAI_CENTRE.agencyType,
      name: NANHAI_CENTRE.name,
      since: new Date('2026-11-23T02:15:01Z'),
      ...assignment,
    },
  });
}

const requested = (assignmentId = ASSIGNMENT_ID, requestedAt = '2026-11-23T02:15:01.000Z') =>
  eventOf('assignment.requested.v1', 'routing', {
    assignmentId,
    ticketId: TICKET_ID,
    ticketNumber: '12348-20261123-000042',
    agency: NANHAI_CENTRE,
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    summary: '被拖欠工资13000元',
    caller: { maskedName: '陈**', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    explanation: {
      rule: 'legal-aid.art38.matter-location',
      fallbackLevel: 1,
      routedOnRegionCode: '440605011',
      reason: 'Legal Aid Law Art. 38: the matter arose in 440605011',
      candidatesConsidered: [{ agencyId: NANHAI_CENTRE.agencyId, outcome: 'chosen' }],
    },
    acceptanceDeadline: '2026-11-24T02:15:01.000Z',
    requestedAt,
  });
const received = (assignmentId = ASSIGNMENT_ID) =>
  eventOf('assignment.received.v1', 'legal-aid', { assignmentId, ticketId: TICKET_ID, agencyId: NANHAI_CENTRE.agencyId, receivedAt: '2026-11-23T02:15:02.000Z' });
const accepted = (assignmentId = ASSIGNMENT_ID, agencyId: string = NANHAI_CENTRE.agencyId) =>
  eventOf('assignment.accepted.v1', 'legal-aid', {
    assignmentId,
    ticketId: TICKET_ID,
    agencyId,
    decidedBy: 'officer-li',
    note: '受理审查，拟指派律师',
    acceptedAt: '2026-11-23T03:00:00.000Z',
  });
const rejected = (assignmentId = ASSIGNMENT_ID) =>
  eventOf('assignment.rejected.v1', 'legal-aid', {
    assignmentId,
    ticketId: TICKET_ID,
    agencyId: NANHAI_CENTRE.agencyId,
    decidedBy: 'officer-li',
    reason: 'not-our-jurisdiction',
    note: '纠纷发生在九江镇',
    rejectedAt: '2026-11-23T03:00:00.000Z',
  });
const routingFailed = () =>
  eventOf('routing.failed.v1', 'routing', { ticketId: TICKET_ID, regionCode: '440605011', reason: 'no legal-aid centre covers 440605011', decidedAt: '2026-11-23T02:15:01.000Z' });

function changed(change: TicketChange): Extract<TicketChange, { outcome: 'changed' }> {
  if (change.outcome !== 'changed') throw new Error(`expected a change, got ${change.outcome} (${change.reason})`);
  return change;
}

describe(applyAssignmentRequested.name, () => {
  it('given a received ticket, makes the agency the current handler and records routing reason', () => {
    const event = requested();
    const { ticket, entry } = changed(applyAssignmentRequested(aTicket(), event));
    expect(ticket.status).toBe('awaiting-acceptance');
    expect(ticket.currentAssignment).toEqual({
      assignmentId: ASSIGNMENT_ID,
      agencyId: NANHAI_CENTRE.agencyId,
      agencyType: 'legal-aid-centre',
      name: '南海区法律援助中心',
      since: new Date('2026-11-23T02:15:01Z'),
    });
    expect(entry).toEqual({
      eventId: event.id,
      at: new Date('2026-11-23T02:15:01Z'),
      source: 'routing',
      actor: null,
      kind: 'assignment.requested.v1',
      statusAfter: 'awaiting-acceptance',
      reason: 'Legal Aid Law Art. 38: the matter arose in 440605011',
      note: expect.stringContaining('南海区法律援助中心'),
    });
  });

  it('keeps the first contact as it was', () => {
    const before = aTicket();
    expect(changed(applyAssignmentRequested(before, requested())).ticket.firstContact).toEqual(before.firstContact);
  });

  it('given the same assignment already current, ignores the repeat', () => {
    expect(applyAssignmentRequested(withNanhaiAssignment('awaiting-acceptance'), requested())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
  });

  it('given an assignment that ended, ignores a late request for it as stale', () => {
    const ticket = aTicket({ status: 'returned-to-owner', pastAssignmentIds: [ASSIGNMENT_ID] });
    expect(applyAssignmentRequested(ticket, requested())).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it('given a newer assignment current, ignores an older request that arrives late', () => {
    const ticket = withNanhaiAssignment('awaiting-acceptance', { assignmentId: OTHER_ASSIGNMENT_ID, since: new Date('2026-11-23T05:00:00Z') });
    expect(applyAssignmentRequested(ticket, requested(ASSIGNMENT_ID, '2026-11-23T02:15:01.000Z'))).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it('given another assignment still awaiting acceptance, refuses a newer one as a conflict', () => {
    const ticket = withNanhaiAssignment('awaiting-acceptance', { assignmentId: OTHER_ASSIGNMENT_ID, since: new Date('2026-11-23T01:00:00Z') });
    expect(() => applyAssignmentRequested(ticket, requested())).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', kind: 'conflict' }),
    );
  });
});

describe(applyAssignmentReceived.name, () => {
  it('given an assignment awaiting acceptance, records the receipt in the inbox without a status change', () => {
    const before = withNanhaiAssignment('awaiting-acceptance');
    const { ticket, entry } = changed(applyAssignmentReceived(before, received()));
    expect(ticket).toEqual(before);
    expect(entry).toMatchObject({ source: 'legal-aid', kind: 'assignment.received.v1', statusAfter: 'awaiting-acceptance', note: 'in the inbox of 南海区法律援助中心' });
  });

  it('given a different current assignment, ignores the receipt as stale', () => {
    expect(applyAssignmentReceived(withNanhaiAssignment('awaiting-acceptance'), received(OTHER_ASSIGNMENT_ID))).toEqual({ outcome: 'ignored', reason: 'stale' });
  });
});

describe(applyAssignmentAccepted.name, () => {
  it('given an assignment awaiting acceptance, accepts it and records who accepted and the note', () => {
    const before = withNanhaiAssignment('awaiting-acceptance');
    const { ticket, entry } = changed(applyAssignmentAccepted(before, accepted()));
    expect(ticket.status).toBe('accepted');
    expect(ticket.currentAssignment).toEqual(before.currentAssignment);
    expect(entry).toMatchObject({
      at: new Date('2026-11-23T03:00:00Z'),
      source: 'legal-aid',
      actor: 'officer-li',
      kind: 'assignment.accepted.v1',
      statusAfter: 'accepted',
      reason: null,
      note: '受理审查，拟指派律师',
    });
  });

  it('given the assignment already accepted, ignores a second acceptance', () => {
    expect(applyAssignmentAccepted(withNanhaiAssignment('accepted'), accepted())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
  });

  it('given the assignment was rejected before, ignores a late acceptance as stale', () => {
    const ticket = aTicket({ status: 'returned-to-owner', pastAssignmentIds: [ASSIGNMENT_ID] });
    expect(applyAssignmentAccepted(ticket, accepted())).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it('refuses an acceptance by an agency the assignment was not made to', () => {
    expect(() => applyAssignmentAccepted(withNanhaiAssignment('awaiting-acceptance'), accepted(ASSIGNMENT_ID, 'legal-aid-centre:522726'))).toThrow(
      expect.objectContaining({ code: 'TICKET.AGENCY_MISMATCH', kind: 'conflict' }),
    );
  });
});

describe(applyAssignmentRejected.name, () => {
  it('given an assignment awaiting acceptance, returns the ticket to its owner with the coded reason', () => {
    const before = withNanhaiAssignment('awaiting-acceptance');
    const { ticket, entry } = changed(applyAssignmentRejected(before, rejected()));
    expect(ticket.status).toBe('returned-to-owner');
    expect(ticket.currentAssignment).toBeNull();
    expect(ticket.pastAssignmentIds).toEqual([ASSIGNMENT_ID]);
    expect(ticket.firstContact).toEqual(before.firstContact);
    expect(entry).toMatchObject({ actor: 'officer-li', statusAfter: 'returned-to-owner', reason: 'not-our-jurisdiction', note: '纠纷发生在九江镇' });
  });

  it('given an accepted assignment, refuses a rejection as a conflict', () => {
    expect(() => applyAssignmentRejected(withNanhaiAssignment('accepted'), rejected())).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', kind: 'conflict' }),
    );
  });

  it('given a rejected assignment, a new request for another body makes that body current', () => {
    const returned = changed(applyAssignmentRejected(withNanhaiAssignment('awaiting-acceptance'), rejected())).ticket;
    const { ticket } = changed(applyAssignmentRequested(returned, requested(OTHER_ASSIGNMENT_ID, '2026-11-23T03:05:00.000Z')));
    expect(ticket.status).toBe('awaiting-acceptance');
    expect(ticket.currentAssignment?.assignmentId).toBe(OTHER_ASSIGNMENT_ID);
    expect(ticket.pastAssignmentIds).toEqual([ASSIGNMENT_ID]);
  });
});

describe(applyRoutingFailed.name, () => {
  it('given a received ticket, returns it to its owner with the reason', () => {
    const { ticket, entry } = changed(applyRoutingFailed(aTicket(), routingFailed()));
    expect(ticket.status).toBe('returned-to-owner');
    expect(entry).toMatchObject({ source: 'routing', kind: 'routing.failed.v1', reason: 'no legal-aid centre covers 440605011' });
  });

  it('given a ticket awaiting acceptance, refuses a routing failure as a conflict', () => {
    expect(() => applyRoutingFailed(withNanhaiAssignment('awaiting-acceptance'), routingFailed())).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }),
    );
  });
});
