import { describe, expect, it } from '@jest/globals';
import { parseEvent } from '@legal-hotline/contracts';
import {
  aContext,
  aForwardedTicket,
  aTicket,
  ACCEPTED_HOP,
  ASSIGNMENT_ID,
  COMPLETED_HOP,
  NAMESAKE,
  NANHAI_CENTRE,
  NOW,
  OWNER,
  STRANGER,
  TICKET_ID,
  withNanhaiAssignment,
} from '../../../test/fixtures/tickets.js';
import { answerCaller, closeTicket, recordFollowUp, reopenTicket, transferOut, type RecordFollowUpCommand } from './owner-commands.js';
import type { CallerAnswer, FollowUp, Ticket } from './ticket.js';

const ANSWER: CallerAnswer = { answeredBy: OWNER, answer: '已告知来电人南海区法律援助中心已受理', answeredAt: new Date('2026-11-23T10:00:00Z') };
const SATISFIED: FollowUp = { result: 'resolved', satisfaction: 'satisfied', note: null, recordedBy: OWNER, recordedAt: new Date('2026-11-24T01:30:00Z') };

/** Answered, the body completed: the follow-up call is due. */
const followUpDue = (overrides: Partial<Ticket> = {}): Ticket => ({
  ...withNanhaiAssignment('follow-up-due', COMPLETED_HOP, {}, {
    answer: ANSWER,
    handlingResult: { assignmentId: ASSIGNMENT_ID, agencyId: NANHAI_CENTRE.agencyId, agencyName: NANHAI_CENTRE.name, outcome: 'resolved', result: '追回工资', completedBy: 'officer-li', completedAt: new Date('2026-11-24T01:00:00Z') },
  }),
  ...overrides,
});

const followUp = (overrides: Partial<RecordFollowUpCommand> = {}): RecordFollowUpCommand => ({
  actor: OWNER,
  result: 'resolved',
  satisfaction: 'satisfied',
  note: '工资13000元已追回',
  ...overrides,
});

describe(answerCaller.name, () => {
  const sut = answerCaller;

  it('given a body still at work, records the answer and the status answered; the follow-up waits for the body', () => {
    const { ticket, entries, events } = sut(withNanhaiAssignment('accepted', ACCEPTED_HOP), { actor: OWNER, answer: ANSWER.answer }, aContext());
    expect(ticket.status).toBe('answered');
    expect(ticket.answer).toEqual({ answeredBy: OWNER, answer: ANSWER.answer, answeredAt: NOW });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'ticket.answered.v1',
        subject: TICKET_ID,
        correlationId: 'http-request-1',
        causationId: null,
        data: { ticketId: TICKET_ID, answeredBy: OWNER, answer: ANSWER.answer, answeredAt: NOW.toISOString() },
      }),
    ]);
    expect(entries).toEqual([
      expect.objectContaining({
        eventId: events[0]?.id,
        source: 'intake',
        actor: '林晓',
        actorOrganisationId: '12348-gd',
        actorId: 'subject-lin-xiao',
        kind: 'ticket.answered.v1',
        statusAfter: 'answered',
      }),
    ]);
  });

  it.each<[string, Ticket]>([
    ['routing gave the ticket back', aTicket({ status: 'returned-to-owner' })],
    ['the ticket was reopened', aTicket({ status: 'reopened' })],
    ['the ticket went to a partner hotline', aTicket({ status: 'transferred-out' })],
    ['the body completed', withNanhaiAssignment('in-progress', COMPLETED_HOP)],
  ])('given %s (nobody at work), makes the follow-up call due at once', (_case, given) => {
    const { ticket, entries } = sut(given, { actor: OWNER, answer: '已答复' }, aContext());
    expect(ticket.status).toBe('follow-up-due');
    expect(entries[0]?.note).toContain('the follow-up call is due');
  });

  it('replaces an earlier answer and its follow-up', () => {
    const { ticket } = sut(followUpDue({ followUp: SATISFIED }), { actor: OWNER, answer: '补充答复' }, aContext());
    expect(ticket).toMatchObject({ status: 'follow-up-due', answer: { answer: '补充答复' }, followUp: null });
  });

  it.each(['received', 'routed'] as const)('given %s (routing still choosing a body), refuses as a coded conflict', (status) => {
    expect(() => sut(aTicket({ status }), { actor: OWNER, answer: '已答复' }, aContext())).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION', kind: 'conflict' }),
    );
  });

  it('refuses anyone but the responsible platform with 403 TICKET.NOT_OWNER', () => {
    expect(() => sut(aTicket({ status: 'returned-to-owner' }), { actor: STRANGER, answer: '已答复' }, aContext())).toThrow(
      expect.objectContaining({ code: 'TICKET.NOT_OWNER', kind: 'forbidden' }),
    );
  });

  it('refuses an organisation with the owner\'s display name but another id', () => {
    expect(() => sut(aTicket({ status: 'returned-to-owner' }), { actor: NAMESAKE, answer: '已答复' }, aContext())).toThrow(
      expect.objectContaining({ code: 'TICKET.NOT_OWNER' }),
    );
  });
});

