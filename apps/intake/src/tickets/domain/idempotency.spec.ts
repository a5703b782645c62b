import { describe, expect, it } from '@jest/globals';
import { canonicalJson, isIdempotencyKey, requestHashOf, retryOutcome } from './idempotency.js';

describe(isIdempotencyKey.name, () => {
  it.each(['a', '3f0b6c1e-8a2d-4c5b-9e7f-0a1b2c3d4e5f', 'x'.repeat(200), 'retry:2026-11-23#1'])('accepts %j', (key) => {
    expect(isIdempotencyKey(key)).toBe(true);
  });

  it.each(['', 'x'.repeat(201), 'with space', 'tab\there', '重试', 'zero\u200bwidth'])('refuses %j', (key) => {
    expect(isIdempotencyKey(key)).toBe(false);
  });
});

describe(canonicalJson.name, () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('leaves out undefined fields, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});

describe(requestHashOf.name, () => {
  it('gives the same body the same hash whatever the key order', () => {
    expect(requestHashOf({ summary: '欠薪', caller: { name: '陈大明', phone: '13812345678' } })).toBe(
      requestHashOf({ caller: { phone: '13812345678', name: '陈大明' }, summary: '欠薪' }),
    );
  });

  it('tells bodies apart that differ in one value', () => {
    expect(requestHashOf({ summary: '欠薪' })).not.toBe(requestHashOf({ summary: '欠薪。' }));
  });
});

describe(retryOutcome.name, () => {
  it('replays the first answer for the same body and refuses another body under the same key', () => {
    expect(retryOutcome({ requestHash: 'h1' }, 'h1')).toBe('replay');
    expect(retryOutcome({ requestHash: 'h1' }, 'h2')).toBe('key-reused');
  });
});
