import { describe, expect, it } from '@jest/globals';
import type { Principal, Role } from '@legal-hotline/auth';
import { aForwardedTicket, aTicket, NANHAI_CENTRE, OWNER, withNanhaiAssignment } from '../../../test/fixtures/tickets.js';
import { canSeeTicket, inScope, isEmptyScope, phoneSearchScopeOf, refusalOf, ticketScopeOf } from './ticket-access.js';
import type { Ticket } from './ticket.js';

function aPrincipal(roles: Role[], organisationId: string | null, area: string | null = null): Principal {
  return {
    subject: `subject-of-${organisationId ?? 'nobody'}`,
    name: '测试',
    username: null,
    roles: new Set(roles),
    organisation: organisationId ? { id: organisationId, name: organisationId } : null,
    area,
  };
}

const agentGd = aPrincipal(['hotline-agent'], '12348-gd');
const leadGd = aPrincipal(['owner-lead', 'hotline-agent'], '12348-gd');
const agentGz = aPrincipal(['hotline-agent'], '12348-gz');
const staffNanhai = aPrincipal(['office-staff'], NANHAI_CENTRE.agencyId);
const staffDushan = aPrincipal(['office-staff'], 'legal-aid-centre:522726');
const supervisorGd = aPrincipal(['supervisor'], 'justice-gd', '440000');
const supervisorFoshan = aPrincipal(['supervisor'], 'justice-foshan', '440600');
const supervisorGz = aPrincipal(['supervisor'], 'justice-gz', '520000');

const watchedByGz: Ticket = aTicket({
  watchers: [{ organisationId: '12348-gz', organisation: '贵州省12348公共法律服务热线', reason: '异地务工', addedBy: OWNER, addedAt: new Date() }],
});

describe(canSeeTicket.name, () => {
  const sut = canSeeTicket;
  const nanhaiTicket = aTicket();
  const guangzhouTicket = aTicket({ regionCode: '440106001' });
  const rejectedByNanhai = withNanhaiAssignment('routed', { outcome: 'rejected', leftAt: new Date(), reason: 'not-our-jurisdiction' });

  it.each<[string, Principal, Ticket, boolean]>([
    ['an agent of the first-contact organisation', agentGd, nanhaiTicket, true],
    ['a lead of the first-contact organisation', leadGd, nanhaiTicket, true],
    ['an agent of another organisation', agentGz, nanhaiTicket, false],
    ['an agent of an organisation that watches it', agentGz, watchedByGz, true],
    ['110, watching a dangerous matter', aPrincipal(['hotline-agent'], 'partner-hotline:110'), aTicket({ watchers: [{ organisationId: 'partner-hotline:110', organisation: '110', reason: 'danger', addedBy: OWNER, addedAt: new Date() }] }), true],
    ['staff of a body it was handed to', staffNanhai, withNanhaiAssignment('awaiting-acceptance'), true],
    ['staff of a body that rejected it', staffNanhai, rejectedByNanhai, true],
    ['staff of a body it was never handed to', staffNanhai, nanhaiTicket, false],
    ['staff of a body it was referred to', staffNanhai, aTicket({ watchers: [{ organisationId: NANHAI_CENTRE.agencyId, organisation: NANHAI_CENTRE.name, reason: '了解情况', addedBy: OWNER, addedAt: new Date() }] }), true],
    ['staff of another body', staffDushan, withNanhaiAssignment('accepted'), false],
    ['a provincial supervisor of its province', supervisorGd, nanhaiTicket, true],
    ['a city supervisor of its city (Nanhai lies in Foshan)', supervisorFoshan, nanhaiTicket, true],
    ['a city supervisor, for another city (Guangzhou)', supervisorFoshan, guangzhouTicket, false],
    ['a supervisor of another province', supervisorGz, nanhaiTicket, false],
    ['a supervisor whose token names no area', aPrincipal(['supervisor'], 'justice-gd'), nanhaiTicket, false],
    ['a directory administrator', aPrincipal(['directory-admin'], 'justice-gd'), nanhaiTicket, false],
    ['an agent whose token names no organisation', aPrincipal(['hotline-agent'], null), nanhaiTicket, false],
    ['an agent of the platform responsible for a partner’s forward', agentGd, aForwardedTicket(), true],
    ['an agent of another platform, for a partner’s forward', agentGz, aForwardedTicket(), false],
    ['the forwarding partner, first contact but not responsible', aPrincipal(['hotline-agent'], 'partner-hotline:110'), aForwardedTicket(), false],
  ])('lets %s see it: %s', (_case, principal, ticket, expected) => {
    expect(sut(principal, ticket)).toBe(expected);
  });

  it('grants what any of several roles grants', () => {
    const agentAndSupervisor = aPrincipal(['hotline-agent', 'supervisor'], '12348-gz', '440600');
    expect(sut(agentAndSupervisor, nanhaiTicket)).toBe(true);
    expect(sut(agentAndSupervisor, guangzhouTicket)).toBe(false);
  });

  it('compares organisation ids, never display names', () => {
    const namesake = { ...agentGz, organisation: { id: '12348-gz', name: nanhaiTicket.firstContact.organisation } };
    expect(sut(namesake, nanhaiTicket)).toBe(false);
  });
});

