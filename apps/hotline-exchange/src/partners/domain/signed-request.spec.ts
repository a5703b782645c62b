import { describe, expect, it } from '@jest/globals';
import { generateWebhookSecret, signatureOf } from '../../signing/domain/standard-webhooks.js';
import { authenticateSignedRequest, readKeyId, readSignedRequest, replayed, type SignedRequest } from './signed-request.js';
import type { StoredKey } from './partner-key.js';

const secret = generateWebhookSecret();
const now = new Date('2026-11-23T02:00:00.000Z');
const policy = { now, toleranceSeconds: 300 };
const body = Buffer.from('{"partnerReference":"110-FS-1"}', 'utf8');

const stored = (overrides: Partial<StoredKey> = {}): StoredKey => ({
  keyId: 'AbCdEfGhIjKl',
  partnerCode: '110',
  partnerName: '110报警服务台',
  partnerStatus: 'active',
  secret,
  revokedAt: null,
  ...overrides,
});

function signed(overrides: { secret?: string; signedAt?: Date; body?: Uint8Array } = {}): SignedRequest {
  const signedAt = overrides.signedAt ?? now;
  const signature = signatureOf(overrides.secret ?? secret, { id: 'msg_1', timestamp: signedAt, body: overrides.body ?? body });
  return { keyId: 'AbCdEfGhIjKl', messageId: 'msg_1', signedAt, signatures: [signature] };
}

const headers = (overrides: Record<string, string | undefined> = {}) => ({
  'webhook-id': 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
  'webhook-timestamp': '1795312800',
  'webhook-signature': `v1,${Buffer.alloc(32, 7).toString('base64')}`,
  ...overrides,
});

describe(readKeyId.name, () => {
  it('reads X-Partner-Key-Id', () => {
    expect(readKeyId({ 'x-partner-key-id': 'AbCdEfGhIjKl' })).toBe('AbCdEfGhIjKl');
  });

  it.each([
    ['missing', undefined, 'PARTNER_AUTH.MISSING_HEADER'],
    ['empty', '', 'PARTNER_AUTH.MISSING_HEADER'],
    ['too short', 'abc', 'PARTNER_AUTH.MALFORMED_HEADER'],
    ['not url-safe', 'AbCdEfGhIj+/', 'PARTNER_AUTH.MALFORMED_HEADER'],
    ['an old bearer key', `AbCdEfGhIjKl.${'x'.repeat(43)}`, 'PARTNER_AUTH.MALFORMED_HEADER'],
  ])('refuses a key id %s (401, naming the header)', (_, value, code) => {
    expect(() => readKeyId({ 'x-partner-key-id': value })).toThrow(expect.objectContaining({ code, kind: 'unauthorized', field: 'X-Partner-Key-Id' }));
  });
});

describe(readSignedRequest.name, () => {
  it('reads id, time and the v1 signatures, ignoring other versions', () => {
    const sut = readSignedRequest(headers({ 'webhook-signature': `v1a,c29tZXRoaW5n v1,${Buffer.alloc(32, 7).toString('base64')}` }), 'AbCdEfGhIjKl');
    expect(sut).toEqual({
      keyId: 'AbCdEfGhIjKl',
      messageId: 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
      signedAt: new Date(1795312800 * 1000),
      signatures: [`v1,${Buffer.alloc(32, 7).toString('base64')}`],
    });
  });

  it.each([
    ['no webhook-id', { 'webhook-id': undefined }, 'PARTNER_AUTH.MISSING_HEADER', 'webhook-id'],
    ['no webhook-timestamp', { 'webhook-timestamp': undefined }, 'PARTNER_AUTH.MISSING_HEADER', 'webhook-timestamp'],
    ['no webhook-signature', { 'webhook-signature': undefined }, 'PARTNER_AUTH.MISSING_HEADER', 'webhook-signature'],
    ['a dot in the id', { 'webhook-id': 'msg.1' }, 'PARTNER_AUTH.MALFORMED_HEADER', 'webhook-id'],
    ['an overlong id', { 'webhook-id': 'm'.repeat(101) }, 'PARTNER_AUTH.MALFORMED_HEADER', 'webhook-id'],
    ['a timestamp in milliseconds with a fraction', { 'webhook-timestamp': '1795312800.5' }, 'PARTNER_AUTH.MALFORMED_HEADER', 'webhook-timestamp'],
    ['an ISO timestamp', { 'webhook-timestamp': '2026-11-23T02:00:00Z' }, 'PARTNER_AUTH.MALFORMED_HEADER', 'webhook-timestamp'],
    ['a hex signature', { 'webhook-signature': 'sha256=abcdef' }, 'PARTNER_AUTH.MALFORMED_HEADER', 'webhook-signature'],
    ['a short v1 signature', { 'webhook-signature': 'v1,abc=' }, 'PARTNER_AUTH.MALFORMED_HEADER', 'webhook-signature'],
  ])('refuses %s (401, naming the header)', (_, overrides, code, field) => {
    expect(() => readSignedRequest(headers(overrides), 'AbCdEfGhIjKl')).toThrow(expect.objectContaining({ code, kind: 'unauthorized', field }));
  });
});

