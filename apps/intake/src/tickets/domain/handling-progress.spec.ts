import { describe, expect, it } from '@jest/globals';
import {
  aTicket,
  ACCEPTED_HOP,
  ASSIGNMENT_ID,
  COMPLETED_HOP,
  eventOf,
  NANHAI_CENTRE,
  OTHER_ASSIGNMENT_ID,
  SHUNDE_CENTRE,
  TICKET_ID,
  withNanhaiAssignment,
} from '../../../test/fixtures/tickets.js';
import {
  applyAcceptanceClockChanged,
  applyAssignmentAccepted,
  applyAssignmentCompleted,
  applyAssignmentOverdue,
  applyAssignmentReceived,
  applyAssignmentRejected,
  applyAssignmentRequested,
  applyAssignmentStarted,
  applyAssignmentWithdrawn,
  applyPartnerTransferDelivered,
  applyPartnerTransferDeliveryFailed,
  applyRoutingFailed,
  applyRoutingReturnedToOwner,
} from './handling-progress.js';
import type { Ticket, TicketChange } from './ticket.js';

const requested = (assignmentId = ASSIGNMENT_ID, requestedAt = '2026-11-23T02:15:01.000Z', agency: typeof NANHAI_CENTRE | typeof SHUNDE_CENTRE = NANHAI_CENTRE) =>
  eventOf('assignment.requested.v1', 'routing', {
    assignmentId,
    ticketId: TICKET_ID,
    ticketNumber: '12348-20261123-000042',
    agency,
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
const rejected = (assignmentId = ASSIGNMENT_ID, rejectedAt = '2026-11-23T03:00:00.000Z') =>
  eventOf('assignment.rejected.v1', 'legal-aid', {
    assignmentId,
    ticketId: TICKET_ID,
    agencyId: NANHAI_CENTRE.agencyId,
    decidedBy: 'officer-li',
    reason: 'not-our-jurisdiction',
    note: '纠纷发生在九江镇',
    rejectedAt,
  });
const started = (assignmentId = ASSIGNMENT_ID) =>
  eventOf('assignment.started.v1', 'legal-aid', {
    assignmentId,
    ticketId: TICKET_ID,
    agencyId: NANHAI_CENTRE.agencyId,
    startedBy: 'officer-li',
    note: '已指派何律师',
    startedAt: '2026-11-23T04:00:00.000Z',
  });
const completed = (assignmentId = ASSIGNMENT_ID) =>
  eventOf('assignment.completed.v1', 'legal-aid', {
    assignmentId,
    ticketId: TICKET_ID,
    agencyId: NANHAI_CENTRE.agencyId,
    completedBy: 'officer-li',
    outcome: 'resolved',
    result: '经调解，用人单位支付拖欠工资13000元。',
    completedAt: '2026-11-24T01:00:00.000Z',
  });
const overdue = (action: 're-route' | 'alert-only' = 're-route') =>
  eventOf('assignment.overdue.v1', 'routing', {
    assignmentId: ASSIGNMENT_ID,
    ticketId: TICKET_ID,
    agencyId: NANHAI_CENTRE.agencyId,
    acceptanceDeadline: '2026-11-24T02:15:01.000Z',
    action,
    overdueAt: '2026-11-24T02:15:02.000Z',
  });
const withdrawn = (reason: 'acceptance-overdue' | 'ticket-closed' | 'ticket-merged' = 'acceptance-overdue', assignmentId = ASSIGNMENT_ID) =>
  eventOf('assignment.withdrawn.v1', 'routing', {
    assignmentId,
    ticketId: TICKET_ID,
    agencyId: NANHAI_CENTRE.agencyId,
    reason,
    withdrawnAt: '2026-11-24T02:15:03.000Z',
  });
const returnedToOwner = (suggestion = true) =>
  eventOf(
    'routing.returned-to-owner.v1',
    'routing',
    {
      ticketId: TICKET_ID,
      why: 'no-candidate-left',
      hops: 2,
      rejections: [
        { agencyId: NANHAI_CENTRE.agencyId, agencyName: NANHAI_CENTRE.name, reason: 'not-our-jurisdiction', note: '用人单位在顺德区' },
        { agencyId: SHUNDE_CENTRE.agencyId, agencyName: SHUNDE_CENTRE.name, reason: 'conflict-of-interest', note: null },
      ],
      suggestedDestination: suggestion ? { agencyId: 'legal-aid-centre:440600', name: '佛山市法律援助中心', why: 'the next level up covers 440605' } : null,
      returnedAt: '2026-11-23T03:01:00.000Z',
    },
    TICKET_ID,
  );
const routingFailed = () =>
  eventOf('routing.failed.v1', 'routing', { ticketId: TICKET_ID, regionCode: '440605011', reason: 'no legal-aid centre covers 440605011', decidedAt: '2026-11-23T02:15:01.000Z' }, TICKET_ID);
const transferId = '22222222-2222-4222-8222-222222222201';
const transferring = (ticket: Ticket = aTicket()): Ticket => ({
  ...ticket,
  transfers: [
    {
      transferId,
      partner: '110',
      reason: 'danger',
      urgent: true,
      requestedAt: new Date('2026-11-23T02:14:10Z'),
      delivery: 'pending',
      attempts: 0,
      partnerReference: null,
      lastError: null,
      receipt: 'awaiting-acceptance',
      acceptedAt: null,
      rejection: null,
      overdue: null,
      result: null,
    },
  ],
});
const delivered = () =>
  eventOf('partner-transfer.delivered.v1', 'hotline-exchange', { transferId, ticketId: TICKET_ID, partner: '110', partnerReference: '110-FS-0001', attempts: 3, deliveredAt: '2026-11-23T02:14:30.000Z' }, transferId);
const deliveryFailed = () =>
  eventOf(
    'partner-transfer.delivery-failed.v1',
    'hotline-exchange',
    { transferId, ticketId: TICKET_ID, partner: '110', attempts: 2, error: 'connect ECONNREFUSED 127.0.0.1:4110', nextAttemptAt: '2026-11-23T02:14:20.000Z', failedAt: '2026-11-23T02:14:16.000Z' },
    transferId,
  );

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
      actorOrganisationId: null,
      actorId: null,
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

  it('starts the hop of the body, still there', () => {
    const { ticket } = changed(applyAssignmentRequested(aTicket(), requested()));
    expect(ticket.hops).toEqual([expect.objectContaining({ assignmentId: ASSIGNMENT_ID, agencyId: NANHAI_CENTRE.agencyId, outcome: 'still-there', arrivedAt: new Date('2026-11-23T02:15:01Z'), leftAt: null })]);
  });

  it('given the same assignment already current, ignores the repeat', () => {
    expect(applyAssignmentRequested(withNanhaiAssignment('awaiting-acceptance'), requested())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
  });

  it('given an assignment that ended, ignores a late request for it as stale', () => {
    const ticket = aTicket({ status: 'returned-to-owner', pastAssignmentIds: [ASSIGNMENT_ID] });
    expect(applyAssignmentRequested(ticket, requested())).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it('given a newer assignment current, ignores an older request that arrives late', () => {
    const ticket = withNanhaiAssignment('awaiting-acceptance', {}, { assignmentId: OTHER_ASSIGNMENT_ID, since: new Date('2026-11-23T05:00:00Z') });
    expect(applyAssignmentRequested(ticket, requested(ASSIGNMENT_ID, '2026-11-23T02:15:01.000Z'))).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it('given another assignment still awaiting acceptance, takes the newer one and marks the older hop replaced (its rejection is on its way)', () => {
    const before = withNanhaiAssignment('awaiting-acceptance', {}, { assignmentId: OTHER_ASSIGNMENT_ID, since: new Date('2026-11-23T01:00:00Z') });
    const { ticket, entry } = changed(applyAssignmentRequested(before, requested(ASSIGNMENT_ID, '2026-11-23T02:15:01.000Z', SHUNDE_CENTRE)));
    expect(ticket.status).toBe('awaiting-acceptance');
    expect(ticket.currentAssignment).toMatchObject({ assignmentId: ASSIGNMENT_ID, agencyId: SHUNDE_CENTRE.agencyId });
    expect(ticket.pastAssignmentIds).toEqual([OTHER_ASSIGNMENT_ID]);
    expect(ticket.hops.map((h) => [h.agencyId, h.outcome, h.leftAt])).toEqual([
      [NANHAI_CENTRE.agencyId, 'replaced', new Date('2026-11-23T02:15:01Z')],
      [SHUNDE_CENTRE.agencyId, 'still-there', null],
    ]);
    expect(entry.note).toContain('replaces the request to 南海区法律援助中心');
  });

  it('given another body accepted and still holds the ticket, refuses a newer request as a conflict', () => {
    const ticket = withNanhaiAssignment('accepted', ACCEPTED_HOP, { assignmentId: OTHER_ASSIGNMENT_ID, since: new Date('2026-11-23T01:00:00Z') });
    expect(() => applyAssignmentRequested(ticket, requested())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', kind: 'conflict' }));
  });

  it('given a merged ticket, records a request that crossed the merge without reopening it, so the withdrawal can follow', () => {
    const { ticket, entry } = changed(applyAssignmentRequested(aTicket({ status: 'merged' }), requested()));
    expect(ticket.status).toBe('merged');
    expect(ticket.currentAssignment?.assignmentId).toBe(ASSIGNMENT_ID);
    expect(entry).toMatchObject({ statusAfter: 'merged', note: expect.stringContaining('already merged') });
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
    expect(ticket.hops[0]).toMatchObject({ outcome: 'accepted', leftAt: new Date('2026-11-23T03:00:00Z') });
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

  it('records the body and the token subject of the staff member who decided, when the event names them', () => {
    const event = eventOf('assignment.accepted.v1', 'legal-aid', {
      assignmentId: ASSIGNMENT_ID,
      ticketId: TICKET_ID,
      agencyId: NANHAI_CENTRE.agencyId,
      decidedBy: '陈静',
      decidedById: 'subject-chen-jing',
      note: null,
      acceptedAt: '2026-11-23T03:00:00.000Z',
    });
    expect(changed(applyAssignmentAccepted(withNanhaiAssignment('awaiting-acceptance'), event)).entry).toMatchObject({
      actor: '陈静',
      actorOrganisationId: NANHAI_CENTRE.agencyId,
      actorId: 'subject-chen-jing',
    });
    expect(changed(applyAssignmentAccepted(withNanhaiAssignment('awaiting-acceptance'), accepted())).entry).toMatchObject({
      actorOrganisationId: NANHAI_CENTRE.agencyId,
      actorId: null,
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
  it('given an assignment awaiting acceptance, sends the ticket back to routing (routed) with the coded reason', () => {
    const before = withNanhaiAssignment('awaiting-acceptance');
    const { ticket, entry } = changed(applyAssignmentRejected(before, rejected()));
    expect(ticket.status).toBe('routed');
    expect(ticket.currentAssignment).toBeNull();
    expect(ticket.pastAssignmentIds).toEqual([ASSIGNMENT_ID]);
    expect(ticket.firstContact).toEqual(before.firstContact);
    expect(ticket.hops[0]).toMatchObject({ outcome: 'rejected', reason: 'not-our-jurisdiction', leftAt: new Date('2026-11-23T03:00:00Z') });
    expect(entry).toMatchObject({ actor: 'officer-li', statusAfter: 'routed', reason: 'not-our-jurisdiction', note: '纠纷发生在九江镇' });
  });

  it('given the caller was answered while the body had not decided, still sends the ticket back to routing and keeps the answer', () => {
    const answer = { answeredBy: { organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' }, answer: '已派单', answeredAt: new Date('2026-11-23T02:30:00Z') };
    const { ticket } = changed(applyAssignmentRejected(withNanhaiAssignment('answered', {}, {}, { answer }), rejected()));
    expect(ticket).toMatchObject({ status: 'routed', answer });
  });

  it('given the body accepted before, refuses its rejection even when the status shows the answer', () => {
    expect(() => applyAssignmentRejected(withNanhaiAssignment('answered', ACCEPTED_HOP), rejected())).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }),
    );
  });

  it('given a request that replaced this assignment, records the late rejection on its hop and keeps the status', () => {
    const replacedThenNext = withNanhaiAssignment(
      'awaiting-acceptance',
      {},
      { assignmentId: ASSIGNMENT_ID },
      { pastAssignmentIds: [OTHER_ASSIGNMENT_ID], hops: [{ assignmentId: OTHER_ASSIGNMENT_ID, agencyId: SHUNDE_CENTRE.agencyId, agencyType: 'legal-aid-centre', name: SHUNDE_CENTRE.name, arrivedAt: new Date('2026-11-23T01:00:00Z'), outcome: 'replaced', leftAt: new Date('2026-11-23T02:15:01Z'), reason: null, startedAt: null, completedAt: null }] },
    );
    const late = eventOf('assignment.rejected.v1', 'legal-aid', { assignmentId: OTHER_ASSIGNMENT_ID, ticketId: TICKET_ID, agencyId: SHUNDE_CENTRE.agencyId, decidedBy: 'officer-wu', reason: 'conflict-of-interest', note: null, rejectedAt: '2026-11-23T02:15:00.000Z' });
    const { ticket, entry } = changed(applyAssignmentRejected(replacedThenNext, late));
    expect(ticket.status).toBe('awaiting-acceptance');
    expect(ticket.currentAssignment?.assignmentId).toBe(ASSIGNMENT_ID);
    expect(ticket.hops[0]).toMatchObject({ outcome: 'rejected', reason: 'conflict-of-interest', leftAt: new Date('2026-11-23T02:15:00Z') });
    expect(entry).toMatchObject({ statusAfter: 'awaiting-acceptance', reason: 'conflict-of-interest', note: expect.stringContaining('already replaced') });
  });

  it('given a merged ticket, records the rejection and releases the body without reopening the ticket', () => {
    const { ticket, entry } = changed(applyAssignmentRejected(withNanhaiAssignment('merged'), rejected()));
    expect(ticket).toMatchObject({ status: 'merged', currentAssignment: null });
    expect(entry.statusAfter).toBe('merged');
  });

  it('given an accepted assignment, refuses a rejection as a conflict', () => {
    expect(() => applyAssignmentRejected(withNanhaiAssignment('accepted'), rejected())).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', kind: 'conflict' }),
    );
  });

  it('given a rejected assignment, a new request for another body makes that body current', () => {
    const routed = changed(applyAssignmentRejected(withNanhaiAssignment('awaiting-acceptance'), rejected())).ticket;
    const { ticket } = changed(applyAssignmentRequested(routed, requested(OTHER_ASSIGNMENT_ID, '2026-11-23T03:05:00.000Z', SHUNDE_CENTRE)));
    expect(ticket.status).toBe('awaiting-acceptance');
    expect(ticket.currentAssignment?.assignmentId).toBe(OTHER_ASSIGNMENT_ID);
    expect(ticket.pastAssignmentIds).toEqual([ASSIGNMENT_ID]);
    expect(ticket.hops.map((h) => h.outcome)).toEqual(['rejected', 'still-there']);
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

describe(applyAssignmentStarted.name, () => {
  it('given an accepted assignment, the body is at work: in-progress', () => {
    const { ticket, entry } = changed(applyAssignmentStarted(withNanhaiAssignment('accepted', ACCEPTED_HOP), started()));
    expect(ticket.status).toBe('in-progress');
    expect(ticket.hops[0]?.startedAt).toEqual(new Date('2026-11-23T04:00:00Z'));
    expect(entry).toMatchObject({ kind: 'assignment.started.v1', actor: 'officer-li', statusAfter: 'in-progress', note: '已指派何律师' });
  });

  it('given the caller was answered after the acceptance, follows the body: in-progress, answer kept', () => {
    const answer = { answeredBy: { organisation: 'x', agent: null }, answer: '已受理', answeredAt: new Date('2026-11-23T03:30:00Z') };
    const { ticket } = changed(applyAssignmentStarted(withNanhaiAssignment('answered', ACCEPTED_HOP, {}, { answer }), started()));
    expect(ticket).toMatchObject({ status: 'in-progress', answer });
  });

  it('given an assignment not accepted yet, refuses the start as a conflict', () => {
    expect(() => applyAssignmentStarted(withNanhaiAssignment('answered'), started())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('ignores a repeated start and a start of another assignment', () => {
    const working = withNanhaiAssignment('in-progress', { ...ACCEPTED_HOP, startedAt: new Date('2026-11-23T04:00:00Z') });
    expect(applyAssignmentStarted(working, started())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
    expect(applyAssignmentStarted(working, started(OTHER_ASSIGNMENT_ID))).toEqual({ outcome: 'ignored', reason: 'stale' });
  });
});

describe(applyAssignmentCompleted.name, () => {
  it('given the caller not yet answered, keeps the body\'s result on the ticket and waits for the owner to answer', () => {
    const { ticket, entry } = changed(applyAssignmentCompleted(withNanhaiAssignment('in-progress', { ...ACCEPTED_HOP, startedAt: new Date('2026-11-23T04:00:00Z') }), completed()));
    expect(ticket.status).toBe('in-progress');
    expect(ticket.handlingResult).toEqual({
      assignmentId: ASSIGNMENT_ID,
      agencyId: NANHAI_CENTRE.agencyId,
      agencyName: NANHAI_CENTRE.name,
      outcome: 'resolved',
      result: '经调解，用人单位支付拖欠工资13000元。',
      completedBy: 'officer-li',
      completedAt: new Date('2026-11-24T01:00:00Z'),
    });
    expect(ticket.hops[0]?.completedAt).toEqual(new Date('2026-11-24T01:00:00Z'));
    expect(entry).toMatchObject({ statusAfter: 'in-progress', reason: 'resolved', note: expect.stringContaining('the owner answers the caller next') });
  });

  it.each(['answered', 'in-progress', 'accepted'] as const)('given the caller was answered (status %s), makes the follow-up call due', (status) => {
    const answer = { answeredBy: { organisation: 'x', agent: null }, answer: '已受理', answeredAt: new Date('2026-11-23T03:30:00Z') };
    const { ticket } = changed(applyAssignmentCompleted(withNanhaiAssignment(status, ACCEPTED_HOP, {}, { answer }), completed()));
    expect(ticket.status).toBe('follow-up-due');
  });

  it('given an assignment not accepted, refuses the completion', () => {
    expect(() => applyAssignmentCompleted(withNanhaiAssignment('awaiting-acceptance'), completed())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('ignores a repeated completion', () => {
    expect(applyAssignmentCompleted(withNanhaiAssignment('in-progress', COMPLETED_HOP), completed())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
  });
});

describe(applyAssignmentOverdue.name, () => {
  it('records that the body did not accept in time and what routing does next, status unchanged', () => {
    const { ticket, entry } = changed(applyAssignmentOverdue(withNanhaiAssignment('awaiting-acceptance'), overdue()));
    expect(ticket.status).toBe('awaiting-acceptance');
    expect(entry).toMatchObject({ source: 'routing', kind: 'assignment.overdue.v1', reason: 'acceptance-overdue', note: expect.stringContaining('tries the next body') });
  });

  it('ignores news about an assignment that is not current', () => {
    expect(applyAssignmentOverdue(aTicket({ status: 'routed', pastAssignmentIds: [ASSIGNMENT_ID] }), overdue())).toEqual({ outcome: 'ignored', reason: 'stale' });
  });
});

describe(applyAcceptanceClockChanged.name, () => {
  it('records a paused clock with its reason and a resumed one with the new deadline, status unchanged', () => {
    const ticket = withNanhaiAssignment('awaiting-acceptance');
    const paused = changed(applyAcceptanceClockChanged(ticket, eventOf('assignment.clock-paused.v1', 'routing', { assignmentId: ASSIGNMENT_ID, ticketId: TICKET_ID, reason: '等待申请人补充劳动合同', pausedAt: '2026-11-23T05:00:00.000Z' })));
    expect(paused.entry).toMatchObject({ kind: 'assignment.clock-paused.v1', statusAfter: 'awaiting-acceptance', reason: '等待申请人补充劳动合同' });
    const resumed = changed(applyAcceptanceClockChanged(ticket, eventOf('assignment.clock-resumed.v1', 'routing', { assignmentId: ASSIGNMENT_ID, ticketId: TICKET_ID, acceptanceDeadline: '2026-11-25T04:00:00.000Z', resumedAt: '2026-11-24T03:00:00.000Z' })));
    expect(resumed.entry).toMatchObject({ kind: 'assignment.clock-resumed.v1', note: expect.stringContaining('2026-11-25T04:00:00.000Z') });
    expect(resumed.ticket.status).toBe('awaiting-acceptance');
  });
});

describe(applyAssignmentWithdrawn.name, () => {
  it('given an overdue assignment, sends the ticket back to routing, which tries the next body', () => {
    const { ticket, entry } = changed(applyAssignmentWithdrawn(withNanhaiAssignment('awaiting-acceptance'), withdrawn()));
    expect(ticket).toMatchObject({ status: 'routed', currentAssignment: null, pastAssignmentIds: [ASSIGNMENT_ID] });
    expect(ticket.hops[0]).toMatchObject({ outcome: 'withdrawn', reason: 'acceptance-overdue', leftAt: new Date('2026-11-24T02:15:03Z') });
    expect(entry).toMatchObject({ reason: 'acceptance-overdue', statusAfter: 'routed' });
  });

  it.each(['closed', 'merged'] as const)('given a %s ticket, records the withdrawal and releases the body, status unchanged', (status) => {
    const { ticket } = changed(applyAssignmentWithdrawn(withNanhaiAssignment(status), withdrawn(status === 'closed' ? 'ticket-closed' : 'ticket-merged')));
    expect(ticket).toMatchObject({ status, currentAssignment: null });
  });

  it('given a ticket whose merge was undone before the withdrawal arrived, returns it to its owner: nobody re-routes it', () => {
    const { ticket } = changed(applyAssignmentWithdrawn(withNanhaiAssignment('accepted', ACCEPTED_HOP), withdrawn('ticket-merged')));
    expect(ticket).toMatchObject({ status: 'returned-to-owner', currentAssignment: null });
  });

  it('given a completed assignment, records the withdrawal and keeps the result and the status', () => {
    const before = withNanhaiAssignment('follow-up-due', COMPLETED_HOP);
    const { ticket } = changed(applyAssignmentWithdrawn(before, withdrawn('ticket-closed')));
    expect(ticket).toEqual(before);
  });
});

describe(applyRoutingReturnedToOwner.name, () => {
  it('given a ticket routing was re-routing, returns it to its owner with the rejections and the suggested destination', () => {
    const { ticket, entry } = changed(applyRoutingReturnedToOwner(aTicket({ status: 'routed' }), returnedToOwner()));
    expect(ticket.status).toBe('returned-to-owner');
    expect(entry).toMatchObject({ source: 'routing', kind: 'routing.returned-to-owner.v1', reason: 'no-candidate-left', statusAfter: 'returned-to-owner' });
    expect(entry.note).toContain('南海区法律援助中心 (not-our-jurisdiction: 用人单位在顺德区)');
    expect(entry.note).toContain('顺德区法律援助中心 (conflict-of-interest)');
    expect(entry.note).toContain('suggested next: 佛山市法律援助中心 (legal-aid-centre:440600), the next level up covers 440605');
  });

  it('says so when routing has no destination to suggest', () => {
    expect(changed(applyRoutingReturnedToOwner(aTicket({ status: 'routed' }), returnedToOwner(false))).entry.note).toContain('no destination suggested');
  });

  it('given the rejection of the current body has not arrived yet, ends its hop as rejected and releases it', () => {
    const { ticket } = changed(applyRoutingReturnedToOwner(withNanhaiAssignment('awaiting-acceptance'), returnedToOwner()));
    expect(ticket).toMatchObject({ status: 'returned-to-owner', currentAssignment: null });
    expect(ticket.hops[0]).toMatchObject({ outcome: 'rejected', reason: 'not-our-jurisdiction' });
  });

  it('given a body that accepted and holds the ticket, refuses as a conflict', () => {
    expect(() => applyRoutingReturnedToOwner(withNanhaiAssignment('accepted', ACCEPTED_HOP), returnedToOwner())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });
});

describe(applyPartnerTransferDelivered.name, () => {
  it('records the delivery on the transfer and in the timeline, whatever the status', () => {
    const { ticket, entry } = changed(applyPartnerTransferDelivered(transferring(aTicket({ status: 'closed' })), delivered()));
    expect(ticket.status).toBe('closed');
    expect(ticket.transfers[0]).toMatchObject({ delivery: 'delivered', attempts: 3, partnerReference: '110-FS-0001' });
    expect(entry).toMatchObject({ source: 'hotline-exchange', kind: 'partner-transfer.delivered.v1', note: 'delivered to 110 after 3 attempts; partner reference 110-FS-0001' });
  });
});

describe(applyPartnerTransferDeliveryFailed.name, () => {
  it('records a failed attempt with its error and the next attempt', () => {
    const { ticket, entry } = changed(applyPartnerTransferDeliveryFailed(transferring(), deliveryFailed()));
    expect(ticket.transfers[0]).toMatchObject({ delivery: 'failing', attempts: 2, lastError: 'connect ECONNREFUSED 127.0.0.1:4110' });
    expect(entry).toMatchObject({ kind: 'partner-transfer.delivery-failed.v1', reason: 'connect ECONNREFUSED 127.0.0.1:4110', note: expect.stringContaining('attempt 2') });
  });

  it('does not undo a delivery when a failure report arrives after it', () => {
    const deliveredTicket = changed(applyPartnerTransferDelivered(transferring(), delivered())).ticket;
    expect(changed(applyPartnerTransferDeliveryFailed(deliveredTicket, deliveryFailed())).ticket.transfers[0]?.delivery).toBe('delivered');
  });
});