describe(ticketScopeOf.name, () => {
  it.each<[string, Principal, object]>([
    ['an agent', agentGd, { ownedBy: '12348-gd', watchedBy: '12348-gd', handedTo: null, regionPrefix: null }],
    ['office staff', staffNanhai, { ownedBy: null, watchedBy: 'legal-aid-centre:440605', handedTo: 'legal-aid-centre:440605', regionPrefix: null }],
    ['a provincial supervisor', supervisorGd, { ownedBy: null, watchedBy: null, handedTo: null, regionPrefix: '44' }],
    ['a city supervisor', supervisorFoshan, { ownedBy: null, watchedBy: null, handedTo: null, regionPrefix: '4406' }],
    ['a supervisor with a malformed area', aPrincipal(['supervisor'], 'justice-gd', '44'), { ownedBy: null, watchedBy: null, handedTo: null, regionPrefix: null }],
  ])('reads %s as %j', (_case, principal, scope) => {
    expect(ticketScopeOf(principal)).toEqual(scope);
  });

  it('is empty for roles that read no tickets, so their lists are empty', () => {
    expect(isEmptyScope(ticketScopeOf(aPrincipal(['exchange-admin'], 'justice-gd')))).toBe(true);
    expect(inScope(ticketScopeOf(aPrincipal(['exchange-admin'], 'justice-gd')), aTicket())).toBe(false);
  });
});

describe(refusalOf.name, () => {
  it('tells a supervisor the ticket lies outside their area, everyone else that it belongs to another body', () => {
    expect(refusalOf(supervisorGz)).toBe('outside-area');
    expect(refusalOf(agentGz)).toBe('other-body');
    expect(refusalOf(staffDushan)).toBe('other-body');
    expect(refusalOf(aPrincipal(['hotline-agent', 'supervisor'], '12348-gz', '520000'))).toBe('other-body');
  });
});

describe(phoneSearchScopeOf.name, () => {
  const sut = phoneSearchScopeOf;

  it('lets agents and leads find only what their organisation received first, not what it merely watches', () => {
    const scope = sut(agentGz)!;
    expect(scope).toEqual({ ownedBy: '12348-gz', watchedBy: null, handedTo: null, regionPrefix: null });
    expect(inScope(scope, watchedByGz)).toBe(false);
    expect(inScope(sut(leadGd)!, aTicket())).toBe(true);
  });

  it.each<[string, Principal]>([
    ['office staff', staffNanhai],
    ['a supervisor', supervisorGd],
  ])('refuses %s, who see callers masked', (_case, principal) => {
    expect(sut(principal)).toBeNull();
  });

  it('finds nothing for an agent whose token names no organisation', () => {
    expect(isEmptyScope(sut(aPrincipal(['hotline-agent'], null))!)).toBe(true);
  });
});
