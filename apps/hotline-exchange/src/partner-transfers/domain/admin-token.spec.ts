import { describe, expect, it } from '@jest/globals';
import { authorizeAdmin, bearerTokenOf } from './admin-token.js';

const token = 'a'.repeat(40);

describe(authorizeAdmin.name, () => {
  it('admits the configured token', () => {
    expect(() => authorizeAdmin(token, token)).not.toThrow();
  });

  it('refuses everything when no token is configured (403 ADMIN.DISABLED)', () => {
    expect(() => authorizeAdmin(null, token)).toThrow(expect.objectContaining({ code: 'ADMIN.DISABLED', kind: 'forbidden' }));
  });

  it('refuses a request without a token (403 ADMIN.MISSING_TOKEN)', () => {
    expect(() => authorizeAdmin(token, null)).toThrow(expect.objectContaining({ code: 'ADMIN.MISSING_TOKEN', kind: 'forbidden' }));
  });

  it.each([['another token', 'b'.repeat(40)], ['a prefix of it', token.slice(0, 20)], ['a longer one', `${token}x`]])('refuses %s (403 ADMIN.INVALID_TOKEN)', (_, presented) => {
    expect(() => authorizeAdmin(token, presented)).toThrow(expect.objectContaining({ code: 'ADMIN.INVALID_TOKEN', kind: 'forbidden' }));
  });
});

describe(bearerTokenOf.name, () => {
  it('reads a Bearer token, whatever the scheme case', () => {
    expect(bearerTokenOf({ authorization: 'bearer abc' })).toBe('abc');
  });

  it('finds none in another scheme, an empty header or no header', () => {
    expect(bearerTokenOf({ authorization: 'Basic dXNlcjpwYXNz' })).toBeNull();
    expect(bearerTokenOf({ authorization: 'Bearer ' })).toBeNull();
    expect(bearerTokenOf({})).toBeNull();
  });
});
