import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createEvent,
  TOPICS,
  type EventEnvelope,
  type PartnerHotline,
  type PartnerTransferRequestedV1,
  type PlatformEvent,
} from '@legal-hotline/contracts';
import {
  asUser,
  eventually,
  http,
  KafkaProbe,
  settle,
  signedPartnerHeaders,
  startTestService,
  type PartnerCredentials,
  type TestService,
} from '@legal-hotline/testing';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import { IssuePartnerKeyHandler } from '../src/partners/issue-partner-key.handler.js';
import type { PartnerTransferView } from '../src/partner-transfers/partner-transfer.queries.js';

// 12368 has seconds to answer, so a deadline passes while the test watches; the others keep
// deadlines no test reaches (110: exactly one hour, to check the due time).
const DEADLINES = {
  '110': { urgent: 'PT1H', normal: 'PT1H' },
  '12345': { urgent: 'PT2H', normal: 'P1WD' },
  '12355': { urgent: 'PT2H', normal: 'P1WD' },
  '12368': { urgent: 'PT2S', normal: 'PT2S' },
};
const ENV = {
  EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'),
  PARTNER_AUTH_FAILURE_LIMIT: '1000',
  DELIVERY_POLL_MS: '50',
  DELIVERY_TIMEOUT_MS: '10000',
  DELIVERY_BACKOFF_BASE_MS: '100',
  DELIVERY_BACKOFF_MAX_MS: '800',
  PARTNER_ACCEPTANCE_POLL_MS: '100',
  PARTNER_ACCEPTANCE_DEADLINES: JSON.stringify(DEADLINES),
};

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../libs/contracts/src/golden/partner-transfer.requested.v1.json'), 'utf8'),
) as EventEnvelope<'partner-transfer.requested.v1', PartnerTransferRequestedV1>;

/** The golden danger transfer (to 110) with fresh ids, requested now, changed as given. */
function transferRequested(changes: Partial<PartnerTransferRequestedV1> = {}): EventEnvelope<'partner-transfer.requested.v1', PartnerTransferRequestedV1> {
  const transferId = randomUUID();
  return createEvent({
    id: randomUUID(),
    type: 'partner-transfer.requested.v1',
    source: 'intake',
    subject: transferId,
    occurredAt: new Date(),
    correlationId: randomUUID(),
    causationId: null,
    data: { ...golden.data, transferId, ticketId: randomUUID(), requestedAt: new Date().toISOString(), ...changes },
  });
}

