import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AccessTokenVerifier, InvalidTokenError, type AuthSettings } from '../src/index.js';
import { LoopbackProvider, type SigningKey } from './loopback-provider.js';

const COOLDOWN_SECONDS = 1;

function settingsFor(provider: LoopbackProvider, overrides: Partial<AuthSettings> = {}): AuthSettings {
  return {
    issuer: provider.issuer,
    audience: 'legal-hotline-api',
    rolesClaim: 'realm_access.roles',
    organisationClaim: 'org_id',
    organisationNameClaim: 'org_name',
    areaClaim: 'area',
    nameClaim: 'name',
    clockToleranceSeconds: 30,
    jwksCooldownSeconds: COOLDOWN_SECONDS,
    ...overrides,
  };
}

async function refusal(verifier: AccessTokenVerifier, token: string): Promise<string> {
  const error = await verifier.verify(token).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof InvalidTokenError)) throw new Error(`expected the token to be refused, got ${String(error)}`);
  return error.code;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const now = () => Math.floor(Date.now() / 1000);

describe(`${AccessTokenVerifier.name} with a provider that rotates keys, issues expired tokens and goes down`, () => {
  let provider: LoopbackProvider;
  let current: SigningKey;

  beforeEach(async () => {
    provider = await LoopbackProvider.start();
    current = await LoopbackProvider.newKey();
    provider.publish(current);
  });

  afterEach(async () => {
    await provider.stop().catch(() => undefined);
  });

  describe('key rotation', () => {
    it('accepts a token signed with a key it has not seen once the provider publishes that key (unknown kid: JWKS fetched again)', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));
      await sut.verify(await provider.sign(current));
      expect(provider.jwksFetches).toBe(1);

      const next = await LoopbackProvider.newKey();
      provider.publish(current, next);
      await pause(COOLDOWN_SECONDS * 1000 + 100);
      const principal = await sut.verify(await provider.sign(next, { sub: 'after-rotation' }));

      expect(principal.subject).toBe('after-rotation');
      expect(provider.jwksFetches).toBe(2);
      // The previous key stays trusted while the provider still lists it.
      await expect(sut.verify(await provider.sign(current))).resolves.toMatchObject({ subject: 'loopback-user' });
      expect(provider.jwksFetches).toBe(2);
    });

    it('refuses tokens of a retired key once the key set has been fetched again', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));
      const oldToken = await provider.sign(current);
      await sut.verify(oldToken);

      const next = await LoopbackProvider.newKey();
      provider.publish(next);
      await pause(COOLDOWN_SECONDS * 1000 + 100);
      await sut.verify(await provider.sign(next));

      expect(await refusal(sut, oldToken)).toBe('AUTH.TOKEN_INVALID');
    });

    it('does not let tokens with invented key ids make every request fetch the key set', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));
      await sut.verify(await provider.sign(current));

      const codes = await Promise.all(
        Array.from({ length: 20 }, async () => refusal(sut, await provider.sign({ ...current, kid: randomUUID() }))),
      );

      expect(new Set(codes)).toEqual(new Set(['AUTH.TOKEN_INVALID']));
      expect(provider.jwksFetches).toBeLessThanOrEqual(2);
    });

    it('refuses a token signed with an unpublished key that claims a published key id', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));
      const impostor = await LoopbackProvider.newKey();

      expect(await refusal(sut, await provider.sign({ ...impostor, kid: current.kid }))).toBe('AUTH.TOKEN_INVALID');
    });
  });

  describe('expiry and time claims', () => {
    it('refuses an expired token with AUTH.TOKEN_EXPIRED when no leeway is allowed', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider, { clockToleranceSeconds: 0 }));

      expect(await refusal(sut, await provider.sign(current, { iat: now() - 310, exp: now() - 10 }))).toBe(
        'AUTH.TOKEN_EXPIRED',
      );
    });

    it('accepts a token that expired within the configured leeway, and not beyond it', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider, { clockToleranceSeconds: 30 }));

      await expect(sut.verify(await provider.sign(current, { exp: now() - 10 }))).resolves.toMatchObject({
        subject: 'loopback-user',
      });
      expect(await refusal(sut, await provider.sign(current, { exp: now() - 60 }))).toBe('AUTH.TOKEN_EXPIRED');
    });

    it('refuses a token that is not valid yet (nbf in the future)', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider, { clockToleranceSeconds: 0 }));

      expect(await refusal(sut, await provider.sign(current, { nbf: now() + 120 }))).toBe('AUTH.TOKEN_INVALID');
    });

    it('refuses a token without an expiry or without a subject', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));

      expect(await refusal(sut, await provider.sign(current, { exp: undefined }))).toBe('AUTH.TOKEN_INVALID');
      expect(await refusal(sut, await provider.sign(current, { sub: undefined }))).toBe('AUTH.TOKEN_INVALID');
    });

    it('refuses a token of another issuer signed with a trusted key', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));

      expect(await refusal(sut, await provider.sign(current, { iss: 'http://127.0.0.1:1/realms/elsewhere' }))).toBe(
        'AUTH.TOKEN_INVALID',
      );
    });
  });

  describe('a provider that is down', () => {
    it('answers AUTH.PROVIDER_UNREACHABLE while the provider refuses connections, and accepts tokens once it is back', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));
      const token = await provider.sign(current);
      await provider.stop();

      expect(await refusal(sut, token)).toBe('AUTH.PROVIDER_UNREACHABLE');
      expect(await refusal(sut, token)).toBe('AUTH.PROVIDER_UNREACHABLE');

      await provider.restart();
      await expect(sut.verify(token)).resolves.toMatchObject({ subject: 'loopback-user' });
    });

    it('answers AUTH.PROVIDER_UNREACHABLE while the key set answers 503, and recovers', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider, { jwksUrl: provider.jwksUrl }));
      const token = await provider.sign(current);
      provider.failWith = 503;

      expect(await refusal(sut, token)).toBe('AUTH.PROVIDER_UNREACHABLE');

      provider.failWith = null;
      await expect(sut.verify(token)).resolves.toMatchObject({ subject: 'loopback-user' });
    });

    it('keeps accepting tokens of keys it already holds while the provider is down', async () => {
      const sut = new AccessTokenVerifier(settingsFor(provider));
      await sut.verify(await provider.sign(current));
      await provider.stop();

      await expect(sut.verify(await provider.sign(current, { sub: 'during-outage' }))).resolves.toMatchObject({
        subject: 'during-outage',
      });
    });
  });
});
