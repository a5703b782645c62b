import { describe, expect, it } from '@jest/globals';
import { fingerprintOf, normalisedPhone, phoneHashOf } from './caller-fingerprint.js';

const KEY = 'test-key-of-at-least-thirty-two-characters';

describe(normalisedPhone.name, () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['0757-83001234', '075783001234'],
  ])('reads %s as %s', (given, expected) => {
    expect(normalisedPhone(given)).toBe(expected);
  });
});

describe(fingerprintOf.name, () => {
  const sut = fingerprintOf;

  it('gives the same caller the same hashes however the number is written', () => {
    expect(sut({ phone: '+86 138-1234-5678', idNumber: '11010519491231002x' }, KEY)).toEqual(sut({ phone: '13812345678', idNumber: '11010519491231002X' }, KEY));
  });

  it('is keyed: another key gives other hashes, and neither contains the number', () => {
    const a = sut({ phone: '13812345678', idNumber: '440605199001011236' }, KEY);
    const b = sut({ phone: '13812345678', idNumber: '440605199001011236' }, `${KEY}-other`);
    expect(a.phoneHash).not.toBe(b.phoneHash);
    expect(a.idNumberHash).not.toBe(b.idNumberHash);
    expect(a.phoneHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(a)).not.toContain('13812345678');
  });

  it('keeps phone and ID number apart, and has no ID hash without an ID number', () => {
    const fingerprint = sut({ phone: '440605199001011236', idNumber: '440605199001011236' }, KEY);
    expect(fingerprint.phoneHash).not.toBe(fingerprint.idNumberHash);
    expect(sut({ phone: '13812345678', idNumber: null }, KEY).idNumberHash).toBeNull();
  });
});

describe(phoneHashOf.name, () => {
  it('finds the fingerprint of the same number, however the searcher writes it', () => {
    const stored = fingerprintOf({ phone: '13812345678', idNumber: null }, KEY).phoneHash;
    expect(phoneHashOf('+86 138-1234-5678', KEY)).toBe(stored);
    expect(phoneHashOf('13812345679', KEY)).not.toBe(stored);
  });
});
