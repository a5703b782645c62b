import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createEvent, type EventData, type EventType, type PlatformEvent, type RejectionReason } from '@legal-hotline/contracts';
import {
  evolvePartnerCaseView,
  partnerCaseFactOf,
  projectPartnerCaseView,
  receivedView,
  type PartnerCaseFact,
} from './partner-case-view.js';

const ticketId = '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c';
const at = (minute: number): string => new Date(Date.UTC(2026, 10, 23, 2, minute)).toISOString();

function event<T extends EventType>(type: T, subject: string, data: EventData<T>): PlatformEvent {
  return createEvent({ id: randomUUID(), type, source: 'routing', subject, occurredAt: new Date(), correlationId: 'c-1', causationId: null, data }) as PlatformEvent;
}

function fact(e: PlatformEvent): PartnerCaseFact {
  const picked = partnerCaseFactOf(e);
  if (!picked) throw new Error(`${e.type} is not a partner case fact`);
  return picked;
}

const ticketOpened = (minute = 1) =>
  fact(
    event('ticket.opened.v1', ticketId, {
      ticketId,
      ticketNumber: '12348-20261123-000042',
      channel: 'partner',
      firstContact: { platform: '110', organisation: '110报警服务台', agent: null, receivedAt: at(0) },
      caller: { maskedName: '陈**', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605011' },
      summary: '被拖欠工资',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      openedAt: at(minute),
    }),
  );

const assignmentRequested = (assignmentId: string, minute: number, agencyName = '南海区法律援助中心') =>
  fact(
    event('assignment.requested.v1', assignmentId, {
      assignmentId,
      ticketId,
      ticketNumber: '12348-20261123-000042',
      agency: { agencyId: 'legal-aid-centre:440605', agencyType: 'legal-aid-centre', name: agencyName, regionCode: '440605' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      summary: '被拖欠工资',
      caller: { maskedName: '陈**', maskedPhone: '138****5678', language: 'yue', accessibilityNeeds: [] },
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      explanation: { rule: 'legal-aid.art38.matter-location', fallbackLevel: 1, routedOnRegionCode: '440605011', reason: 'Art. 38', candidatesConsidered: [] },
      acceptanceDeadline: at(minute + 60),
      requestedAt: at(minute),
    }),
  );

const assignmentAccepted = (assignmentId: string, minute: number) =>
  fact(
    event('assignment.accepted.v1', assignmentId, {
      assignmentId,
      ticketId,
      agencyId: 'legal-aid-centre:440605',
      decidedBy: 'officer-li',
      note: '陈大明的案件，拟指派律师',
      acceptedAt: at(minute),
    }),
  );

const assignmentRejected = (assignmentId: string, minute: number, reason: RejectionReason = 'not-our-jurisdiction') =>
  fact(
    event('assignment.rejected.v1', assignmentId, {
      assignmentId,
      ticketId,
      agencyId: 'legal-aid-centre:440605',
      decidedBy: 'officer-li',
      reason,
      note: '来电人陈大明住在九江镇',
      rejectedAt: at(minute),
    }),
  );

const routingFailed = (minute: number) =>
  fact(event('routing.failed.v1', ticketId, { ticketId, regionCode: '440605011', reason: 'no centre covers 440605011', decidedAt: at(minute) }));

describe(projectPartnerCaseView.name, () => {
  const first = randomUUID();
  const second = randomUUID();

  it('starts as received, with no ticket number and no handler', () => {
    expect(projectPartnerCaseView([])).toEqual(receivedView());
    expect(receivedView()).toMatchObject({ status: 'received', ticketNumber: null, currentHandler: null });
  });

  it('learns the ticket number when intake opens the ticket', () => {
    expect(projectPartnerCaseView([ticketOpened()])).toMatchObject({ status: 'received', ticketNumber: '12348-20261123-000042' });
  });

  it('waits for acceptance by the requested body, then shows it accepted', () => {
    const requested = projectPartnerCaseView([ticketOpened(), assignmentRequested(first, 2)]);
    expect(requested).toMatchObject({ status: 'awaiting-acceptance', currentHandler: { name: '南海区法律援助中心', agencyType: 'legal-aid-centre' } });

    const accepted = projectPartnerCaseView([ticketOpened(), assignmentRequested(first, 2), assignmentAccepted(first, 3)]);
    expect(accepted).toMatchObject({ status: 'accepted', currentHandler: { name: '南海区法律援助中心' } });
  });

  it('is being routed again when the body rejects, and with the next body when routing tries again', () => {
    const rejected = projectPartnerCaseView([assignmentRequested(first, 2), assignmentRejected(first, 3)]);
    expect(rejected).toMatchObject({ status: 'routed', currentHandler: null });

    const rerouted = projectPartnerCaseView([assignmentRequested(first, 2), assignmentRejected(first, 3), assignmentRequested(second, 4, '九江镇人民调解委员会')]);
    expect(rerouted).toMatchObject({ status: 'awaiting-acceptance', currentHandler: { name: '九江镇人民调解委员会' } });
  });

  it('is back with the owner when routing finds no body', () => {
    expect(projectPartnerCaseView([ticketOpened(), routingFailed(2)])).toMatchObject({ status: 'returned-to-owner', currentHandler: null });
  });

  it('does not let a late ticket.opened move the status back to received', () => {
    const view = projectPartnerCaseView([assignmentRequested(first, 2), assignmentAccepted(first, 3), ticketOpened(1)]);
    expect(view).toMatchObject({ status: 'accepted', ticketNumber: '12348-20261123-000042' });
  });

  it("ignores the outcome of an assignment that is no longer the current one", () => {
    // The first assignment's rejection arrives after the second was requested (another partition).
    const view = projectPartnerCaseView([assignmentRequested(first, 2), assignmentRequested(second, 4), assignmentRejected(first, 3)]);
    expect(view).toMatchObject({ status: 'awaiting-acceptance', currentAssignmentId: second });
  });

  it('ignores a routing decision older than the one already applied', () => {
    expect(projectPartnerCaseView([assignmentRequested(second, 4), routingFailed(2)])).toMatchObject({ status: 'awaiting-acceptance' });
    expect(projectPartnerCaseView([routingFailed(4), assignmentRequested(first, 2)])).toMatchObject({ status: 'returned-to-owner' });
  });

  it('ignores an acceptance after a rejection of the same assignment', () => {
    const view = projectPartnerCaseView([assignmentRequested(first, 2), assignmentRejected(first, 3), assignmentAccepted(first, 4)]);
    expect(view).toMatchObject({ status: 'routed' });
  });

  it('follows the ticket to its end: work started, the caller answered, closed', () => {
    const facts = [
      assignmentRequested(first, 2),
      assignmentAccepted(first, 3),
      fact(event('assignment.started.v1', first, { assignmentId: first, ticketId, agencyId: 'legal-aid-centre:440605', startedBy: 'officer-li', note: null, startedAt: at(4) })),
    ];
    expect(projectPartnerCaseView(facts)).toMatchObject({ status: 'in-progress' });
    const actor = { organisation: '110', agent: null };
    const answered = [...facts, fact(event('ticket.answered.v1', ticketId, { ticketId, answeredBy: actor, answer: '已答复', answeredAt: at(5) }))];
    expect(projectPartnerCaseView(answered)).toMatchObject({ status: 'answered' });
    const closed = [...answered, fact(event('ticket.closed.v1', ticketId, { ticketId, closedBy: actor, closedAt: at(6) }))];
    expect(projectPartnerCaseView(closed)).toMatchObject({ status: 'closed' });
  });

  it('returns to the status it had when a merge is undone', () => {
    const actor = { organisation: '110', agent: null };
    const merged = [
      assignmentRequested(first, 2),
      fact(event('ticket.merged.v1', ticketId, { ticketId, intoTicketId: second, mergedBy: actor, reason: null, mergedAt: at(3) })),
    ];
    expect(projectPartnerCaseView(merged)).toMatchObject({ status: 'merged' });
    const undone = [...merged, fact(event('ticket.merge-undone.v1', ticketId, { ticketId, fromTicketId: second, undoneBy: actor, undoneAt: at(4) }))];
    expect(projectPartnerCaseView(undone)).toMatchObject({ status: 'awaiting-acceptance', statusBeforeMerge: null });
  });

  it('is back with the owner when routing gives up after rejections', () => {
    const returned = fact(event('routing.returned-to-owner.v1', ticketId, { ticketId, why: 'no-candidate-left', hops: 1, rejections: [], suggestedDestination: null, returnedAt: at(5) }));
    expect(projectPartnerCaseView([assignmentRequested(first, 2), assignmentRejected(first, 3), returned])).toMatchObject({ status: 'returned-to-owner', currentHandler: null });
  });
});

describe(evolvePartnerCaseView.name, () => {
  it('writes its own notes and never copies staff free text, which may name the caller', () => {
    const assignmentId = randomUUID();
    const requested = evolvePartnerCaseView(receivedView(), assignmentRequested(assignmentId, 2))!;
    const accepted = evolvePartnerCaseView(requested.view, assignmentAccepted(assignmentId, 3))!;
    const rejected = evolvePartnerCaseView(requested.view, assignmentRejected(assignmentId, 3, 'not-our-category'))!;

    expect(requested.update).toEqual({ at: new Date(at(2)), status: 'awaiting-acceptance', note: 'Sent to 南海区法律援助中心 for acceptance' });
    expect(accepted.update).toEqual({ at: new Date(at(3)), status: 'accepted', note: 'Accepted by 南海区法律援助中心' });
    expect(rejected.update.note).toContain('not-our-category');
    for (const note of [accepted.update.note, rejected.update.note]) expect(note).not.toContain('陈大明');
  });

  it('changes nothing when a fact repeats', () => {
    const assignmentId = randomUUID();
    const opened = evolvePartnerCaseView(receivedView(), ticketOpened())!;
    expect(evolvePartnerCaseView(opened.view, ticketOpened())).toBeNull();
    const requested = evolvePartnerCaseView(receivedView(), assignmentRequested(assignmentId, 2))!;
    expect(evolvePartnerCaseView(requested.view, assignmentRequested(assignmentId, 2))).toBeNull();
  });
});

describe(partnerCaseFactOf.name, () => {
  it('leaves out technical receipts and the exchange\'s own facts', () => {
    const assignmentId = randomUUID();
    const receipt = event('assignment.received.v1', assignmentId, { assignmentId, ticketId, agencyId: 'legal-aid-centre:440605', receivedAt: at(2) });
    expect(partnerCaseFactOf(receipt)).toBeNull();
  });
});
