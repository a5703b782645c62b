import { describe, expect, it } from '@jest/globals';
import type { JWTPayload } from 'jose';
import { principalFromClaims, type AuthSettings } from './access-token-verifier.js';

const keycloak: AuthSettings = {
  issuer: 'http://127.0.0.1:18080/auth/realms/legal-hotline',
  audience: 'legal-hotline-api',
  rolesClaim: 'realm_access.roles',
  organisationClaim: 'org_id',
  organisationNameClaim: 'org_name',
  areaClaim: 'area',
  nameClaim: 'name',
  clockToleranceSeconds: 30,
};

/** Claims as the project's Keycloak puts them in an access token. */
function keycloakClaims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: keycloak.issuer,
    aud: 'legal-hotline-api',
    sub: '815aa31f-7389-5b60-95a8-5209a2921bd8',
    azp: 'platform-tools',
    realm_access: { roles: ['supervisor', 'default-roles-legal-hotline', 'offline_access'] },
    preferred_username: 'supervisor.gd',
    name: '张国平',
    org_id: 'justice-gd',
    org_name: '广东省司法厅',
    area: '440000',
    ...overrides,
  };
}

/** Another provider (e.g. a province's unified identity platform) with its own claim names. */
const province: AuthSettings = {
  ...keycloak,
  rolesClaim: 'roles',
  organisationClaim: 'tenant.code',
  organisationNameClaim: 'tenant.title',
  areaClaim: 'tenant.region',
  nameClaim: 'display_name',
};

describe(principalFromClaims.name, () => {
  it('reads a Keycloak token: subject, display name, username, roles, organisation and area', () => {
    const sut = principalFromClaims(keycloakClaims(), keycloak);

    expect(sut).toEqual({
      subject: '815aa31f-7389-5b60-95a8-5209a2921bd8',
      name: '张国平',
      username: 'supervisor.gd',
      roles: new Set(['supervisor']),
      organisation: { id: 'justice-gd', name: '广东省司法厅' },
      area: '440000',
    });
  });

  it('keeps every platform role of a composite Keycloak role (owner-lead also carries hotline-agent)', () => {
    const sut = principalFromClaims(
      keycloakClaims({ realm_access: { roles: ['owner-lead', 'hotline-agent'] }, area: undefined }),
      keycloak,
    );

    expect([...sut.roles].sort()).toEqual(['hotline-agent', 'owner-lead']);
    expect(sut.area).toBeNull();
  });

  it('ignores roles the platform does not know, and non-string entries', () => {
    const sut = principalFromClaims(
      keycloakClaims({
        realm_access: { roles: ['uma_authorization', 'admin', 42, null, 'office-staff', 'Supervisor'] },
      }),
      keycloak,
    );

    expect([...sut.roles]).toEqual(['office-staff']);
  });

  it('gives no roles when the roles claim is missing or of another type', () => {
    expect(principalFromClaims(keycloakClaims({ realm_access: undefined }), keycloak).roles.size).toBe(0);
    expect(
      principalFromClaims(keycloakClaims({ realm_access: { roles: { supervisor: true } } }), keycloak).roles.size,
    ).toBe(0);
    expect(principalFromClaims(keycloakClaims({ realm_access: 'supervisor' }), keycloak).roles.size).toBe(0);
  });

  it('reads roles from a top-level array claim', () => {
    const sut = principalFromClaims(
      { sub: 'u-1', roles: ['directory-admin', 'viewer'] },
      { ...keycloak, rolesClaim: 'roles' },
    );

    expect([...sut.roles]).toEqual(['directory-admin']);
  });

  it('reads roles from a space-separated string claim, as scope-like claims are written', () => {
    const sut = principalFromClaims(
      { sub: 'u-1', roles: '  hotline-agent   owner-lead unknown ' },
      { ...keycloak, rolesClaim: 'roles' },
    );

    expect([...sut.roles].sort()).toEqual(['hotline-agent', 'owner-lead']);
  });

  it('reads roles, organisation, area and name from nested claims of another provider', () => {
    const claims: JWTPayload = {
      sub: 'gov-7731',
      preferred_username: 'chen.jing',
      display_name: '陈静',
      roles: ['office-staff'],
      tenant: { code: 'legal-aid-centre:440605', title: '南海区法律援助中心', region: '440605' },
    };

    const sut = principalFromClaims(claims, province);

    expect(sut).toEqual({
      subject: 'gov-7731',
      name: '陈静',
      username: 'chen.jing',
      roles: new Set(['office-staff']),
      organisation: { id: 'legal-aid-centre:440605', name: '南海区法律援助中心' },
      area: '440605',
    });
  });

  it('reads roles under a client of a nested path (resource_access.<client>.roles)', () => {
    const settings = { ...keycloak, rolesClaim: 'resource_access.legal-hotline-api.roles' };
    const claims = keycloakClaims({
      realm_access: { roles: ['supervisor'] },
      resource_access: { 'legal-hotline-api': { roles: ['exchange-admin'] } },
    });

    expect([...principalFromClaims(claims, settings).roles]).toEqual(['exchange-admin']);
  });

  it('has no organisation when the token names none (or only blanks), so actions that need one are refused later', () => {
    expect(
      principalFromClaims(keycloakClaims({ org_id: undefined, org_name: undefined }), keycloak).organisation,
    ).toBeNull();
    expect(principalFromClaims(keycloakClaims({ org_id: '   ' }), keycloak).organisation).toBeNull();
    expect(principalFromClaims(keycloakClaims({ org_id: ['justice-gd'] }), keycloak).organisation).toBeNull();
  });

  it('names the organisation by its id when the token carries no organisation name', () => {
    const sut = principalFromClaims(keycloakClaims({ org_name: undefined }), keycloak);

    expect(sut.organisation).toEqual({ id: 'justice-gd', name: 'justice-gd' });
  });

  it('trims organisation ids and names', () => {
    const sut = principalFromClaims(
      keycloakClaims({ org_id: ' 12348-gd ', org_name: ' 广东省12348公共法律服务热线 ' }),
      keycloak,
    );

    expect(sut.organisation).toEqual({ id: '12348-gd', name: '广东省12348公共法律服务热线' });
  });

  it('falls back to the username, then the subject, for the display name', () => {
    expect(principalFromClaims(keycloakClaims({ name: undefined }), keycloak).name).toBe('supervisor.gd');
    expect(principalFromClaims(keycloakClaims({ name: '', preferred_username: undefined }), keycloak).name).toBe(
      '815aa31f-7389-5b60-95a8-5209a2921bd8',
    );
  });
});
