import { beforeAll, describe, expect, it } from '@jest/globals';
import { exportSPKI, importJWK, SignJWT, UnsecuredJWT, type JWK } from 'jose';
import { signIn, testInfrastructure, tokenFor } from '@legal-hotline/testing';
import { AccessTokenVerifier, InvalidTokenError, type AuthSettings } from '../src/index.js';

// Built the way every service builds them from its configuration defaults.
const settings: AuthSettings = {
  issuer: testInfrastructure().oidc.issuer,
  audience: 'legal-hotline-api',
  rolesClaim: 'realm_access.roles',
  organisationClaim: 'org_id',
  organisationNameClaim: 'org_name',
  areaClaim: 'area',
  nameClaim: 'name',
  clockToleranceSeconds: 30,
};
const jwksUrl = `${settings.issuer}/protocol/openid-connect/certs`;

function segments(token: string): [string, string, string] {
  const [header, payload, signature] = token.split('.');
  return [header!, payload!, signature!];
}

function claimsOf(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(segments(token)[1], 'base64url').toString('utf8'));
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function refusal(verifier: AccessTokenVerifier, token: string): Promise<string> {
  const error = await verifier.verify(token).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof InvalidTokenError)) throw new Error(`expected the token to be refused, got ${String(error)}`);
  return error.code;
}

describe(`${AccessTokenVerifier.name} against the project's Keycloak`, () => {
  const sut = new AccessTokenVerifier(settings);
  let agentToken: string;

  beforeAll(async () => {
    agentToken = await tokenFor('agent.gd');
  });

  it("accepts a supervisor's token and reads roles, organisation, area and name", async () => {
    const principal = await sut.verify(await tokenFor('supervisor.gd'));

    expect(principal).toMatchObject({
      name: '张国平',
      username: 'supervisor.gd',
      organisation: { id: 'justice-gd', name: '广东省司法厅' },
      area: '440000',
    });
    expect([...principal.roles]).toEqual(['supervisor']);
    expect(principal.subject).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("accepts an office's staff token: the body is the organisation, there is no area", async () => {
    const principal = await sut.verify(await tokenFor('staff.nanhai'));

    expect(principal.organisation).toEqual({ id: 'legal-aid-centre:440605', name: '南海区法律援助中心' });
    expect([...principal.roles]).toEqual(['office-staff']);
    expect(principal.area).toBeNull();
  });

  it("carries the composite role's parts: an owner lead is also a hotline agent", async () => {
    const principal = await sut.verify(await tokenFor('lead.gd'));

    expect([...principal.roles].sort()).toEqual(['hotline-agent', 'owner-lead']);
    expect(principal.organisation?.id).toBe('12348-gd');
  });

  it('gives the same subject to every token of one person', async () => {
    const first = await sut.verify(await signIn('agent.gd'));
    const second = await sut.verify(await signIn('agent.gd'));

    expect(second.subject).toBe(first.subject);
  });

  it('refuses a token whose signature was altered', async () => {
    const [header, payload, signature] = segments(agentToken);
    const middle = Math.floor(signature.length / 2);
    const altered = `${signature.slice(0, middle)}${signature[middle] === 'A' ? 'B' : 'A'}${signature.slice(middle + 1)}`;

    expect(await refusal(sut, `${header}.${payload}.${altered}`)).toBe('AUTH.TOKEN_INVALID');
  });

  it('refuses a token whose claims were altered under the original signature (an agent making itself supervisor)', async () => {
    const [header, , signature] = segments(agentToken);
    const claims = { ...claimsOf(agentToken), realm_access: { roles: ['supervisor'] }, area: '440000' };

    expect(await refusal(sut, `${header}.${encode(claims)}.${signature}`)).toBe('AUTH.TOKEN_INVALID');
  });

  it('refuses a token for another audience', async () => {
    const otherApi = new AccessTokenVerifier({ ...settings, audience: 'another-api' });

    expect(await refusal(otherApi, agentToken)).toBe('AUTH.TOKEN_INVALID');
  });

  it('refuses a token from another issuer, even one signed with keys the verifier trusts', async () => {
    // Same Keycloak and keys, but the verifier trusts the issuer under another host name.
    const otherIssuer = new AccessTokenVerifier({
      ...settings,
      issuer: settings.issuer.replace('127.0.0.1', 'localhost'),
      jwksUrl,
    });

    expect(claimsOf(agentToken).iss).toBe(settings.issuer);
    expect(await refusal(otherIssuer, agentToken)).toBe('AUTH.TOKEN_INVALID');
  });

  it.each([
    ['an empty string', ''],
    ['a word', 'garbage'],
    ['three dots of nothing', 'a.b.c'],
    ['JSON that is no JWT', `${encode({ alg: 'RS256' })}.${encode(['x'])}.AAAA`],
    ['a header without a key id', `${encode({ typ: 'JWT' })}.${encode({ sub: 'x' })}.AAAA`],
  ])('refuses garbage: %s', async (_, token) => {
    expect(await refusal(sut, token)).toBe('AUTH.TOKEN_INVALID');
  });

  it('refuses an unsigned token (alg: none) with genuine claims', async () => {
    const unsigned = new UnsecuredJWT(claimsOf(agentToken)).encode();

    expect(JSON.parse(Buffer.from(segments(unsigned)[0], 'base64url').toString())).toEqual({ alg: 'none' });
    expect(await refusal(sut, unsigned)).toBe('AUTH.TOKEN_INVALID');
  });

  it("refuses an HS256 token keyed with the provider's public key (algorithm confusion)", async () => {
    const { keys } = (await (await fetch(jwksUrl)).json()) as { keys: (JWK & { kid: string; use?: string })[] };
    const rsa = keys.find((key) => key.kty === 'RSA' && key.use === 'sig')!;
    const publicPem = await exportSPKI(
      (await importJWK({ ...rsa, alg: 'RS256' }, 'RS256')) as Parameters<typeof exportSPKI>[0],
    );
    const forged = await new SignJWT({ ...claimsOf(agentToken), realm_access: { roles: ['supervisor'] } })
      .setProtectedHeader({ alg: 'HS256', kid: rsa.kid, typ: 'JWT' })
      .sign(new TextEncoder().encode(publicPem));

    expect(await refusal(sut, forged)).toBe('AUTH.TOKEN_INVALID');
  });

  it('answers AUTH.PROVIDER_UNREACHABLE when the issuer cannot be reached', async () => {
    // Port 9 (discard): nothing listens there, so the discovery document cannot be fetched.
    const nowhere = new AccessTokenVerifier({ ...settings, issuer: 'http://127.0.0.1:9/auth/realms/legal-hotline' });

    expect(await refusal(nowhere, agentToken)).toBe('AUTH.PROVIDER_UNREACHABLE');
  });
});
