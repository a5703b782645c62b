import { afterEach, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { parseArguments, type SimulatorOptions } from './arguments.js';
import type { PartnerCredentials } from './credentials.js';
import { PlatformRefusal } from './platform-client.js';
import { startSimulator, type RunningSimulator } from './simulator.js';

const KEY_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const DELIVERY_SECRET = `whsec_${Buffer.alloc(32, 8).toString('base64')}`;
const credentials: PartnerCredentials = { keyId: 'AbCdEfGhIjKl', keySecret: KEY_SECRET, webhookSecrets: [DELIVERY_SECRET], endpoint: null };
const TRANSFER_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const TICKET_ID = '0d5e1f7a-1111-4222-8333-444455556666';

interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: any;
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * The exchange as the partner sees it, in place of `fetch`: checks each request's partner
 * signature as the exchange does, records it, and answers from `routes` (default: 200 with the
 * transfer's view).
 */
class FakePlatform {
  readonly calls: Call[] = [];
  readonly routes = new Map<string, (call: Call) => Reply>([['GET /api/v1/partner/transfers?', () => ({ status: 200, body: { items: [] } })]]);

  readonly fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const text = typeof init?.body === 'string' ? init.body : '';
    const call = { method: init?.method ?? 'GET', path: `${url.pathname}${url.search}`, headers, body: text === '' ? undefined : JSON.parse(text) };
    try {
      new Webhook(KEY_SECRET).verify(text, headers);
    } catch {
      return json({ status: 401, body: { statusCode: 401, errors: [{ field: 'webhook-signature', code: 'PARTNER_AUTH.INVALID_SIGNATURE', description: 'bad' }] } });
    }
    this.calls.push(call);
    // The longest matching pattern wins, so a test's route replaces a default.
    const route = [...this.routes.entries()].filter(([pattern]) => `${call.method} ${call.path}`.startsWith(pattern)).sort(([a], [b]) => b.length - a.length)[0];
    return json(route ? route[1](call) : { status: 200, body: { transferId: TRANSFER_ID } });
  }) as typeof fetch;

  commands(): string[] {
    return this.calls.filter((c) => c.method === 'POST').map((c) => c.path.replace('/api/v1/partner/transfers/', ''));
  }
}

function json(reply: Reply): Response {
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json', ...reply.headers } });
}

function optionsOf(argv: string[]): SimulatorOptions {
  const parsed = parseArguments(['110', '--pace', '0', '--platform', 'http://exchange.test', ...argv]);
  if (parsed.kind !== 'run') throw new Error('expected options');
  return { ...parsed.options, port: 0 };
}

async function until<T>(probe: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** What the exchange POSTs to the partner's endpoint, signed with the delivery secret. */
async function deliver(endpoint: string, payload: object, id: string, secret = DELIVERY_SECRET): Promise<Response> {
  const body = JSON.stringify(payload);
  const at = new Date();
  return fetch(endpoint, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, at, body),
    },
  });
}

const transferRequested = {
  type: 'transfer.requested',
  messageId: TRANSFER_ID,
  ticketId: TICKET_ID,
  ticketNumber: '12348-20261124-000007',
  reason: 'danger',
  urgent: true,
  legalCategory: 'labour-remuneration',
  regionCode: '440605011',
  summary: '来电人称老板欠薪，扬言扣押老板车辆。',
  note: null,
  caller: { name: '李强', phone: '13765002345', language: 'zh-CN' },
  requestedBy: { organisation: '广东省12348公共法律服务热线', agent: '林晓' },
  requestedAt: '2026-11-24T11:00:00.000+08:00',
};

const statusChanged = (sequence: number, status: string, coarseStatus = 'open') => ({
  type: 'case.status-changed',
  messageId: `m-${sequence}`,
  ticketId: TICKET_ID,
  ticketNumber: '12348-20261124-000008',
  partnerReference: '110-FS-DEMO',
  sequence,
  status,
  coarseStatus,
  currentHandler: sequence > 1 ? { name: '南海区法律援助中心', agencyType: 'legal-aid-centre' } : null,
  note: `change ${sequence}`,
  at: '2026-11-24T11:00:00.000+08:00',
  cursor: String(sequence),
});