describe(authenticateSignedRequest.name, () => {
  it('authenticates the partner whose key signed id, time and exact body', () => {
    expect(authenticateSignedRequest(signed(), body, stored(), policy)).toEqual({ code: '110', name: '110报警服务台', keyId: 'AbCdEfGhIjKl' });
  });

  it('accepts a signing time anywhere within the tolerance, either way', () => {
    for (const offset of [-300_000, 300_000]) {
      const signedAt = new Date(now.getTime() + offset);
      expect(authenticateSignedRequest(signed({ signedAt }), body, stored(), policy)).toMatchObject({ code: '110' });
    }
  });

  it.each([
    ['stale', -301_000, /301 s old/],
    ['from the future', 301_000, /301 s in the future/],
  ])('refuses a %s timestamp before looking at the signature (401)', (_, offset, message) => {
    const request = signed({ signedAt: new Date(now.getTime() + offset) });
    expect(() => authenticateSignedRequest(request, body, stored(), policy)).toThrow(
      expect.objectContaining({ code: 'PARTNER_AUTH.TIMESTAMP_OUTSIDE_WINDOW', kind: 'unauthorized', field: 'webhook-timestamp', message: expect.stringMatching(message) }),
    );
  });

  it.each([
    ['another body', () => authenticateSignedRequest(signed(), Buffer.from('{"partnerReference":"110-FS-2"}'), stored(), policy)],
    ['the same JSON written differently', () => authenticateSignedRequest(signed(), Buffer.from('{ "partnerReference": "110-FS-1" }'), stored(), policy)],
    ['another secret', () => authenticateSignedRequest(signed({ secret: generateWebhookSecret() }), body, stored(), policy)],
    ['an unknown key', () => authenticateSignedRequest(signed(), body, null, policy)],
    ['a key of the former scheme, with no secret', () => authenticateSignedRequest(signed(), body, stored({ secret: null }), policy)],
    ['no v1 signature', () => authenticateSignedRequest({ ...signed(), signatures: [] }, body, stored(), policy)],
  ])('refuses a signature over %s as invalid (401)', (_, attempt) => {
    expect(attempt).toThrow(expect.objectContaining({ code: 'PARTNER_AUTH.INVALID_SIGNATURE', kind: 'unauthorized', field: 'webhook-signature' }));
  });

  it('accepts any of several signatures, e.g. while the partner changes keys', () => {
    const request = { ...signed(), signatures: [...signed({ secret: generateWebhookSecret() }).signatures, ...signed().signatures] };
    expect(authenticateSignedRequest(request, body, stored(), policy)).toMatchObject({ code: '110' });
  });

  it('says a key is revoked only to whoever signs with its secret', () => {
    const revoked = stored({ revokedAt: new Date('2026-11-22T00:00:00Z') });
    expect(() => authenticateSignedRequest(signed(), body, revoked, policy)).toThrow(expect.objectContaining({ code: 'PARTNER_AUTH.KEY_REVOKED', kind: 'unauthorized' }));
    expect(() => authenticateSignedRequest(signed({ secret: generateWebhookSecret() }), body, revoked, policy)).toThrow(
      expect.objectContaining({ code: 'PARTNER_AUTH.INVALID_SIGNATURE' }),
    );
  });

  it('refuses a suspended partner that signed correctly (403), without counting it as a failed authentication', () => {
    let refusal: unknown;
    try {
      authenticateSignedRequest(signed(), body, stored({ partnerStatus: 'suspended' }), policy);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'PARTNER_AUTH.PARTNER_SUSPENDED', kind: 'forbidden', countsAsFailure: false });
  });
});

describe(replayed.name, () => {
  it('is a 409 naming webhook-id that counts as a failed authentication', () => {
    expect(replayed(signed())).toMatchObject({ code: 'PARTNER_AUTH.REPLAYED', kind: 'conflict', field: 'webhook-id', countsAsFailure: true });
  });
});