describe(recordFollowUp.name, () => {
  const sut = recordFollowUp;

  it.each(['satisfied', 'basically-satisfied'] as const)('given the follow-up due, records a %s caller and stays ready to close', (satisfaction) => {
    const { ticket, entries, events } = sut(followUpDue(), followUp({ satisfaction }), aContext());
    expect(ticket).toMatchObject({ status: 'follow-up-due', followUp: { result: 'resolved', satisfaction, note: '工资13000元已追回', recordedBy: OWNER, recordedAt: NOW } });
    expect(events.map((e) => e.type)).toEqual(['ticket.follow-up-recorded.v1']);
    expect(entries).toEqual([expect.objectContaining({ kind: 'ticket.follow-up-recorded.v1', reason: `resolved, ${satisfaction}`, statusAfter: 'follow-up-due' })]);
  });

  describe('a dissatisfied caller', () => {
    const decide = () => sut(followUpDue(), followUp({ result: 'unresolved', satisfaction: 'dissatisfied', note: '工资仍未到账' }), aContext());

    it('reopens the ticket at once, under supervision, to be answered and called back again', () => {
      const { ticket } = decide();
      expect(ticket).toMatchObject({ status: 'reopened', underSupervision: true, answer: null, followUp: null, currentAssignment: null });
      expect(ticket.pastAssignmentIds).toContain(ASSIGNMENT_ID);
      expect(ticket.handlingResult).not.toBeNull();
    });

    it('records the follow-up, the reopening and a supervision alert naming the body', () => {
      const { events } = decide();
      expect(events.map((e) => e.type)).toEqual(['ticket.follow-up-recorded.v1', 'ticket.reopened.v1', 'supervision.alert-raised.v1']);
      expect(events[1]).toMatchObject({ subject: TICKET_ID, data: { underSupervision: true, reopenedBy: OWNER, reason: expect.stringContaining('dissatisfied') } });
      expect(events[2]).toMatchObject({ subject: TICKET_ID, data: { kind: 'caller-dissatisfied', severity: 'warning', agencyId: NANHAI_CENTRE.agencyId, ticketId: TICKET_ID } });
      for (const event of events) expect(parseEvent(JSON.stringify(event)).kind).toBe('event');
    });

    it('writes each of them into the timeline', () => {
      expect(decide().entries.map((e) => [e.kind, e.statusAfter])).toEqual([
        ['ticket.follow-up-recorded.v1', 'follow-up-due'],
        ['ticket.reopened.v1', 'reopened'],
        ['supervision.alert-raised.v1', 'reopened'],
      ]);
    });
  });

  it('refuses a follow-up before the caller was answered with TICKET.NOT_ANSWERED', () => {
    expect(() => sut(withNanhaiAssignment('in-progress', COMPLETED_HOP), followUp(), aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_ANSWERED', kind: 'conflict' }));
  });

  it('refuses a follow-up while the body still works on an answered ticket', () => {
    expect(() => sut(withNanhaiAssignment('answered', ACCEPTED_HOP, {}, { answer: ANSWER }), followUp(), aContext())).toThrow(
      expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }),
    );
  });

  it('refuses anyone but the owner', () => {
    expect(() => sut(followUpDue(), followUp({ actor: STRANGER }), aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER' }));
  });
});

describe(closeTicket.name, () => {
  const sut = closeTicket;

  it('given an answer and a follow-up call that was not dissatisfied, closes the ticket (coarse closed)', () => {
    const { ticket, events, entries } = sut(followUpDue({ followUp: SATISFIED }), { actor: OWNER }, aContext());
    expect(ticket.status).toBe('closed');
    expect(events).toEqual([expect.objectContaining({ type: 'ticket.closed.v1', data: { ticketId: TICKET_ID, closedBy: OWNER, closedAt: NOW.toISOString() } })]);
    expect(entries).toEqual([expect.objectContaining({ kind: 'ticket.closed.v1', statusAfter: 'closed' })]);
  });

  it('refuses anyone but the first-contact organisation with 403, even with everything done', () => {
    expect(() => sut(followUpDue({ followUp: SATISFIED }), { actor: STRANGER }, aContext())).toThrow(
      expect.objectContaining({ code: 'TICKET.NOT_OWNER', kind: 'forbidden', field: null }),
    );
  });

  it.each<[string, Ticket, string]>([
    ['no answer yet', withNanhaiAssignment('in-progress', ACCEPTED_HOP), 'TICKET.NOT_ANSWERED'],
    ['a reopened ticket', aTicket({ status: 'reopened' }), 'TICKET.NOT_ANSWERED'],
    ['an answer but no follow-up call', followUpDue(), 'TICKET.FOLLOW_UP_MISSING'],
    ['an answer while the body still works', withNanhaiAssignment('answered', ACCEPTED_HOP, {}, { answer: ANSWER }), 'TICKET.FOLLOW_UP_MISSING'],
    ['a closed ticket', followUpDue({ status: 'closed', followUp: SATISFIED }), 'TICKET.INVALID_TRANSITION'],
    ['a merged ticket', aTicket({ status: 'merged' }), 'TICKET.INVALID_TRANSITION'],
  ])('refuses %s with 409 %s', (_case, given, code) => {
    expect(() => sut(given, { actor: OWNER }, aContext())).toThrow(expect.objectContaining({ code, kind: 'conflict' }));
  });
});

describe(reopenTicket.name, () => {
  const sut = reopenTicket;

  it('given a closed ticket, reopens it: the caller must be answered and called back again', () => {
    const { ticket, events } = sut(followUpDue({ status: 'closed', followUp: SATISFIED }), { actor: OWNER, reason: '用人单位未履行调解协议' }, aContext());
    expect(ticket).toMatchObject({ status: 'reopened', answer: null, followUp: null, currentAssignment: null });
    expect(events).toEqual([expect.objectContaining({ type: 'ticket.reopened.v1', data: expect.objectContaining({ reason: '用人单位未履行调解协议', underSupervision: false }) })]);
  });

  it('takes back a ticket that was transferred out', () => {
    expect(sut(aTicket({ status: 'transferred-out' }), { actor: OWNER, reason: '12345 退回' }, aContext()).ticket.status).toBe('reopened');
  });

  it.each(['in-progress', 'awaiting-acceptance', 'merged'] as const)('refuses to reopen a ticket that is %s', (status) => {
    expect(() => sut(aTicket({ status }), { actor: OWNER, reason: 'x' }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('refuses anyone but the owner', () => {
    expect(() => sut(aTicket({ status: 'closed' }), { actor: STRANGER, reason: 'x' }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER' }));
  });
});

describe(transferOut.name, () => {
  const sut = transferOut;
  const command = { actor: OWNER, partner: '12345', reason: 'not-ours', note: '属于劳动保障监察事项' } as const;

  it('given a ticket routing returned, passes it to the partner with the caller\'s contact and lets the partner see it', () => {
    const { ticket, events, entries } = sut(aTicket({ status: 'returned-to-owner' }), command, aContext());
    expect(ticket.status).toBe('transferred-out');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      type: 'partner-transfer.requested.v1',
      data: { partner: '12345', reason: 'not-ours', urgent: false, note: '属于劳动保障监察事项', caller: { name: '陈大明', phone: '13812345678' }, requestedBy: OWNER },
    });
    expect(event?.subject).toBe(ticket.transfers[0]?.transferId);
    expect(ticket.watchers).toEqual([expect.objectContaining({ organisationId: 'partner-hotline:12345', organisation: '12345', reason: 'not-ours' })]);
    expect(entries.map((e) => e.kind)).toEqual(['partner-transfer.requested.v1', 'ticket.referred']);
  });

  it('marks the transfer urgent for an urgent ticket', () => {
    expect(sut(aTicket({ status: 'reopened', priority: 'urgent' }), command, aContext()).events[0]).toMatchObject({ data: { urgent: true } });
  });

  it.each(['received', 'awaiting-acceptance', 'in-progress', 'closed'] as const)('refuses a transfer while the ticket is %s', (status) => {
    expect(() => sut(aTicket({ status }), command, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('refuses anyone but the owner', () => {
    expect(() => sut(aTicket({ status: 'returned-to-owner' }), { ...command, actor: STRANGER }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER' }));
  });
});

describe('the first-contact owner (首问)', () => {
  it('stays as it was through every command of the owner', () => {
    const start = aTicket({ status: 'returned-to-owner' });
    const decisions = [
      answerCaller(start, { actor: OWNER, answer: '已答复' }, aContext()),
      transferOut(start, { actor: OWNER, partner: '12368', reason: 'not-ours', note: null }, aContext()),
      recordFollowUp(followUpDue(), followUp({ satisfaction: 'dissatisfied' }), aContext()),
      closeTicket(followUpDue({ followUp: SATISFIED }), { actor: OWNER }, aContext()),
      reopenTicket(aTicket({ status: 'closed' }), { actor: OWNER, reason: 'x' }, aContext()),
    ];
    for (const { ticket } of decisions) expect(ticket.firstContact).toEqual(start.firstContact);
  });
});

describe('a case a partner forwarded: the responsible platform acts, the partner stays first contact', () => {
  const PARTNER = { organisation: '佛山市公安局110指挥中心', organisationId: 'partner-hotline:110', agent: null };

  it('lets the region’s platform answer, call back and close it', () => {
    const answered = answerCaller(aForwardedTicket({ status: 'returned-to-owner' }), { actor: OWNER, answer: '已告知来电人可申请法律援助' }, aContext());
    expect(answered.ticket.status).toBe('follow-up-due');
    const calledBack = recordFollowUp(answered.ticket, followUp(), aContext());
    const closed = closeTicket(calledBack.ticket, { actor: OWNER }, aContext());
    expect(closed.ticket.status).toBe('closed');
    expect(closed.ticket.firstContact).toEqual(aForwardedTicket().firstContact);
    expect(closed.ticket.responsible).toEqual(aForwardedTicket().responsible);
    expect(closed.entries[0]).toMatchObject({ actorOrganisationId: '12348-gd', note: `closed by ${OWNER.organisation}` });
  });

  it('lets it reopen and transfer the case', () => {
    expect(reopenTicket(aForwardedTicket({ status: 'closed' }), { actor: OWNER, reason: '来电人再次来电' }, aContext()).ticket.status).toBe('reopened');
    expect(transferOut(aForwardedTicket({ status: 'returned-to-owner' }), { actor: OWNER, partner: '12345', reason: 'not-ours', note: null }, aContext()).ticket.status).toBe('transferred-out');
  });

  it.each([
    ['another province’s platform', STRANGER],
    ['the forwarding partner', PARTNER],
  ])('refuses %s with 403 TICKET.NOT_OWNER, naming the responsible platform', (_case, actor) => {
    expect(() => answerCaller(aForwardedTicket({ status: 'returned-to-owner' }), { actor, answer: '已答复' }, aContext())).toThrow(
      expect.objectContaining({
        code: 'TICKET.NOT_OWNER',
        kind: 'forbidden',
        message: `only 广东省12348公共法律服务热线, the platform responsible for this ticket, may answer the caller of this ticket, not ${actor.organisation}`,
      }),
    );
    expect(() => closeTicket(followUpDue({ channel: 'partner', firstContact: aForwardedTicket().firstContact, followUp: SATISFIED }), { actor }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER' }));
  });

  it('follows the partner’s choice: the chosen platform acts, the region’s does not', () => {
    const chosen = aForwardedTicket({ status: 'returned-to-owner', responsible: { organisationId: STRANGER.organisationId, organisation: STRANGER.organisation, basis: 'partner-choice' } });
    expect(answerCaller(chosen, { actor: STRANGER, answer: '已答复' }, aContext()).ticket.status).toBe('follow-up-due');
    expect(() => answerCaller(chosen, { actor: OWNER, answer: '已答复' }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER' }));
  });
});
