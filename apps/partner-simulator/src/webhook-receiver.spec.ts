import { afterEach, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { WebhookReceiver, type ReceivedWebhook } from './webhook-receiver.js';

const secret = `whsec_${Buffer.alloc(32, 5).toString('base64')}`;

function signed(body: string, options: { id?: string; at?: Date; key?: string } = {}) {
  const id = options.id ?? 'f3e2d1c0-0000-4000-8000-000000000001';
  const at = options.at ?? new Date();
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(options.key ?? secret).sign(id, at, body),
  };
}

describe(WebhookReceiver.name, () => {
  let sut: WebhookReceiver;
  let url: string;
  let received: ReceivedWebhook[];
  let refusals: string[];
  let repeats: string[];

  async function start(): Promise<void> {
    received = [];
    refusals = [];
    repeats = [];
    sut = new WebhookReceiver({
      host: '127.0.0.1',
      port: 0,
      secrets: [secret],
      toleranceSeconds: 300,
      onWebhook: (webhook) => {
        received.push(webhook);
        return { partnerReference: '110-JQ-1' };
      },
      onRepeat: (id) => repeats.push(id),
      onRefused: (refusal) => refusals.push(refusal.reason),
    });
    url = await sut.start();
  }

  afterEach(async () => {
    await sut?.stop();
  });

  const post = (body: string, headers: Record<string, string>, path = '/webhooks') =>
    fetch(url.replace('/webhooks', path), { method: 'POST', body, headers });

  it('answers a verified webhook 200 with what the handler adds, and hands it over once', async () => {
    await start();
    const body = JSON.stringify({ type: 'transfer.requested', messageId: 'f3e2d1c0-0000-4000-8000-000000000001' });
    const response = await post(body, signed(body));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, partnerReference: '110-JQ-1' });
    expect(received).toEqual([{ messageId: 'f3e2d1c0-0000-4000-8000-000000000001', payload: JSON.parse(body) }]);
  });

  it('answers a retry of the same webhook-id 200 again, signed anew, without handing it over twice', async () => {
    await start();
    const body = JSON.stringify({ type: 'case.status-changed' });
    await post(body, signed(body));
    const retry = await post(body, signed(body, { at: new Date(Date.now() + 2000) }));

    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ received: true, duplicate: true });
    expect(received).toHaveLength(1);
    expect(repeats).toEqual(['f3e2d1c0-0000-4000-8000-000000000001']);
  });

  it.each([
    ['a wrong secret', { key: `whsec_${Buffer.alloc(32, 6).toString('base64')}` }, 'invalid-signature'],
    ['a stale timestamp', { at: new Date(Date.now() - 10 * 60_000) }, 'stale'],
  ])('refuses a webhook signed with %s: 401, nothing handed over', async (_, options, reason) => {
    await start();
    const body = JSON.stringify({ type: 'transfer.requested' });
    const response = await post(body, signed(body, options));

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: reason });
    expect(received).toEqual([]);
    expect(refusals).toEqual([reason]);
  });

  it('refuses a signed body that is not JSON, and other paths and methods', async () => {
    await start();
    expect((await post('hello', signed('hello'))).status).toBe(400);
    expect((await post('{}', signed('{}'), '/other')).status).toBe(404);
    expect((await fetch(url)).status).toBe(405);
    expect(received).toEqual([]);
  });
});
