import { describe, expect, it } from '@jest/globals';
import { aContext, aTicket, NOW, OWNER_ORGANISATION, STRANGER } from '../../../test/fixtures/tickets.js';
import { referTicket } from './referrals.js';

describe(referTicket.name, () => {
  const sut = referTicket;
  const command = { actor: STRANGER, organisation: '佛山市南海区人民法院', reason: '诉讼阶段需了解前期调解情况' };

  it('lets another body see the ticket without owning it, and records who referred it', () => {
    const { ticket, entries, events } = sut(aTicket({ status: 'in-progress' }), command, aContext());
    expect(ticket.watchers).toEqual([{ organisation: '佛山市南海区人民法院', reason: command.reason, addedBy: STRANGER, addedAt: NOW }]);
    expect(ticket.status).toBe('in-progress');
    expect(ticket.firstContact.organisation).toBe(OWNER_ORGANISATION);
    expect(events).toEqual([]);
    expect(entries).toEqual([
      expect.objectContaining({ source: 'intake', kind: 'ticket.referred', actor: 'clerk-9', statusAfter: 'in-progress', reason: command.reason, note: expect.stringContaining('佛山市南海区人民法院') }),
    ]);
  });

  it('refuses a body that already watches the ticket', () => {
    const watched = sut(aTicket(), command, aContext()).ticket;
    expect(() => sut(watched, { ...command, reason: 'again' }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.ALREADY_WATCHING', kind: 'conflict', field: 'organisation' }));
  });

  it('refuses the first-contact owner, which sees its ticket anyway', () => {
    expect(() => sut(aTicket(), { ...command, organisation: OWNER_ORGANISATION }, aContext())).toThrow(expect.objectContaining({ code: 'TICKET.ALREADY_WATCHING' }));
  });

  it.each(['closed', 'merged'] as const)('still refers a %s ticket: seeing its history is harmless', (status) => {
    expect(sut(aTicket({ status }), command, aContext()).ticket.status).toBe(status);
  });
});
