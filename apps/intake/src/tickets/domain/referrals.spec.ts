import { describe, expect, it } from '@jest/globals';
import { aContext, aForwardedTicket, aTicket, NAMESAKE, NOW, OWNER, OWNER_ORGANISATION, OWNER_ORGANISATION_ID, STRANGER } from '../../../test/fixtures/tickets.js';
import { referTicket } from './referrals.js';

describe(referTicket.name, () => {
  const sut = referTicket;
  const court = { id: 'court:440605', name: '佛山市南海区人民法院' };
  const command = { actor: OWNER, organisation: court, reason: '诉讼阶段需了解前期调解情况' };

  it('lets another organisation see the ticket without owning it, and records who referred it', () => {
    const { ticket, entries, events } = sut(aTicket({ status: 'in-progress' }), command, aContext());
    expect(ticket.watchers).toEqual([{ organisationId: 'court:440605', organisation: '佛山市南海区人民法院', reason: command.reason, addedBy: OWNER, addedAt: NOW }]);
    expect(ticket.status).toBe('in-progress');
    expect(ticket.firstContact.organisation).toBe(OWNER_ORGANISATION);
    expect(events).toEqual([]);
    expect(entries).toEqual([
      expect.objectContaining({
        source: 'intake',
        kind: 'ticket.referred',
        actor: '林晓',
        actorOrganisationId: OWNER_ORGANISATION_ID,
        statusAfter: 'in-progress',
        reason: command.reason,
        note: expect.stringContaining('佛山市南海区人民法院'),
      }),
    ]);
  });

  it.each([
    ['another organisation', STRANGER],
    ['an organisation with the owner\'s name but another id', NAMESAKE],
  ])('refuses %s: only the first-contact owner refers', (_case, actor) => {
    expect(() => sut(aTicket(), { ...command, actor }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER', kind: 'forbidden' }));
  });

  it('refuses an organisation that already watches the ticket, by id', () => {
    const watched = sut(aTicket(), command, aContext()).ticket;
    expect(() => sut(watched, { ...command, organisation: { ...court, name: '南海法院' }, reason: 'again' }, aContext())).toThrow(
      expect.objectContaining({ code: 'TICKET.ALREADY_WATCHING', kind: 'conflict', field: 'organisationId' }),
    );
  });

  it('refuses the first-contact owner, which sees its ticket anyway', () => {
    expect(() => sut(aTicket(), { ...command, organisation: { id: OWNER_ORGANISATION_ID, name: OWNER_ORGANISATION } }, aContext())).toThrow(
      expect.objectContaining({ code: 'TICKET.ALREADY_WATCHING' }),
    );
  });

  it.each(['closed', 'merged'] as const)('still refers a %s ticket: seeing its history is harmless', (status) => {
    expect(sut(aTicket({ status }), command, aContext()).ticket.status).toBe(status);
  });

  describe('a case a partner forwarded', () => {
    it('lets the responsible platform refer it, also to the partner that forwarded it', () => {
      const partner = { id: 'partner-hotline:110', name: '110' };
      const { ticket } = sut(aForwardedTicket(), { ...command, organisation: partner }, aContext());
      expect(ticket.watchers.map((w) => w.organisationId)).toEqual(['partner-hotline:110']);
    });

    it('refuses to refer it to its responsible platform, which sees it anyway', () => {
      expect(() => sut(aForwardedTicket(), { ...command, organisation: { id: OWNER_ORGANISATION_ID, name: OWNER_ORGANISATION } }, aContext())).toThrow(
        expect.objectContaining({ code: 'TICKET.ALREADY_WATCHING', field: 'organisationId' }),
      );
    });

    it('refuses the partner itself: it is the first contact, not responsible', () => {
      const partner = { organisation: '佛山市公安局110指挥中心', organisationId: 'partner-hotline:110', agent: null };
      expect(() => sut(aForwardedTicket(), { ...command, actor: partner }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.NOT_OWNER' }));
    });
  });
});
