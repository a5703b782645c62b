import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, hasSignatureOf, isWebhookSecret, signatureHeaderOf, signatureOf, unixSeconds } from './standard-webhooks.js';

// The example of the Standard Webhooks specification.
const SPEC_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const SPEC_MESSAGE = {
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: new Date(1614265330 * 1000),
  body: '{"test": 2432232314}',
};

describe(signatureOf.name, () => {
  it('matches the example of the specification', () => {
    expect(signatureOf(SPEC_SECRET, SPEC_MESSAGE)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('is the HMAC-SHA256 of "{id}.{timestamp}.{body}" over the UTF-8 bytes, keyed with the decoded secret', () => {
    const body = JSON.stringify({ summary: '来电人称老板欠薪' });
    const key = Buffer.from(SPEC_SECRET.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${SPEC_MESSAGE.id}.1614265330.${body}`, 'utf8').digest('base64');
    expect(signatureOf(SPEC_SECRET, { ...SPEC_MESSAGE, body })).toBe(`v1,${expected}`);
    expect(signatureOf(SPEC_SECRET, { ...SPEC_MESSAGE, body: Buffer.from(body, 'utf8') })).toBe(`v1,${expected}`);
  });
});

describe(signatureHeaderOf.name, () => {
  it('sends one signature per secret, separated by spaces, each verifiable on its own by the Webhook class', () => {
    const [older, newer] = [generateWebhookSecret(), generateWebhookSecret()];
    const timestamp = new Date();
    const header = signatureHeaderOf([older, newer], { id: 'msg_1', timestamp, body: '{"a":1}' });
    expect(header.split(' ')).toHaveLength(2);
    for (const secret of [older, newer]) {
      const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(unixSeconds(timestamp)), 'webhook-signature': header };
      expect(new Webhook(secret).verify('{"a":1}', headers)).toEqual({ a: 1 });
    }
  });
});

describe(hasSignatureOf.name, () => {
  const secret = generateWebhookSecret();
  const message = { id: 'msg_1', timestamp: new Date(1_800_000_000_000), body: '{"a":1}' };

  it('finds the signature among others', () => {
    expect(hasSignatureOf(secret, message, ['v1,bm90IGl0', signatureOf(secret, message)])).toBe(true);
  });

  it.each([
    ['another body', { ...message, body: '{"a":2}' }],
    ['another id', { ...message, id: 'msg_2' }],
    ['another second', { ...message, timestamp: new Date(1_800_000_001_000) }],
  ])('refuses the signature of %s', (_, other) => {
    expect(hasSignatureOf(secret, other, [signatureOf(secret, message)])).toBe(false);
  });

  it('refuses the signature made with another secret, and no signature at all', () => {
    expect(hasSignatureOf(secret, message, [signatureOf(generateWebhookSecret(), message)])).toBe(false);
    expect(hasSignatureOf(secret, message, [])).toBe(false);
  });
});

describe(generateWebhookSecret.name, () => {
  it('makes a whsec_ secret of 32 random bytes', () => {
    const sut = generateWebhookSecret();
    expect(sut).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(sut.slice(6), 'base64')).toHaveLength(32);
    expect(isWebhookSecret(sut)).toBe(true);
    expect(generateWebhookSecret()).not.toBe(sut);
  });
});

describe(isWebhookSecret.name, () => {
  it.each([
    ['no prefix', Buffer.alloc(32, 1).toString('base64')],
    ['too few bytes', `whsec_${Buffer.alloc(16, 1).toString('base64')}`],
    ['too many bytes', `whsec_${Buffer.alloc(65, 1).toString('base64')}`],
    ['base64url characters', `whsec_${Buffer.alloc(32, 0xfb).toString('base64url')}`],
    ['spaces', `whsec_ ${Buffer.alloc(32, 1).toString('base64')}`],
  ])('refuses %s', (_, text) => {
    expect(isWebhookSecret(text)).toBe(false);
  });
});
