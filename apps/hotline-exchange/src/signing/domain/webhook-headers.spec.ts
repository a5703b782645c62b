import { describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret } from './standard-webhooks.js';
import { webhookHeaders } from './webhook-headers.js';

const transferId = '22222222-2222-4222-8222-222222222201';
const body = JSON.stringify({ messageId: transferId, summary: '来电人称老板欠薪' });

describe(webhookHeaders.name, () => {
  it('sends JSON with the message id (here a transfer id) as webhook-id and Idempotency-Key, signed so the Webhook class verifies it', () => {
    const secret = generateWebhookSecret();
    const sut = webhookHeaders({ messageId: transferId, body, attemptedAt: new Date(), secrets: [secret] });
    expect(sut).toMatchObject({ 'content-type': 'application/json', 'idempotency-key': transferId, 'webhook-id': transferId });
    expect(sut).not.toHaveProperty('x-signature');
    expect(new Webhook(secret).verify(body, sut)).toEqual(JSON.parse(body));
  });

  it('signs with every active secret, so either verifies while the partner switches', () => {
    const [older, newer] = [generateWebhookSecret(), generateWebhookSecret()];
    const sut = webhookHeaders({ messageId: transferId, body, attemptedAt: new Date(), secrets: [older, newer] });
    expect(sut['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => new Webhook(older).verify(body, sut)).not.toThrow();
    expect(() => new Webhook(newer).verify(body, sut)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, sut)).toThrow();
  });

  it('stamps each attempt with its own time, so a captured attempt goes stale', () => {
    const secret = generateWebhookSecret();
    const first = webhookHeaders({ messageId: transferId, body, attemptedAt: new Date('2026-11-24T03:00:00Z'), secrets: [secret] });
    const retry = webhookHeaders({ messageId: transferId, body, attemptedAt: new Date('2026-11-24T03:05:00Z'), secrets: [secret] });
    expect(retry['webhook-id']).toBe(first['webhook-id']);
    expect(Number(retry['webhook-timestamp']) - Number(first['webhook-timestamp'])).toBe(300);
    expect(retry['webhook-signature']).not.toBe(first['webhook-signature']);
    expect(() => new Webhook(secret).verify(body, first)).toThrow(/too old/);
  });
});
