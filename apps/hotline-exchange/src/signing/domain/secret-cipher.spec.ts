import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SecretCipher, SecretCipherError } from './secret-cipher.js';

const aKey = () => randomBytes(32).toString('hex');

describe(SecretCipher.name, () => {
  const sut = SecretCipher.fromHex(aKey());

  it('opens what it sealed under the same context', () => {
    const sealed = sut.seal('whsec_c2VjcmV0', 'partner-key:abc');
    expect(sut.open(sealed, 'partner-key:abc')).toBe('whsec_c2VjcmV0');
  });

  it('never stores the secret in clear, and seals the same secret differently each time', () => {
    const first = sut.seal('whsec_c2VjcmV0', 'partner-key:abc');
    expect(first.toString('latin1')).not.toContain('whsec_');
    expect(sut.seal('whsec_c2VjcmV0', 'partner-key:abc').equals(first)).toBe(false);
  });

  it('refuses a sealed secret moved to another record', () => {
    const sealed = sut.seal('whsec_c2VjcmV0', 'partner-key:abc');
    expect(() => sut.open(sealed, 'partner-key:xyz')).toThrow(SecretCipherError);
  });

  it('refuses an altered or truncated one, and one sealed under another key', () => {
    const sealed = sut.seal('whsec_c2VjcmV0', 'partner-key:abc');
    const altered = Buffer.from(sealed);
    altered[14] = altered[14]! ^ 1;
    expect(() => sut.open(altered, 'partner-key:abc')).toThrow(SecretCipherError);
    expect(() => sut.open(sealed.subarray(0, 20), 'partner-key:abc')).toThrow(SecretCipherError);
    expect(() => SecretCipher.fromHex(aKey()).open(sealed, 'partner-key:abc')).toThrow(SecretCipherError);
  });

  it.each([['too short', 'abcd'], ['not hexadecimal', 'z'.repeat(64)], ['too long', 'a'.repeat(66)]])('refuses a key %s', (_, hex) => {
    expect(() => SecretCipher.fromHex(hex)).toThrow(SecretCipherError);
  });
});
