import { describe, expect, it } from '@jest/globals';
import type { Principal, Role } from '@legal-hotline/auth';
import { asksOutsideArea, dashboardScopeOf, regionPrefixOfQuery, supervisedAreaOf } from './dashboard-scope.js';

function aPrincipal(roles: Role[], organisationId: string | null, area: string | null = null): Principal {
  return {
    subject: 'subject',
    name: '测试',
    username: null,
    roles: new Set(roles),
    organisation: organisationId ? { id: organisationId, name: organisationId } : null,
    area,
  };
}

const supervisorFoshan = aPrincipal(['supervisor'], 'justice-foshan', '440600');
const leadGd = aPrincipal(['owner-lead', 'hotline-agent'], '12348-gd');

describe(dashboardScopeOf.name, () => {
  const sut = dashboardScopeOf;

  it("counts a supervisor's area and an owner lead's own tickets, nothing watched or handed over", () => {
    expect(sut(supervisorFoshan)).toEqual({ ownedBy: null, watchedBy: null, handedTo: null, regionPrefix: '4406' });
    expect(sut(leadGd)).toEqual({ ownedBy: '12348-gd', watchedBy: null, handedTo: null, regionPrefix: null });
  });

  it('counts nothing for an agent, office staff, or a supervisor without a well-formed area', () => {
    for (const principal of [
      aPrincipal(['hotline-agent'], '12348-gd'),
      aPrincipal(['office-staff'], 'legal-aid-centre:440605'),
      aPrincipal(['supervisor'], 'justice', '44'),
    ]) {
      expect(sut(principal)).toEqual({ ownedBy: null, watchedBy: null, handedTo: null, regionPrefix: null });
    }
  });
});

describe(regionPrefixOfQuery.name, () => {
  it.each([
    ['44', '44'],
    ['440000', '44'],
    ['4406', '4406'],
    ['440600', '4406'],
    ['440605', '440605'],
    ['440605011', '440605011'],
  ])('reads %s as the prefix %s', (given, prefix) => {
    expect(regionPrefixOfQuery(given)).toBe(prefix);
  });
});

describe(asksOutsideArea.name, () => {
  const scope = dashboardScopeOf(supervisorFoshan);

  it('lets a supervisor ask for its area and the regions inside it', () => {
    for (const prefix of [null, '4406', '440605', '440605011'])
      expect(asksOutsideArea(supervisorFoshan, scope, prefix)).toBe(false);
  });

  it('refuses a supervisor a wider or another region', () => {
    for (const prefix of ['44', '4401', '52']) expect(asksOutsideArea(supervisorFoshan, scope, prefix)).toBe(true);
  });

  it('lets an owner lead who also supervises filter by any region: it only narrows its own tickets', () => {
    const both = aPrincipal(['owner-lead', 'supervisor'], '12348-gd', '440600');
    expect(asksOutsideArea(both, dashboardScopeOf(both), '52')).toBe(false);
    expect(supervisedAreaOf(both, dashboardScopeOf(both))).toBeNull();
  });
});