describe('the partner simulator against a platform', () => {
  let platform: FakePlatform;
  let sut: RunningSimulator | undefined;
  let lines: string[];

  const start = async (argv: string[] = []) => {
    lines = [];
    sut = await startSimulator(optionsOf(argv), credentials, { log: (line) => lines.push(line), fetch: platform.fetch });
    return sut;
  };

  afterEach(async () => {
    await sut?.stop();
    sut = undefined;
  });

  describe('a transfer', () => {
    it('is answered 2xx with the partner’s reference at once, then accepted, its progress and its result reported, each request signed', async () => {
      platform = new FakePlatform();
      const running = await start();

      const answer = await deliver(running.endpoint, transferRequested, TRANSFER_ID);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ received: true, partnerReference: '110-JQ-6F1C2A3B4D' });

      await until(() => platform.commands().length === 3);
      expect(platform.commands()).toEqual([`${TRANSFER_ID}/accept`, `${TRANSFER_ID}/progress`, `${TRANSFER_ID}/result`]);
      const [accept, progress, result] = platform.calls.filter((c) => c.method === 'POST');
      expect(accept!.body).toEqual({ partnerReference: '110-JQ-6F1C2A3B4D', acceptedBy: '110指挥中心接警席', note: expect.any(String) });
      expect(progress!.body).toEqual({ note: expect.stringContaining('民警') });
      expect(result!.body).toEqual({
        outcome: 'handled',
        actionTaken: expect.any(String),
        replyToCaller: expect.stringContaining('已告知来电人'),
        completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/),
      });
      expect(new Set(platform.calls.map((c) => c.headers['webhook-id'])).size).toBe(platform.calls.length);
      expect(platform.calls.every((c) => c.headers['x-partner-key-id'] === 'AbCdEfGhIjKl')).toBe(true);
      expect(lines.join('\n')).toMatch(/收到转办 transfer\.requested：工单 12348-20261124-000007/);
      expect(lines.join('\n')).toMatch(/已报告转办 .* 的办理结果 handled/);
    });

    it('is acted on once when the platform sends it again (a retry), however often', async () => {
      platform = new FakePlatform();
      const running = await start();
      await deliver(running.endpoint, transferRequested, TRANSFER_ID);
      const retry = await deliver(running.endpoint, transferRequested, TRANSFER_ID);

      expect(await retry.json()).toEqual({ received: true, duplicate: true });
      await until(() => platform.commands().length === 3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(platform.commands()).toHaveLength(3);
    });

    it('is refused with the coded reason under --policy reject, and left unanswered under --policy silent', async () => {
      platform = new FakePlatform();
      let running = await start(['--policy', 'reject', '--reject-reason', 'outside-our-area']);
      await deliver(running.endpoint, transferRequested, TRANSFER_ID);
      await until(() => platform.commands().length === 1);
      expect(platform.calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/v1/partner/transfers/${TRANSFER_ID}/reject`, body: { reason: 'outside-our-area' } });
      await running.stop();

      platform = new FakePlatform();
      running = await start(['--policy', 'silent']);
      expect((await deliver(running.endpoint, transferRequested, TRANSFER_ID)).status).toBe(200);
      await until(() => lines.some((line) => line.includes('silent')));
      expect(platform.calls).toEqual([]);
    });

    it('is not acted on when the signature does not verify', async () => {
      platform = new FakePlatform();
      const running = await start();
      const answer = await deliver(running.endpoint, transferRequested, TRANSFER_ID, `whsec_${Buffer.alloc(32, 9).toString('base64')}`);

      expect(answer.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(platform.commands()).toEqual([]);
      expect(lines.join('\n')).toMatch(/拒收推送（401 invalid-signature）/);
    });

    it('ends the run with the platform’s refusal, naming its status and code', async () => {
      platform = new FakePlatform();
      platform.routes.set(`POST /api/v1/partner/transfers/${TRANSFER_ID}/accept`, () => ({
        status: 409,
        body: { statusCode: 409, errors: [{ field: 'transferId', code: 'PARTNER_TRANSFER.INVALID_STATE', description: 'the transfer was rejected' }] },
      }));
      const running = await start();
      await deliver(running.endpoint, transferRequested, TRANSFER_ID);

      const failure = await running.finished.then(() => null, (error: unknown) => error);
      expect(failure).toBeInstanceOf(PlatformRefusal);
      expect((failure as Error).message).toMatch(/409 PARTNER_TRANSFER\.INVALID_STATE \(field transferId\) — the transfer was rejected/);
    });

    it('found waiting on start-up (delivered while the simulator was down) is answered too', async () => {
      platform = new FakePlatform();
      platform.routes.set('GET /api/v1/partner/transfers?receipt=awaiting-acceptance', () => ({
        status: 200,
        body: { items: [{ transferId: TRANSFER_ID, ticketNumber: '12348-20261124-000007', reason: 'danger', receipt: 'awaiting-acceptance' }] },
      }));
      platform.routes.set('GET /api/v1/partner/transfers?receipt=accepted', () => ({ status: 200, body: { items: [] } }));
      await start();

      await until(() => platform.commands().length === 3);
      expect(platform.commands()[0]).toBe(`${TRANSFER_ID}/accept`);
    });
  });

  describe('a forwarded case', () => {
    const forwarded = () => {
      const fake = new FakePlatform();
      fake.routes.set('POST /api/v1/partner/tickets', () => ({
        status: 201,
        body: { ticketId: TICKET_ID, partnerReference: '110-FS-DEMO', status: 'received', coarseStatus: 'open', receivedAt: '2026-11-24T03:00:00.000Z' },
      }));
      return fake;
    };

    it('is sent signed, with an Idempotency-Key from its reference, the caller’s consent and the platform it names', async () => {
      platform = forwarded();
      const running = await start(['--forward', '--reference', '110-FS-DEMO', '--responsible-platform', '12348-gd']);

      const call = platform.calls.find((c) => c.path === '/api/v1/partner/tickets')!;
      expect(call.headers['idempotency-key']).toBe('forward-110-FS-DEMO');
      expect(call.body).toMatchObject({
        partnerReference: '110-FS-DEMO',
        requestType: 'legal-aid-application',
        legalCategory: 'labour-remuneration',
        regionCode: '440605011',
        callerConsentToTransfer: true,
        responsiblePlatform: '12348-gd',
      });
      expect(call.body.summary).toContain('佛山市南海区桂城街道');
      expect(running.forwarded?.ticketId).toBe(TICKET_ID);
    });

    it('is followed through its pushed changes, each shown once, until it is closed (--until-closed)', async () => {
      platform = forwarded();
      const running = await start(['--forward', '--reference', '110-FS-DEMO', '--until-closed']);
      let closed = false;
      void running.finished.then(() => (closed = true));

      await deliver(running.endpoint, statusChanged(1, 'received'), 'm-1');
      await deliver(running.endpoint, statusChanged(2, 'accepted'), 'm-2');
      await deliver(running.endpoint, statusChanged(2, 'accepted'), 'm-2');
      expect(closed).toBe(false);
      await deliver(running.endpoint, statusChanged(3, 'closed', 'closed'), 'm-3');

      await running.finished;
      const changes = lines.filter((line) => line.includes('次状态变更'));
      expect(changes).toHaveLength(3);
      expect(changes[1]).toMatch(/第 2 次状态变更 \[推送\]：承办机构已受理（accepted），承办 南海区法律援助中心/);
      expect(lines.at(-1)).toMatch(/已办结/);
    });

    it('is followed through the cursor feed too (--pull), page by page from the last cursor', async () => {
      platform = forwarded();
      const pages = [
        { changes: [statusChanged(1, 'received'), statusChanged(2, 'awaiting-acceptance')], nextCursor: '2' },
        { changes: [statusChanged(3, 'closed', 'closed')], nextCursor: '3' },
      ];
      platform.routes.set('GET /api/v1/partner/tickets?', () => ({ status: 200, body: pages.shift() ?? { changes: [], nextCursor: '3' } }));
      const running = await start(['--forward', '--reference', '110-FS-DEMO', '--until-closed', '--pull', '--pull-every', '100']);

      await running.finished;
      const feedCalls = platform.calls.filter((c) => c.path.startsWith('/api/v1/partner/tickets?'));
      expect(feedCalls[0]!.path).toBe('/api/v1/partner/tickets?limit=100');
      expect(feedCalls[1]!.path).toBe('/api/v1/partner/tickets?limit=100&after=2');
      expect(lines.filter((line) => line.includes('[拉取]'))).toHaveLength(3);
    });

    it('forwarded again (same reference) reads where the case stands, and ends at once when it is already closed', async () => {
      platform = forwarded();
      platform.routes.set('POST /api/v1/partner/tickets', () => ({
        status: 201,
        body: { ticketId: TICKET_ID, partnerReference: '110-FS-DEMO', status: 'received', coarseStatus: 'open', receivedAt: '2026-11-24T03:00:00.000Z' },
        headers: { 'idempotent-replayed': 'true' },
      }));
      platform.routes.set(`GET /api/v1/partner/tickets/${TICKET_ID}`, () => ({ status: 200, body: { ticketId: TICKET_ID, ticketNumber: '12348-20261124-000008', status: 'closed', coarseStatus: 'closed' } }));
      const running = await start(['--forward', '--reference', '110-FS-DEMO', '--until-closed']);

      await running.finished;
      expect(lines.join('\n')).toMatch(/平台返回首次回执[\s\S]*当前状态：已办结（closed）/);
    });

    it('refused by the platform stops the start with the refusal', async () => {
      platform = forwarded();
      platform.routes.set('POST /api/v1/partner/tickets', () => ({
        status: 422,
        body: { statusCode: 422, errors: [{ field: 'callerConsentToTransfer', code: 'CONSENT.REQUIRED', description: 'the caller must consent' }] },
      }));

      await expect(start(['--forward'])).rejects.toThrow(/422 CONSENT\.REQUIRED \(field callerConsentToTransfer\)/);
    });

    it('not closed in time ends the run non-zero (--timeout)', async () => {
      platform = forwarded();
      const running = await start(['--forward', '--until-closed', '--timeout', '1']);

      await expect(running.finished).rejects.toThrow(/was not closed within 1 s/);
    });
  });
});
