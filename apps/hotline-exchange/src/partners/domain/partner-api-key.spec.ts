import { describe, expect, it } from '@jest/globals';
import {
  authenticatePartner,
  generatePartnerKey,
  hashKeySecret,
  keySecretMatches,
  parsePartnerKey,
  presentedKeyText,
  type StoredKey,
} from './partner-api-key.js';

const storedFor = (key: { keyId: string; secretHash: string }, overrides: Partial<StoredKey> = {}): StoredKey => ({
  keyId: key.keyId,
  partnerCode: '110',
  partnerName: '110报警服务台',
  partnerStatus: 'active',
  secretHash: key.secretHash,
  revokedAt: null,
  ...overrides,
});

describe(generatePartnerKey.name, () => {
  it('makes a <keyId>.<secret> key with a 12-character id and a 32-byte secret, and keeps only its hash', () => {
    const sut = generatePartnerKey();
    expect(sut.key).toMatch(/^[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(sut.secret, 'base64url')).toHaveLength(32);
    expect(sut.secretHash).toBe(hashKeySecret(sut.secret));
    expect(sut.secretHash).not.toContain(sut.secret);
  });

  it('never makes the same key twice', () => {
    expect(generatePartnerKey().key).not.toBe(generatePartnerKey().key);
  });
});

describe(parsePartnerKey.name, () => {
  it('splits a key into id and secret', () => {
    const { key, keyId, secret } = generatePartnerKey();
    expect(parsePartnerKey(key)).toEqual({ keyId, secret });
  });

  it.each([
    ['no separator', 'abcdefghijkl'],
    ['a short id', 'abc.' + 'x'.repeat(43)],
    ['a short secret', 'abcdefghijkl.' + 'x'.repeat(42)],
    ['characters outside base64url', 'abcdefghijkl.' + '+'.repeat(43)],
    ['two separators', 'abcdefghijkl.' + 'x'.repeat(43) + '.x'],
    ['an absurdly long secret', 'abcdefghijkl.' + 'x'.repeat(129)],
  ])('refuses %s', (_, text) => {
    expect(parsePartnerKey(text)).toBeNull();
  });
});

describe(keySecretMatches.name, () => {
  it('accepts the secret whose hash is stored and nothing else', () => {
    const { secret, secretHash } = generatePartnerKey();
    expect(keySecretMatches(secret, secretHash)).toBe(true);
    expect(keySecretMatches(generatePartnerKey().secret, secretHash)).toBe(false);
  });

  it('refuses a damaged stored hash instead of throwing', () => {
    expect(keySecretMatches(generatePartnerKey().secret, 'abc')).toBe(false);
  });
});

describe(presentedKeyText.name, () => {
  it('reads a Bearer token, whatever the scheme case', () => {
    expect(presentedKeyText({ authorization: 'bearer abc.def' })).toBe('abc.def');
  });

  it('reads X-Api-Key', () => {
    expect(presentedKeyText({ 'x-api-key': ' abc.def ' })).toBe('abc.def');
  });

  it('prefers the Bearer token when both are sent', () => {
    expect(presentedKeyText({ authorization: 'Bearer one', 'x-api-key': 'two' })).toBe('one');
  });

  it('finds no key in another Authorization scheme or in empty headers', () => {
    expect(presentedKeyText({ authorization: 'Basic dXNlcjpwYXNz' })).toBeNull();
    expect(presentedKeyText({ 'x-api-key': '' })).toBeNull();
    expect(presentedKeyText({})).toBeNull();
  });
});

describe(authenticatePartner.name, () => {
  const issued = generatePartnerKey();

  it('authenticates the partner of a valid key', () => {
    expect(authenticatePartner(issued.key, storedFor(issued))).toEqual({ code: '110', name: '110报警服务台', keyId: issued.keyId });
  });

  it('asks for a key when none is presented (401)', () => {
    expect(() => authenticatePartner(null, null)).toThrow(expect.objectContaining({ code: 'AUTH.MISSING_KEY', kind: 'unauthorized' }));
  });

  it.each([
    ['malformed', 'not-a-key', storedFor(issued)],
    ['unknown', issued.key, null],
    ['wrong secret', `${issued.keyId}.${generatePartnerKey().secret}`, storedFor(issued)],
  ])('refuses a %s key as invalid (403)', (_, text, stored) => {
    expect(() => authenticatePartner(text, stored)).toThrow(expect.objectContaining({ code: 'AUTH.INVALID_KEY', kind: 'forbidden' }));
  });

  it('says a key is revoked only to whoever holds its secret', () => {
    const revoked = storedFor(issued, { revokedAt: new Date('2026-11-23T00:00:00Z') });
    expect(() => authenticatePartner(issued.key, revoked)).toThrow(expect.objectContaining({ code: 'AUTH.REVOKED_KEY', kind: 'forbidden' }));
    expect(() => authenticatePartner(`${issued.keyId}.${generatePartnerKey().secret}`, revoked)).toThrow(
      expect.objectContaining({ code: 'AUTH.INVALID_KEY' }),
    );
  });

  it('refuses the keys of a suspended partner', () => {
    expect(() => authenticatePartner(issued.key, storedFor(issued, { partnerStatus: 'suspended' }))).toThrow(
      expect.objectContaining({ code: 'AUTH.PARTNER_SUSPENDED', kind: 'forbidden' }),
    );
  });
});
