import { describe, expect, it } from 'vitest';
import { bodyOf, decodeJwtPayload, homeOf, principalOf } from './principal';

function token(claims: object): string {
  const encode = (value: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

describe('the signed-in person, from the token’s claims', () => {
  it('reads Chinese names, roles, body and area', () => {
    const principal = principalOf(
      decodeJwtPayload(
        token({ sub: 'u1', name: '陈静', preferred_username: 'staff.nanhai', realm_access: { roles: ['office-staff', 'offline_access'] }, org_id: 'legal-aid-centre:440605', org_name: '南海区法律援助中心' }),
      ),
    );
    expect(principal).toMatchObject({ name: '陈静', roles: ['office-staff'], organisationId: 'legal-aid-centre:440605', organisationName: '南海区法律援助中心', area: null });
    expect(bodyOf(principal)).toEqual({ kind: 'legal-aid-centre', agencyId: 'legal-aid-centre:440605' });
    expect(homeOf(principal)).toBe('/inbox');
  });

  it('turns a supervisor’s area code into the prefix it covers', () => {
    expect(principalOf({ area: '440600', realm_access: { roles: ['supervisor'] } }).area).toBe('4406');
    expect(principalOf({ area: '440000' }).area).toBe('44');
    expect(homeOf(principalOf({ realm_access: { roles: ['supervisor'] } }))).toBe('/supervision');
    expect(homeOf(principalOf({ realm_access: { roles: ['hotline-agent'] } }))).toBe('/tickets/new');
  });
});
