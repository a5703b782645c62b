import { describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { SeenMessageIds, signedRequestHeaders, verifyWebhook } from './signing.js';

const secret = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
const next = `whsec_${Buffer.alloc(32, 4).toString('base64')}`;
const now = new Date('2026-11-24T03:00:00.000Z');
const body = JSON.stringify({ type: 'transfer.requested', summary: '来电人称老板欠薪' });

/** Headers the platform would send, signed with `secrets` at `signedAt`. */
function delivered(secrets: string[], signedAt: Date = now, id = 'a7b1c2d3-0000-4000-8000-000000000001') {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, signedAt, body)).join(' '),
  };
}

describe(verifyWebhook.name, () => {
  const policy = { now, toleranceSeconds: 300 };

  it('accepts a webhook signed with the delivery secret over this exact body', () => {
    expect(verifyWebhook(delivered([secret]), body, [secret], policy)).toEqual({ ok: true, messageId: 'a7b1c2d3-0000-4000-8000-000000000001', signedAt: now });
    expect(verifyWebhook(delivered([secret]), Buffer.from(body, 'utf8'), [secret], policy).ok).toBe(true);
  });

  it('accepts either secret while one replaces the other: the platform signs with both, the partner may hold either', () => {
    expect(verifyWebhook(delivered([secret, next]), body, [next], policy).ok).toBe(true);
    expect(verifyWebhook(delivered([next]), body, [secret, next], policy).ok).toBe(true);
  });

  it('refuses another body, another secret and no v1 signature', () => {
    expect(verifyWebhook(delivered([secret]), body.replace('欠薪', '欠款'), [secret], policy)).toMatchObject({ ok: false, reason: 'invalid-signature', header: 'webhook-signature' });
    expect(verifyWebhook(delivered([next]), body, [secret], policy)).toMatchObject({ ok: false, reason: 'invalid-signature' });
    expect(verifyWebhook({ ...delivered([secret]), 'webhook-signature': 'v2,abc' }, body, [secret], policy)).toMatchObject({ ok: false, reason: 'invalid-signature' });
  });

  it('refuses a stale webhook (a captured one sent again later) and one from the future, outside the tolerance', () => {
    const stale = verifyWebhook(delivered([secret], new Date(now.getTime() - 301_000)), body, [secret], policy);
    expect(stale).toMatchObject({ ok: false, reason: 'stale', header: 'webhook-timestamp' });
    const early = verifyWebhook(delivered([secret], new Date(now.getTime() + 301_000)), body, [secret], policy);
    expect(early).toMatchObject({ ok: false, reason: 'from-the-future' });
    expect(verifyWebhook(delivered([secret], new Date(now.getTime() - 299_000)), body, [secret], policy).ok).toBe(true);
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('refuses a webhook without %s', (header) => {
    const headers: Record<string, string> = delivered([secret]);
    delete headers[header];
    expect(verifyWebhook(headers, body, [secret], policy)).toMatchObject({ ok: false, reason: 'missing-header', header });
  });

  it('refuses a timestamp that is not unix seconds', () => {
    expect(verifyWebhook({ ...delivered([secret]), 'webhook-timestamp': '2026-11-24T03:00:00Z' }, body, [secret], policy)).toMatchObject({ ok: false, reason: 'malformed-header' });
  });
});

describe(signedRequestHeaders.name, () => {
  it('signs "{webhook-id}.{webhook-timestamp}.{body}" with the partner key, as the platform verifies it', () => {
    const sut = signedRequestHeaders('AbCdEfGhIjKl', secret, body, now, 'msg_1');
    expect(sut).toMatchObject({ 'x-partner-key-id': 'AbCdEfGhIjKl', 'webhook-id': 'msg_1', 'webhook-timestamp': String(now.getTime() / 1000) });
    expect(verifyWebhook(sut, body, [secret], { now, toleranceSeconds: 300 }).ok).toBe(true);
  });

  it('uses a new webhook-id for every request', () => {
    const ids = new Set(Array.from({ length: 5 }, () => signedRequestHeaders('AbCdEfGhIjKl', secret, '', now)['webhook-id']));
    expect(ids.size).toBe(5);
  });
});

describe(SeenMessageIds.name, () => {
  it('tells the first delivery of a webhook-id from its repeats', () => {
    const sut = new SeenMessageIds();
    expect(sut.firstTime('a')).toBe(true);
    expect(sut.firstTime('b')).toBe(true);
    expect(sut.firstTime('a')).toBe(false);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const sut = new SeenMessageIds(2);
    sut.firstTime('a');
    sut.firstTime('b');
    sut.firstTime('c');
    expect(sut.firstTime('c')).toBe(false);
    expect(sut.firstTime('a')).toBe(true);
  });
});
