import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { asUser, http, signedPartnerHeaders, startTestService, type PartnerCredentials, type TestService } from '@legal-hotline/testing';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import { SecretCipher } from '../src/signing/domain/secret-cipher.js';
import { SecretsKeyCheck } from '../src/signing/secrets-key.check.js';

// A small throttle window, so the test can also see it lift.
const ENV = { EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'), PARTNER_AUTH_FAILURE_LIMIT: '10', PARTNER_AUTH_FAILURE_WINDOW_SECONDS: '10' };

interface ErrorAnswer {
  statusCode: number;
  errors: { field: string | null; code: string; description: string }[];
}
type Answer = ErrorAnswer & {
  keyId: string;
  secret: string;
  partnerCode: string;
  createdAt: string;
  newlyRevoked: boolean;
  items: { keyId: string; status: string; createdBy: unknown; revokedBy: unknown; lastUsedAt: string | null }[];
};

describe('hotline exchange: partner keys', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let asAdmin: Record<string, string>;

  const admin = (method: string, path: string, headers: Record<string, string> = asAdmin) =>
    http<Answer>(method, `${svc.url}/api/v1/admin/partners${path}`, undefined, headers);
  const issue = async (code: string): Promise<PartnerCredentials> => {
    const answer = await admin('POST', `/${code}/keys`);
    expect(answer.status).toBe(201);
    return { keyId: answer.body.keyId, secret: answer.body.secret };
  };
  /** A signed read of the partner's feed: the smallest request a key can authenticate. */
  const poll = (key: PartnerCredentials, changes: Record<string, string> = {}) =>
    http<Answer>('GET', `${svc.url}/api/v1/partner/tickets?limit=1`, undefined, {
      ...signedPartnerHeaders(key),
      ...changes,
    });
  const impostorOf = (key: PartnerCredentials): PartnerCredentials => ({ keyId: key.keyId, secret: `whsec_${randomBytes(32).toString('base64')}` });

  beforeAll(async () => {
    svc = await startTestService(hotlineExchangeService, { env: ENV });
    asAdmin = await asUser('exchange.admin');
  }, 60_000);

  afterAll(async () => {
    await svc?.stop();
  }, 60_000);

  it('issues a key through the admin API whose secret is shown once, which signs requests, and which revoking stops at once', async () => {
    const issued = await admin('POST', '/110/keys');
    expect(issued.status).toBe(201);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    expect(issued.body).toEqual({
      partnerCode: '110',
      keyId: expect.stringMatching(/^[\w-]{12}$/),
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      createdAt: expect.any(String),
    });
    const key = { keyId: issued.body.keyId, secret: issued.body.secret };

    expect((await poll(key)).status).toBe(200);
    const listed = await admin('GET', '/110/keys');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ keyId: key.keyId, status: 'active', createdBy: expect.objectContaining({ organisationId: 'justice-gd' }), lastUsedAt: expect.any(String) }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(key.secret.slice(6));
    const [stored] = await svc.database.query<{ sealed: string }>('SELECT encode(sealed_secret, $1) AS sealed FROM partner_api_keys WHERE key_id = $2', ['escape', key.keyId]);
    expect(stored!.sealed).not.toContain('whsec_');

    const revoked = await admin('POST', `/110/keys/${key.keyId}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ keyId: key.keyId, partnerCode: '110', newlyRevoked: true });
    const refused = await poll(key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_AUTH.KEY_REVOKED' })]);
    expect((await admin('POST', `/110/keys/${key.keyId}/revoke`)).body).toMatchObject({ newlyRevoked: false });
    expect((await admin('GET', '/110/keys')).body.items).toEqual([
      expect.objectContaining({ keyId: key.keyId, status: 'revoked', revokedBy: expect.objectContaining({ organisationId: 'justice-gd' }) }),
    ]);
  });

  it('lets a partner hold two active keys, both working, so it can switch without downtime; a third waits for a revocation', async () => {
    const [older, newer] = [await issue('12345'), await issue('12345')];
    expect((await poll(older)).status).toBe(200);
    expect((await poll(newer)).status).toBe(200);

    const third = await admin('POST', '/12345/keys');
    expect(third.status).toBe(409);
    expect(third.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_KEY.TOO_MANY_ACTIVE' })]);

    expect((await admin('POST', `/12345/keys/${older.keyId}/revoke`)).status).toBe(200);
    expect((await poll(older)).status).toBe(401);
    expect((await poll(newer)).status).toBe(200);
    expect((await admin('POST', '/12345/keys')).status).toBe(201);
  });

  it("answers a key of another partner, or no key, as unknown (404), and a malformed key id with 400", async () => {
    const police = await issue('110');
    for (const path of [`/12355/keys/${police.keyId}/revoke`, '/12355/keys/abcdefghijkl/revoke']) {
      const answer = await admin('POST', path);
      expect(answer.status).toBe(404);
      expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_KEY.NOT_FOUND', field: 'keyId' })]);
    }
    expect((await poll(police)).status).toBe(200);
    const malformed = await admin('POST', '/110/keys/not-a-key/revoke');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'keyId' })]);
    const unknownPartner = await admin('POST', '/119/keys');
    expect(unknownPartner.status).toBe(400);
    expect(unknownPartner.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it.each([
    ['no token', 401, 'AUTH.TOKEN_MISSING', async () => ({})],
    ["a hotline agent's token", 403, 'AUTH.ROLE_MISSING', () => asUser('agent.gd')],
    ["a supervisor's token", 403, 'AUTH.ROLE_MISSING', () => asUser('supervisor.gd')],
  ])('answers %s with %d %s on every key route, issuing and revoking nothing', async (_, status, code, headers) => {
    const key = await issue('12368');
    const answers = await Promise.all([
      admin('POST', '/12368/keys', await headers()),
      admin('GET', '/12368/keys', await headers()),
      admin('POST', `/12368/keys/${key.keyId}/revoke`, await headers()),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(status);
      expect(answer.body.errors).toEqual([expect.objectContaining({ code })]);
    }
    expect((await poll(key)).status).toBe(200);
    expect((await admin('POST', `/12368/keys/${key.keyId}/revoke`)).status).toBe(200);
  });

  it('refuses a key id with too many failed authentications (429 with Retry-After), even correctly signed, until the window has passed', async () => {
    const key = await issue('12355');
    const other = await issue('12355');
    const failures = await Promise.all(Array.from({ length: 10 }, () => poll(impostorOf(key))));
    expect(failures.map((f) => f.status)).toEqual(Array(10).fill(401));

    const throttled = await poll(key);
    expect(throttled.status).toBe(429);
    expect(throttled.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_AUTH.TOO_MANY_FAILURES', field: 'X-Partner-Key-Id' })]);
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    // Throttling is per key id: the partner's other key works meanwhile.
    expect((await poll(other)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, (retryAfter + 1) * 1000));
    expect((await poll(key)).status).toBe(200);
  });

  it('checks at start-up that EXCHANGE_SECRETS_KEY opens the stored secrets, so a changed key stops the service instead of every request', async () => {
    await issue('12368');
    const withAnotherKey = new SecretsKeyCheck(svc.dataSource, SecretCipher.fromHex(randomBytes(32).toString('hex')));
    await expect(withAnotherKey.onApplicationBootstrap()).rejects.toThrow(/EXCHANGE_SECRETS_KEY does not open the secrets stored in partner_api_keys/);
    await expect(svc.app.get(SecretsKeyCheck).onApplicationBootstrap()).resolves.toBeUndefined();
  });

  it('throttles guessed key ids that name no key as well', async () => {
    const guessed = { keyId: randomUUID().replaceAll('-', '').slice(0, 12), secret: `whsec_${randomBytes(32).toString('base64')}` };
    for (let i = 0; i < 10; i += 1) expect((await poll(guessed)).status).toBe(401);
    expect((await poll(guessed)).status).toBe(429);
  });
});
