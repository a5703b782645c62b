import { describe, expect, it } from '@jest/globals';
import { aContext, aForwardedTicket, aTicket, ACCEPTED_HOP, COMPLETED_HOP, NOW, OWNER, STRANGER, TICKET_ID, withNanhaiAssignment } from '../../../test/fixtures/tickets.js';
import { mergeTicket, statusRestoredAfterUnmerge, undoMerge } from './merge.js';
import type { Ticket } from './ticket.js';

const INTO_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const into = (overrides: Partial<Ticket> = {}) => aTicket({ id: INTO_ID, ticketNumber: '12348-20261120-000017', status: 'accepted', ...overrides });
const command = { actor: OWNER, intoTicketId: INTO_ID, reason: '同一来电人同一事项重复来电' };

describe(mergeTicket.name, () => {
  const sut = mergeTicket;

  it('merges the duplicate (coarse closed), remembering its status, and writes both timelines', () => {
    const decision = sut(aTicket({ status: 'awaiting-acceptance' }), into(), command, aContext());
    expect(decision.ticket).toMatchObject({ status: 'merged', merge: { intoTicketId: INTO_ID, statusBefore: 'awaiting-acceptance', mergedBy: OWNER, mergedAt: NOW } });
    expect(decision.into.status).toBe('accepted');
    expect(decision.events).toEqual([
      expect.objectContaining({ type: 'ticket.merged.v1', subject: TICKET_ID, data: { ticketId: TICKET_ID, intoTicketId: INTO_ID, mergedBy: OWNER, reason: command.reason, mergedAt: NOW.toISOString() } }),
    ]);
    const eventId = decision.events[0]?.id;
    expect(decision.entries.ticket).toEqual([expect.objectContaining({ eventId, statusAfter: 'merged', note: 'merged into 12348-20261120-000017' })]);
    expect(decision.entries.into).toEqual([expect.objectContaining({ eventId, statusAfter: 'accepted', note: '12348-20261123-000042 merged into this ticket' })]);
  });

  describe('a duplicate a partner forwarded, answered by the Guizhou platform', () => {
    const forwarded = () => aForwardedTicket({ responsible: { organisationId: STRANGER.organisationId, organisation: STRANGER.organisation, basis: 'partner-choice' } });

    it('lets the responsible platform of the surviving ticket merge it', () => {
      expect(sut(forwarded(), into(), command, aContext()).ticket.status).toBe('merged');
    });

    it('lets the platform responsible for the duplicate merge it into another platform’s ticket', () => {
      expect(sut(forwarded(), into(), { ...command, actor: STRANGER }, aContext()).ticket.status).toBe('merged');
    });

    it('refuses the forwarding partner, responsible for neither ticket, naming both responsible platforms', () => {
      const partner = { organisation: '佛山市公安局110指挥中心', organisationId: 'partner-hotline:110', agent: null };
      expect(() => sut(forwarded(), into(), { ...command, actor: partner }, aContext())).toThrow(
        expect.objectContaining({ code: 'TICKET.NOT_OWNER', message: expect.stringContaining('贵州省12348公共法律服务热线 or 广东省12348公共法律服务热线') }),
      );
    });
  });

  it.each<[string, Ticket | null, string, string]>([
    ['an unknown ticket', null, INTO_ID, 'TICKET.MERGE_TARGET_UNKNOWN'],
    ['itself', aTicket(), TICKET_ID, 'TICKET.MERGE_INTO_ITSELF'],
    ['a closed ticket', into({ status: 'closed' }), INTO_ID, 'TICKET.MERGE_TARGET_CLOSED'],
    ['a merged ticket', into({ status: 'merged' }), INTO_ID, 'TICKET.MERGE_TARGET_CLOSED'],
  ])('refuses to merge into %s with 409', (_case, target, intoTicketId, code) => {
    expect(() => sut(aTicket(), target, { ...command, intoTicketId }, aContext())).toThrow(expect.objectContaining({ code, kind: 'conflict' }));
  });

  it.each(['closed', 'merged'] as const)('refuses to merge a ticket that is already %s', (status) => {
    expect(() => sut(aTicket({ status }), into(), command, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('refuses an actor who owns neither ticket', () => {
    expect(() => sut(aTicket(), into(), { ...command, actor: STRANGER }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER', kind: 'forbidden' }));
  });
});

describe(undoMerge.name, () => {
  const sut = undoMerge;
  const merged = (statusBefore: Ticket['status'], base: Ticket = aTicket()): Ticket => ({
    ...base,
    status: 'merged',
    merge: { intoTicketId: INTO_ID, statusBefore, mergedBy: OWNER, mergedAt: new Date('2026-11-23T12:00:00Z') },
  });

  it('returns the ticket to the status it had, open on its own, and writes both timelines', () => {
    const decision = sut(merged('reopened'), into(), { actor: OWNER }, aContext());
    expect(decision.ticket).toMatchObject({ status: 'reopened', merge: null });
    expect(decision.events).toEqual([expect.objectContaining({ type: 'ticket.merge-undone.v1', data: { ticketId: TICKET_ID, fromTicketId: INTO_ID, undoneBy: OWNER, undoneAt: NOW.toISOString() } })]);
    expect(decision.entries.ticket[0]).toMatchObject({ kind: 'ticket.merge-undone.v1', statusAfter: 'reopened' });
    expect(decision.entries.into[0]).toMatchObject({ kind: 'ticket.merge-undone.v1', statusAfter: 'accepted' });
  });

  it('refuses a ticket that is not merged', () => {
    expect(() => sut(aTicket({ status: 'accepted' }), into(), { actor: OWNER }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' }));
  });

  it('refuses an actor who owns neither ticket', () => {
    expect(() => sut(merged('received'), into(), { actor: STRANGER }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER' }));
  });
});

describe(statusRestoredAfterUnmerge.name, () => {
  const sut = statusRestoredAfterUnmerge;
  const mergedFrom = (statusBefore: Ticket['status'], base: Ticket): Ticket => ({
    ...base,
    status: 'merged',
    merge: { intoTicketId: INTO_ID, statusBefore, mergedBy: OWNER, mergedAt: NOW },
  });
  const answer = { answeredBy: OWNER, answer: '已受理', answeredAt: NOW };

  it.each<[string, Ticket, Ticket['status']]>([
    ['nothing happened to a ticket with its owner', mergedFrom('returned-to-owner', aTicket()), 'returned-to-owner'],
    ['nothing happened to a transferred ticket', mergedFrom('transferred-out', aTicket()), 'transferred-out'],
    ['the body still has not decided', mergedFrom('awaiting-acceptance', withNanhaiAssignment('merged')), 'awaiting-acceptance'],
    ['the body accepted while merged', mergedFrom('awaiting-acceptance', withNanhaiAssignment('merged', ACCEPTED_HOP)), 'accepted'],
    ['the body started while merged', mergedFrom('accepted', withNanhaiAssignment('merged', { ...ACCEPTED_HOP, startedAt: NOW })), 'in-progress'],
    ['the body completed, caller not answered', mergedFrom('in-progress', withNanhaiAssignment('merged', COMPLETED_HOP)), 'in-progress'],
    ['the body completed, caller answered', mergedFrom('answered', withNanhaiAssignment('merged', COMPLETED_HOP, {}, { answer })), 'follow-up-due'],
    ['the caller answered, body still at work', mergedFrom('answered', withNanhaiAssignment('merged', ACCEPTED_HOP, {}, { answer })), 'answered'],
    ['routing assigned a body while merged', mergedFrom('received', withNanhaiAssignment('merged')), 'awaiting-acceptance'],
    ['routing withdrew the body while merged (nobody re-routes)', mergedFrom('accepted', aTicket()), 'returned-to-owner'],
  ])('when %s', (_case, ticket, expected) => {
    expect(sut(ticket)).toBe(expected);
  });
});
