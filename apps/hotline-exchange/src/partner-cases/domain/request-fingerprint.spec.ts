import { describe, expect, it } from '@jest/globals';
import { canonicalJson, requestFingerprint } from './request-fingerprint.js';

const aCase = () => ({
  partnerReference: '110-FS-20261123-0099',
  caller: { name: '陈大明', phone: '13812345678', language: 'yue', accessibilityNeeds: ['interpreter', 'wheelchair'] },
  regionCode: '440605011',
  flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  callerConsentToTransfer: true,
});

describe(requestFingerprint.name, () => {
  it('is the same for the same body with its keys in another order, at every level', () => {
    const body = aCase();
    const reordered = {
      callerConsentToTransfer: true,
      flags: { veteran: false, urgent: false, migrantWorkerWageClaim: true },
      regionCode: '440605011',
      caller: { accessibilityNeeds: ['interpreter', 'wheelchair'], language: 'yue', phone: '13812345678', name: '陈大明' },
      partnerReference: '110-FS-20261123-0099',
    };
    expect(requestFingerprint(reordered)).toBe(requestFingerprint(body));
  });

  it('is stable across runs (a stored fingerprint must still match after a restart)', () => {
    expect(requestFingerprint({ b: [1, { d: null, c: 'x' }], a: true })).toBe(
      'f124912702a4df295dd1287de9a38d9144a0910b9ffde3ff7be7b830370ad065',
    );
  });

  it('differs when any value differs', () => {
    const changed = aCase();
    changed.caller.phone = '13812345679';
    expect(requestFingerprint(changed)).not.toBe(requestFingerprint(aCase()));
  });

  it('differs when the partner names another responsible platform, or names one where it named none', () => {
    const gd = { ...aCase(), responsiblePlatform: '12348-gd' };
    expect(requestFingerprint({ ...aCase(), responsiblePlatform: '12348-gz' })).not.toBe(requestFingerprint(gd));
    expect(requestFingerprint(aCase())).not.toBe(requestFingerprint(gd));
    // Left out is the request as it was before the field existed: stored fingerprints still match.
    expect(requestFingerprint({ ...aCase(), responsiblePlatform: undefined })).toBe(requestFingerprint(aCase()));
  });

  it('keeps array order significant', () => {
    const reversed = aCase();
    reversed.caller.accessibilityNeeds.reverse();
    expect(requestFingerprint(reversed)).not.toBe(requestFingerprint(aCase()));
  });

  it('treats an absent member and an undefined one alike, but not null', () => {
    expect(requestFingerprint({ a: 1, b: undefined })).toBe(requestFingerprint({ a: 1 }));
    expect(requestFingerprint({ a: 1, b: null })).not.toBe(requestFingerprint({ a: 1 }));
  });

  it('reads class instances (validated DTOs) by their own members', () => {
    class Flags {
      urgent = true;
    }
    expect(requestFingerprint({ flags: new Flags() })).toBe(requestFingerprint({ flags: { urgent: true } }));
  });
});

describe(canonicalJson.name, () => {
  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ z: 1, a: { y: undefined, b: [3, 1] } })).toBe('{"a":{"b":[3,1]},"z":1}');
  });
});