/** A partner's webhook endpoint on loopback: answers 201 with a reference, or holds the answer until released. */
class PartnerEndpoint {
  readonly received: { headers: IncomingHttpHeaders; body: string }[] = [];
  holding = false;
  private readonly held: ServerResponse[] = [];
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (this.holding) this.held.push(response);
      else this.answer(response);
    });
  });

  constructor(private readonly reference: string) {}

  static async start(reference: string): Promise<PartnerEndpoint> {
    const endpoint = new PartnerEndpoint(reference);
    await new Promise<void>((resolve) => endpoint.server.listen(0, '127.0.0.1', resolve));
    return endpoint;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks`;
  }

  release(): void {
    this.holding = false;
    for (const response of this.held.splice(0)) this.answer(response);
  }

  async stop(): Promise<void> {
    for (const response of this.held) response.destroy();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private answer(response: ServerResponse): void {
    response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ partnerReference: this.reference }));
  }
}

interface ErrorAnswer {
  statusCode: number;
  message: string;
  errors: { field: string | null; code: string; description: string }[];
}
type Answer = PartnerTransferView & ErrorAnswer & { items: PartnerTransferView[] };

describe('hotline exchange: partner receipts of transfers (accept, reject, progress, result, deadline)', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let probe: KafkaProbe;
  let policeEndpoint: PartnerEndpoint;
  let governmentEndpoint: PartnerEndpoint;
  let courtsEndpoint: PartnerEndpoint;
  const keys = new Map<PartnerHotline, PartnerCredentials>();

  const path = (transferId: string, command = '') => `${svc.url}/api/v1/partner/transfers/${transferId}${command ? `/${command}` : ''}`;
  const command = (partner: PartnerHotline, transferId: string, name: string, body: unknown) =>
    http<Answer>('POST', path(transferId, name), body, signedPartnerHeaders(keys.get(partner)!, body));
  const read = (partner: PartnerHotline, url: string) => http<Answer>('GET', url, undefined, signedPartnerHeaders(keys.get(partner)!));
  const eventsAbout = <T extends PlatformEvent['type']>(type: T, transferId: string) =>
    probe.events().filter((e): e is Extract<PlatformEvent, { type: T }> => e.type === type && (e.data as { transferId?: string }).transferId === transferId);
  const receiptEvents = (transferId: string) =>
    probe.events().filter((e) => e.type.startsWith('partner-transfer.') && !/requested|deliver/.test(e.type) && (e.data as { transferId?: string }).transferId === transferId);
  const awaitEvent = <T extends PlatformEvent['type']>(type: T, transferId: string) =>
    eventually(() => {
      const [event] = eventsAbout(type, transferId);
      if (!event) throw new Error(`${type} of ${transferId} not observed yet`);
      return event;
    });

  /** Publishes a transfer request and waits until the exchange has it (delivered, when `delivered`). */
  async function aTransfer(changes: Partial<PartnerTransferRequestedV1> = {}, { delivered = true } = {}) {
    const requested = transferRequested(changes);
    await probe.publishEvent(TOPICS.partnerTransfers, requested);
    if (delivered) await awaitEvent('partner-transfer.delivered.v1', requested.data.transferId);
    else await eventually(async () => expect(await svc.database.query('SELECT 1 FROM partner_transfers WHERE transfer_id = $1', [requested.data.transferId])).toHaveLength(1));
    return requested;
  }

  async function registerEndpoint(partner: PartnerHotline, url: string): Promise<void> {
    const answer = await http('PUT', `${svc.url}/api/v1/admin/partners/${partner}/endpoint`, { url }, await asUser('exchange.admin'));
    expect(answer.status).toBe(200);
  }

  beforeAll(async () => {
    [policeEndpoint, governmentEndpoint, courtsEndpoint] = await Promise.all([
      PartnerEndpoint.start('110-QX-DELIVERY'),
      PartnerEndpoint.start('12345-GY-DELIVERY'),
      PartnerEndpoint.start('12368-DELIVERY'),
    ]);
    svc = await startTestService(hotlineExchangeService, { env: ENV });
    probe = await KafkaProbe.start();
    for (const partner of ['110', '12345', '12368'] as const) {
      keys.set(partner, await svc.app.get(IssuePartnerKeyHandler).execute({ partnerCode: partner, issuedBy: null }));
    }
    await registerEndpoint('110', policeEndpoint.url);
    await registerEndpoint('12345', governmentEndpoint.url);
    await registerEndpoint('12368', courtsEndpoint.url);
  }, 60_000);

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop();
    await Promise.all([policeEndpoint, governmentEndpoint, courtsEndpoint].map((endpoint) => endpoint?.stop()));
  }, 60_000);

  describe('a delivered transfer, accepted, with progress and a result', () => {
    let requested: EventEnvelope<'partner-transfer.requested.v1', PartnerTransferRequestedV1>;
    let transferId: string;

    beforeAll(async () => {
      requested = await aTransfer();
      transferId = requested.data.transferId;
    });

    it('shows the partner its transfer awaiting acceptance, due on its deadline, without the caller', async () => {
      const answer = await read('110', path(transferId));
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        transferId,
        ticketId: requested.data.ticketId,
        ticketNumber: golden.data.ticketNumber,
        partnerReference: '110-QX-DELIVERY',
        reason: 'danger',
        urgent: true,
        requestedAt: new Date(requested.data.requestedAt).toISOString(),
        delivery: { state: 'delivered', deliveredAt: expect.any(String) },
        receipt: 'awaiting-acceptance',
        acceptanceDueAt: new Date(Date.parse(requested.data.requestedAt) + 3_600_000).toISOString(),
        overdueAt: null,
        acceptedAt: null,
        acceptedBy: null,
        acceptanceNote: null,
        acceptedLate: null,
        rejection: null,
        result: null,
        progress: [],
      });
      expect(JSON.stringify(answer.body)).not.toMatch(new RegExp(`${golden.data.caller.name}|${golden.data.caller.phone}`));
    });

    it('refuses progress and a result before acceptance with 409, naming the receipt state, and records nothing', async () => {
      for (const [name, body] of [
        ['progress', { note: '处理中' }],
        ['result', { outcome: 'handled', actionTaken: '已处理', replyToCaller: '已答复', completedAt: new Date().toISOString() }],
      ] as const) {
        const answer = await command('110', transferId, name, body);
        expect(answer.status).toBe(409);
        expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_TRANSFER.INVALID_STATE', description: expect.stringContaining('awaiting-acceptance') })]);
      }
      expect((await read('110', path(transferId))).body).toMatchObject({ receipt: 'awaiting-acceptance', progress: [] });
    });

    it('accepts it: 200 with the view, its reference in force, and partner-transfer.accepted.v1 on Kafka, keyed by the transfer', async () => {
      const body = { partnerReference: '110-QX-0001', acceptedBy: '黔西市公安局110指挥中心', note: '已派警' };
      const answer = await command('110', transferId, 'accept', body);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        receipt: 'accepted',
        partnerReference: '110-QX-0001',
        acceptedAt: expect.any(String),
        acceptedBy: '黔西市公安局110指挥中心',
        acceptanceNote: '已派警',
        acceptedLate: false,
      });
      const event = await awaitEvent('partner-transfer.accepted.v1', transferId);
      expect(event).toMatchObject({
        source: 'hotline-exchange',
        subject: transferId,
        correlationId: requested.correlationId,
        causationId: requested.id,
        data: { transferId, ticketId: requested.data.ticketId, partner: '110', partnerReference: '110-QX-0001', acceptedBy: '黔西市公安局110指挥中心', note: '已派警', late: false },
      });
      expect(probe.messages.find((m) => m.event?.id === event.id)).toMatchObject({ topic: TOPICS.partnerTransfers, key: transferId });

      // The same acceptance again (a retry, signed anew): the same view, nothing recorded twice.
      const again = await command('110', transferId, 'accept', body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(answer.body);
      const withoutReference = await command('110', transferId, 'accept', { acceptedBy: body.acceptedBy, note: body.note });
      expect(withoutReference.body).toEqual(answer.body);
    });

    it('refuses a contradicting acceptance or a rejection now with 409, naming the receipt state', async () => {
      const other = await command('110', transferId, 'accept', { partnerReference: '110-QX-9999', acceptedBy: '黔西市公安局110指挥中心', note: '已派警' });
      const rejection = await command('110', transferId, 'reject', { reason: 'duplicate' });
      for (const answer of [other, rejection]) {
        expect(answer.status).toBe(409);
        expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_TRANSFER.INVALID_STATE', field: null, description: expect.stringContaining('is accepted') })]);
      }
      expect((await read('110', path(transferId))).body).toMatchObject({ receipt: 'accepted', partnerReference: '110-QX-0001', rejection: null });
    });

    it('keeps each progress note, passes each on once, and takes the latest note sent again as a repeat', async () => {
      expect((await command('110', transferId, 'progress', { note: '民警已到场' })).status).toBe(200);
      const second = await command('110', transferId, 'progress', { note: '双方已分开，情绪稳定' });
      expect(second.status).toBe(200);
      expect(second.body.progress).toEqual([
        { note: '民警已到场', reportedAt: expect.any(String) },
        { note: '双方已分开，情绪稳定', reportedAt: expect.any(String) },
      ]);
      const repeat = await command('110', transferId, 'progress', { note: '双方已分开，情绪稳定' });
      expect(repeat.body).toEqual(second.body);

      await eventually(() => expect(eventsAbout('partner-transfer.progress-reported.v1', transferId)).toHaveLength(2));
      expect(eventsAbout('partner-transfer.progress-reported.v1', transferId).map((e) => e.data.note)).toEqual(['民警已到场', '双方已分开，情绪稳定']);
    });

    it('takes the result once: completed, passed on, the same result again answers the same, another one is 409', async () => {
      const completedAt = new Date(Math.max(Date.now() - 60_000, Date.parse(requested.data.requestedAt)));
      const result = {
        outcome: 'handled',
        actionTaken: '民警现场调解，劝离来电人',
        replyToCaller: '已告知来电人通过劳动仲裁追讨欠薪',
        completedAt: completedAt.toISOString().replace('Z', '+00:00'),
      };
      const answer = await command('110', transferId, 'result', result);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        receipt: 'completed',
        result: { outcome: 'handled', actionTaken: result.actionTaken, replyToCaller: result.replyToCaller, completedAt: completedAt.toISOString(), reportedAt: expect.any(String) },
      });
      const event = await awaitEvent('partner-transfer.result-reported.v1', transferId);
      expect(event).toMatchObject({ correlationId: requested.correlationId, causationId: requested.id, data: { outcome: 'handled', completedAt: completedAt.toISOString() } });

      const sameInAnotherOffset = await command('110', transferId, 'result', { ...result, completedAt: new Date(completedAt.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00') });
      expect(sameInAnotherOffset.status).toBe(200);
      expect(sameInAnotherOffset.body).toEqual(answer.body);
      const other = await command('110', transferId, 'result', { ...result, outcome: 'referred-elsewhere' });
      expect(other.status).toBe(409);
      expect(other.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_TRANSFER.INVALID_STATE', description: expect.stringContaining('is completed') })]);
      const lateProgress = await command('110', transferId, 'progress', { note: '补充说明' });
      expect(lateProgress.status).toBe(409);

      await settle();
      expect(receiptEvents(transferId).map((e) => e.type)).toEqual([
        'partner-transfer.accepted.v1',
        'partner-transfer.progress-reported.v1',
        'partner-transfer.progress-reported.v1',
        'partner-transfer.result-reported.v1',
      ]);
      const [outbox] = await svc.database.query<{ count: string }>(
        `SELECT count(*) AS count FROM outbox WHERE aggregate_id = $1 AND type <> 'partner-transfer.delivered.v1'`,
        [transferId],
      );
      expect(Number(outbox!.count)).toBe(4);
    });

    it("shows the receipt and the due time in the administrator's delivery list", async () => {
      const answer = await http<{ items: { transferId: string; receipt: string; acceptanceDueAt: string | null }[] }>(
        'GET',
        `${svc.url}/api/v1/admin/deliveries?partner=110`,
        undefined,
        await asUser('exchange.admin'),
      );
      expect(answer.body.items.find((item) => item.transferId === transferId)).toMatchObject({
        receipt: 'completed',
        acceptanceDueAt: new Date(Date.parse(requested.data.requestedAt) + 3_600_000).toISOString(),
      });
    });
  });

  it('takes a rejection with its coded reason and passes it on with the next step suggested to the owner; nothing after it', async () => {
    const requested = await aTransfer({ partner: '12345', reason: 'not-ours', urgent: false });
    const { transferId } = requested.data;
    const answer = await command('12345', transferId, 'reject', { reason: 'not-our-matter', note: '属法律咨询，非政务事项' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ receipt: 'rejected', rejection: { reason: 'not-our-matter', note: '属法律咨询，非政务事项', rejectedAt: expect.any(String) } });
    const event = await awaitEvent('partner-transfer.rejected.v1', transferId);
    expect(event).toMatchObject({
      subject: transferId,
      correlationId: requested.correlationId,
      causationId: requested.id,
      data: { partner: '12345', reason: 'not-our-matter', note: '属法律咨询，非政务事项', suggestedNextStep: 'route-to-a-body' },
    });

    expect((await command('12345', transferId, 'reject', { reason: 'not-our-matter', note: '属法律咨询，非政务事项' })).body).toEqual(answer.body);
    for (const [name, body] of [
      ['reject', { reason: 'duplicate' }],
      ['accept', {}],
      ['progress', { note: '处理中' }],
    ] as const) {
      const refused = await command('12345', transferId, name, body);
      expect(refused.status).toBe(409);
      expect(refused.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_TRANSFER.INVALID_STATE', description: expect.stringContaining('is rejected') })]);
    }
    await settle();
    expect(receiptEvents(transferId).map((e) => e.type)).toEqual(['partner-transfer.rejected.v1']);
  });

  it('lets the partner accept before the delivery is recorded: at once while it is retried, and after a short wait while it is under way', async () => {
    // 12355 has no endpoint: every attempt fails and is retried, and the partner answers anyway.
    keys.set('12355', await svc.app.get(IssuePartnerKeyHandler).execute({ partnerCode: '12355', issuedBy: null }));
    const failing = await aTransfer({ partner: '12355', reason: 'not-ours', urgent: false }, { delivered: false });
    // No body at all: an acceptance needs no details.
    const accepted = await command('12355', failing.data.transferId, 'accept', undefined);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ receipt: 'accepted', acceptedBy: null, delivery: { state: expect.stringMatching(/pending|failing/) } });

    // The delivery waits for 110's answer, holding the transfer: an acceptance sent meanwhile is asked to come again.
    policeEndpoint.holding = true;
    const held = await aTransfer({}, { delivered: false });
    const { transferId } = held.data;
    await eventually(() => expect(policeEndpoint.received.filter((r) => r.headers['webhook-id'] === transferId)).toHaveLength(1));
    const busy = await command('110', transferId, 'accept', { note: '已派警' });
    expect(busy.status).toBe(503);
    expect(busy.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_TRANSFER.BUSY' })]);
    policeEndpoint.release();
    await awaitEvent('partner-transfer.delivered.v1', transferId);
    const after = await command('110', transferId, 'accept', { note: '已派警' });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ receipt: 'accepted', partnerReference: '110-QX-DELIVERY', delivery: { state: 'delivered' } });
    await settle();
    expect(eventsAbout('partner-transfer.accepted.v1', transferId)).toHaveLength(1);
  });

  it("keeps the reference given at acceptance when the delivery's answer carries another", async () => {
    const requested = await aTransfer({ partner: '12355', reason: 'not-ours', urgent: false }, { delivered: false });
    const { transferId } = requested.data;
    expect((await command('12355', transferId, 'accept', { partnerReference: '12355-OWN-1' })).status).toBe(200);
    const youth = await PartnerEndpoint.start('12355-FROM-DELIVERY');
    try {
      await registerEndpoint('12355', youth.url);
      const delivered = await awaitEvent('partner-transfer.delivered.v1', transferId);
      expect(delivered.data.partnerReference).toBe('12355-FROM-DELIVERY');
      expect((await read('12355', path(transferId))).body).toMatchObject({ partnerReference: '12355-OWN-1', delivery: { state: 'delivered' } });
    } finally {
      await youth.stop();
    }
  });

  describe("another partner's transfers", () => {
    let transferId: string;

    beforeAll(async () => {
      transferId = (await aTransfer()).data.transferId;
    });

    it('answer 404 exactly like a missing one, to every route, and change nothing', async () => {
      const answers = await Promise.all([
        read('12345', path(transferId)),
        command('12345', transferId, 'accept', {}),
        command('12345', transferId, 'reject', { reason: 'duplicate' }),
        command('12345', transferId, 'progress', { note: '处理中' }),
        command('12345', transferId, 'result', { outcome: 'handled', actionTaken: '已处理', replyToCaller: '已答复', completedAt: new Date().toISOString() }),
      ]);
      const missing = await read('12345', path(randomUUID()));
      for (const answer of [...answers, missing]) {
        expect(answer.status).toBe(404);
        expect(answer.body.errors).toEqual([{ field: 'transferId', code: 'PARTNER_TRANSFER.NOT_FOUND', description: expect.stringMatching(/^no transfer [0-9a-f-]{36} to 12345$/) }]);
      }
      expect((await read('110', path(transferId))).body).toMatchObject({ receipt: 'awaiting-acceptance' });
    });

    it('are not in its list', async () => {
      const list = await read('12345', `${svc.url}/api/v1/partner/transfers`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((item) => item.transferId)).not.toContain(transferId);
    });
  });

  it('lists the transfers still to answer, oldest first, without the caller', async () => {
    const first = await aTransfer();
    const second = await aTransfer();
    const answer = await read('110', `${svc.url}/api/v1/partner/transfers?receipt=awaiting-acceptance`);
    expect(answer.status).toBe(200);
    const ids = answer.body.items.map((item) => item.transferId);
    expect(ids.indexOf(first.data.transferId)).toBeLessThan(ids.indexOf(second.data.transferId));
    expect(ids.indexOf(first.data.transferId)).toBeGreaterThanOrEqual(0);
    expect(answer.body.items.every((item) => item.receipt === 'awaiting-acceptance')).toBe(true);
    expect(JSON.stringify(answer.body)).not.toContain(golden.data.caller.phone);
    const limited = await read('110', `${svc.url}/api/v1/partner/transfers?limit=1`);
    expect(limited.body.items).toHaveLength(1);
  });

  describe('bad requests', () => {
    let transferId: string;

    beforeAll(async () => {
      transferId = (await aTransfer()).data.transferId;
    });

    const completedAt = () => new Date(Date.now() - 60_000).toISOString();
    it.each<[string, string, () => unknown, string]>([
      ['a rejection without a reason', 'reject', () => ({ note: '无' }), 'reason'],
      ['an unknown rejection reason', 'reject', () => ({ reason: 'busy' }), 'reason'],
      ['a rejection note too long', 'reject', () => ({ reason: 'duplicate', note: '长'.repeat(2001) }), 'note'],
      ['a reference too long', 'accept', () => ({ partnerReference: 'R'.repeat(101) }), 'partnerReference'],
      ['an empty desk name', 'accept', () => ({ acceptedBy: '' }), 'acceptedBy'],
      ['a reference that is a number', 'accept', () => ({ partnerReference: 42 }), 'partnerReference'],
      ['an unknown field', 'accept', () => ({ acceptedBy: '值班台', priority: 'high' }), 'priority'],
      ['progress without a note', 'progress', () => ({}), 'note'],
      ['a blank progress note', 'progress', () => ({ note: '   ' }), 'note'],
      ['an unknown outcome', 'result', () => ({ outcome: 'solved', actionTaken: '已处理', replyToCaller: '已答复', completedAt: completedAt() }), 'outcome'],
      ['a result without what was done', 'result', () => ({ outcome: 'handled', replyToCaller: '已答复', completedAt: completedAt() }), 'actionTaken'],
      ['a reply to the caller too long', 'result', () => ({ outcome: 'handled', actionTaken: '已处理', replyToCaller: '长'.repeat(2001), completedAt: completedAt() }), 'replyToCaller'],
      ['a completion time without offset', 'result', () => ({ outcome: 'handled', actionTaken: '已处理', replyToCaller: '已答复', completedAt: '2026-11-24T15:30:00' }), 'completedAt'],
    ])('refuses %s with 400 naming the field, and changes nothing', async (_, name, body, field) => {
      const answer = await command('110', transferId, name, body());
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect((await read('110', path(transferId))).body).toMatchObject({ receipt: 'awaiting-acceptance', progress: [] });
    });

    it('refuses a completion time in the future with 400 PARTNER_TRANSFER.COMPLETED_AT_INVALID, before looking at the state', async () => {
      const answer = await command('110', transferId, 'result', {
        outcome: 'handled',
        actionTaken: '已处理',
        replyToCaller: '已答复',
        completedAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'completedAt', code: 'PARTNER_TRANSFER.COMPLETED_AT_INVALID' })]);
    });

    it.each([
      ['a transfer id that is no UUID', () => path('TR-1'), 'transferId'],
      ['an unknown receipt state', () => `${svc.url}/api/v1/partner/transfers?receipt=lost`, 'receipt'],
      ['a limit of 0', () => `${svc.url}/api/v1/partner/transfers?limit=0`, 'limit'],
    ])('refuses %s with 400 naming the field', async (_, url, field) => {
      const answer = await read('110', url());
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('refuses a replayed webhook-id with 409 PARTNER_AUTH.REPLAYED, and an unsigned request with 401', async () => {
      const body = { acceptedBy: '值班台' };
      const headers = signedPartnerHeaders(keys.get('110')!, body);
      expect((await http<Answer>('POST', path(transferId, 'accept'), body, headers)).status).toBe(200);
      const replayed = await http<Answer>('POST', path(transferId, 'accept'), body, headers);
      expect(replayed.status).toBe(409);
      expect(replayed.body.errors).toEqual([expect.objectContaining({ code: 'PARTNER_AUTH.REPLAYED' })]);
      const unsigned = await http<Answer>('POST', path(transferId, 'accept'), body);
      expect(unsigned.status).toBe(401);
    });
  });

  it('documents every route under the partner transfers tag, with its error answers', async () => {
    const docs = await http<{ paths: Record<string, Record<string, { tags: string[]; responses: Record<string, unknown> }>> }>('GET', `${svc.url}/docs-json`);
    const routes = [
      ['get', '/api/v1/partner/transfers', ['200', '400', '401']],
      ['get', '/api/v1/partner/transfers/{transferId}', ['200', '400', '401', '404']],
      ['post', '/api/v1/partner/transfers/{transferId}/accept', ['200', '400', '401', '404', '409', '503']],
      ['post', '/api/v1/partner/transfers/{transferId}/reject', ['200', '400', '401', '404', '409', '503']],
      ['post', '/api/v1/partner/transfers/{transferId}/progress', ['200', '400', '401', '404', '409', '503']],
      ['post', '/api/v1/partner/transfers/{transferId}/result', ['200', '400', '401', '404', '409', '503']],
    ] as const;
    for (const [method, route, statuses] of routes) {
      const operation = docs.body.paths[route]?.[method];
      expect(operation?.tags).toEqual(['partner transfers']);
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining([...statuses]));
    }
  });

  describe('the acceptance deadline', () => {
    it('records a transfer nobody answered in time as overdue exactly once, with two instances watching and across a restart', async () => {
      const second = await startTestService(hotlineExchangeService, { env: ENV, database: svc.database });
      const requests = [];
      try {
        for (let i = 0; i < 4; i += 1) requests.push(transferRequested({ partner: '12368', reason: 'not-ours', urgent: false }));
        for (const requested of requests) await probe.publishEvent(TOPICS.partnerTransfers, requested);
        for (const requested of requests) await awaitEvent('partner-transfer.acceptance-overdue.v1', requested.data.transferId);
      } finally {
        await second.stop({ keepDatabase: true });
      }
      const database = svc.database;
      await svc.stop({ keepDatabase: true });
      svc = await startTestService(hotlineExchangeService, { env: ENV, database });
      await settle(2_000);

      for (const requested of requests) {
        const { transferId } = requested.data;
        const overdue = eventsAbout('partner-transfer.acceptance-overdue.v1', transferId);
        expect(overdue).toHaveLength(1);
        expect(overdue[0]).toMatchObject({
          subject: transferId,
          correlationId: requested.correlationId,
          causationId: requested.id,
          data: {
            partner: '12368',
            urgent: false,
            dueAt: new Date(Date.parse(requested.data.requestedAt) + 2_000).toISOString(),
            suggestedNextStep: 'call-the-partner',
          },
        });
        expect(Date.parse(overdue[0]!.data.overdueAt)).toBeGreaterThanOrEqual(Date.parse(overdue[0]!.data.dueAt));
      }
      const view = await read('12368', path(requests[0]!.data.transferId));
      expect(view.body).toMatchObject({ receipt: 'overdue', overdueAt: expect.any(String), acceptedAt: null });
    });

    it('still takes a late acceptance, marked late, and a rejection of another overdue transfer', async () => {
      const [late, refused] = await Promise.all([
        aTransfer({ partner: '12368', reason: 'not-ours', urgent: false }),
        aTransfer({ partner: '12368', reason: 'not-ours', urgent: false }),
      ]);
      await awaitEvent('partner-transfer.acceptance-overdue.v1', late.data.transferId);
      await awaitEvent('partner-transfer.acceptance-overdue.v1', refused.data.transferId);

      const accepted = await command('12368', late.data.transferId, 'accept', { acceptedBy: '佛山中院12368' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ receipt: 'accepted', acceptedLate: true, overdueAt: expect.any(String) });
      expect((await awaitEvent('partner-transfer.accepted.v1', late.data.transferId)).data.late).toBe(true);

      const rejected = await command('12368', refused.data.transferId, 'reject', { reason: 'insufficient-information' });
      expect(rejected.status).toBe(200);
      expect((await awaitEvent('partner-transfer.rejected.v1', refused.data.transferId)).data.suggestedNextStep).toBe('complete-and-resend');
    });
  });
});
