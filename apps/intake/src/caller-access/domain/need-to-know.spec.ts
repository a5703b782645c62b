import { describe, expect, it } from '@jest/globals';
import type { Principal, Role } from '@legal-hotline/auth';
import { aForwardedTicket, aTicket, ACCEPTED_HOP, COMPLETED_HOP, NANHAI_CENTRE, OWNER, withNanhaiAssignment } from '../../../test/fixtures/tickets.js';
import type { Ticket } from '../../tickets/domain/ticket.js';
import { CALLER_DETAIL_PURPOSES, callerDetailsDecision } from './need-to-know.js';

function aPrincipal(roles: Role[], organisationId: string, area: string | null = null): Principal {
  return { subject: `subject-${organisationId}`, name: '陈静', username: null, roles: new Set(roles), organisation: { id: organisationId, name: organisationId }, area };
}

const agentGd = aPrincipal(['hotline-agent'], '12348-gd');
const leadGd = aPrincipal(['owner-lead', 'hotline-agent'], '12348-gd');
const agentGz = aPrincipal(['hotline-agent'], '12348-gz');
const staffNanhai = aPrincipal(['office-staff'], NANHAI_CENTRE.agencyId);
const staffShunde = aPrincipal(['office-staff'], 'legal-aid-centre:440606');
const supervisorGd = aPrincipal(['supervisor'], 'justice-gd', '440000');

describe(callerDetailsDecision.name, () => {
  const sut = callerDetailsDecision;
  const watchedByGz: Ticket = aTicket({
    watchers: [{ organisationId: '12348-gz', organisation: '贵州省12348公共法律服务热线', reason: '异地务工', addedBy: OWNER, addedAt: new Date() }],
  });

  it.each<[string, Principal, Ticket]>([
    ['an agent of the first-contact organisation', agentGd, aTicket()],
    ['a lead of the first-contact organisation', leadGd, aTicket()],
    ['staff of the body that accepted the hand-off', staffNanhai, withNanhaiAssignment('accepted', ACCEPTED_HOP)],
    ['staff of the body that accepted and completed', staffNanhai, withNanhaiAssignment('in-progress', COMPLETED_HOP)],
    ['an agent of the platform answering a partner’s forward, which calls the caller back', agentGd, aForwardedTicket()],
  ])('grants %s', (_case, principal, ticket) => {
    expect(sut(principal, ticket)).toEqual({ outcome: 'granted', fields: ['name', 'phone'] });
  });

  it('names the ID number among the fields when the caller gave one', () => {
    const ticket = aTicket({ caller: { ...aTicket().caller, idNumber: '440605199001011236' } });
    expect(sut(agentGd, ticket)).toEqual({ outcome: 'granted', fields: ['name', 'phone', 'idNumber'] });
  });

  it.each<[string, Principal, Ticket]>([
    ['an organisation that only watches the ticket', agentGz, watchedByGz],
    ['staff of a body still deciding', staffNanhai, withNanhaiAssignment('awaiting-acceptance')],
    ['staff of a body that rejected it', staffNanhai, withNanhaiAssignment('routed', { outcome: 'rejected', leftAt: new Date(), reason: 'not-our-jurisdiction' })],
    ['staff of a body whose accepted hand-off was withdrawn', staffNanhai, withNanhaiAssignment('routed', { outcome: 'withdrawn', leftAt: new Date(), reason: 'acceptance-overdue' })],
    ['a supervisor of the area', supervisorGd, aTicket()],
  ])('sees masked values only: %s', (_case, principal, ticket) => {
    expect(sut(principal, ticket)).toEqual({ outcome: 'not-entitled' });
  });

  it.each<[string, Principal, Ticket]>([
    ['an agent of another organisation', agentGz, aTicket()],
    ['staff of another body', staffShunde, withNanhaiAssignment('accepted', ACCEPTED_HOP)],
    ['an agent of another platform, for a partner’s forward', agentGz, aForwardedTicket()],
  ])('refuses %s as a stranger to the ticket', (_case, principal, ticket) => {
    expect(sut(principal, ticket)).toEqual({ outcome: 'not-visible' });
  });

  it('does not take office staff for the owner, even when their body id were the owner\'s', () => {
    expect(sut(aPrincipal(['office-staff'], '12348-gd'), aTicket())).toEqual({ outcome: 'not-visible' });
  });
});

describe('CALLER_DETAIL_PURPOSES', () => {
  it('are the reasons to read a caller in full: a search by phone is recorded, never a reason to read', () => {
    expect(CALLER_DETAIL_PURPOSES).toEqual(['call-back', 'follow-up-call', 'service-delivery', 'legal-aid-review', 'mediation']);
  });
});
