import { describe, expect, it } from '@jest/globals';
import { AccessDeniedError } from './access-denied.error.js';
import { actorOf, actsFor, hasAnyRole, isRole, type Principal } from './principal.js';

function principal(overrides: Partial<Principal> = {}): Principal {
  return {
    subject: 'bfb6ce16-527c-59d2-9e55-4a8b19e8070e',
    name: '林晓',
    username: 'agent.gd',
    roles: new Set(['hotline-agent']),
    organisation: { id: '12348-gd', name: '广东省12348公共法律服务热线' },
    area: null,
    ...overrides,
  };
}

describe(actorOf.name, () => {
  it('names the organisation and the person from the token, with their ids', () => {
    expect(actorOf(principal())).toEqual({
      organisation: '广东省12348公共法律服务热线',
      organisationId: '12348-gd',
      agent: '林晓',
      agentId: 'bfb6ce16-527c-59d2-9e55-4a8b19e8070e',
    });
  });

  it('refuses a principal without an organisation: 403 ACCESS.NO_ORGANISATION', () => {
    const act = () => actorOf(principal({ organisation: null }));

    expect(act).toThrow(AccessDeniedError);
    expect(act).toThrow(expect.objectContaining({ code: 'ACCESS.NO_ORGANISATION', kind: 'forbidden' }));
  });
});

describe(actsFor.name, () => {
  it('compares organisation ids, not display names', () => {
    const sut = principal();

    expect(actsFor(sut, '12348-gd')).toBe(true);
    expect(actsFor(sut, '12348-gz')).toBe(false);
    expect(actsFor(sut, '广东省12348公共法律服务热线')).toBe(false);
    expect(actsFor(principal({ organisation: null }), '12348-gd')).toBe(false);
  });
});

describe(hasAnyRole.name, () => {
  it('is true when the principal holds at least one of the roles', () => {
    const sut = principal({ roles: new Set(['owner-lead', 'hotline-agent']) });

    expect(hasAnyRole(sut, ['owner-lead'])).toBe(true);
    expect(hasAnyRole(sut, ['supervisor', 'hotline-agent'])).toBe(true);
    expect(hasAnyRole(sut, ['supervisor', 'office-staff'])).toBe(false);
    expect(hasAnyRole(sut, [])).toBe(false);
  });
});

describe(isRole.name, () => {
  it('knows exactly the platform roles, case-sensitively', () => {
    expect(
      ['hotline-agent', 'owner-lead', 'office-staff', 'supervisor', 'directory-admin', 'exchange-admin'].every(isRole),
    ).toBe(true);
    expect(['Supervisor', 'admin', 'offline_access', ''].some(isRole)).toBe(false);
  });
});
