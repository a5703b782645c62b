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
import { Webhook } from 'standardwebhooks';
import { asUser, eventually, http, KafkaProbe, pendingSchemaChanges, settle, startTestService, type TestService } from '@legal-hotline/testing';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import { DeliverPartnerTransferHandler } from '../src/partner-transfers/deliver-partner-transfer.handler.js';

// Small intervals, so back-off and repeating alerts show within seconds. The timeout is long:
// the restart test holds an attempt open while the service stops.
const ENV = {
  EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'),
  DELIVERY_POLL_MS: '50',
  DELIVERY_TIMEOUT_MS: '10000',
  DELIVERY_BACKOFF_BASE_MS: '100',
  DELIVERY_BACKOFF_MAX_MS: '800',
  DELIVERY_ALERT_REPEAT_MS: '1500',
};
const BACKOFF_MAX_MS = 800;
const ALERT_REPEAT_MS = 1500;

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../libs/contracts/src/golden/partner-transfer.requested.v1.json'), 'utf8'),
) as EventEnvelope<'partner-transfer.requested.v1', PartnerTransferRequestedV1>;

/** The golden danger transfer (to 110) with fresh ids, changed as given. */
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

interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the partner checks a delivery: the Standard Webhooks class, with its own clock and tolerance. */
function verifiedBy(secret: string, request: ReceivedRequest): unknown {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
}

type PartnerBehaviour = { answer: 'accept'; reference: string | null } | { answer: 'status'; status: number } | { answer: 'hold' };

/** A partner hotline's endpoint: a real HTTP server on loopback that records what it receives. */
class FakePartner {
  readonly received: ReceivedRequest[] = [];
  behaviour: PartnerBehaviour = { answer: 'accept', reference: null };
  private readonly held: ServerResponse[] = [];
  private port = 0;
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => this.answer({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') }, response));
  });

  static async start(): Promise<FakePartner> {
    const partner = new FakePartner();
    await partner.up();
    return partner;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/transfers`;
  }

  requestsFor(transferId: string): ReceivedRequest[] {
    return this.received.filter((r) => r.headers['idempotency-key'] === transferId);
  }

  /** Listens again, on the same port once it has one. */
  async up(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Stops listening: connections are refused until `up()`. */
  async down(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  async stop(): Promise<void> {
    for (const response of this.held) response.destroy();
    if (this.server.listening) await this.down();
  }

  private answer(request: ReceivedRequest, response: ServerResponse): void {
    this.received.push(request);
    const behaviour = this.behaviour;
    switch (behaviour.answer) {
      case 'accept':
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(behaviour.reference ? { partnerReference: behaviour.reference } : { status: 'received' }));
        return;
      case 'status':
        response.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('unavailable');
        return;
      case 'hold':
        this.held.push(response);
        return;
    }
  }
}

// Answers are typed loosely on purpose: a test reads whichever side (success or error) it expects.
interface ErrorAnswer {
  statusCode: number;
  errors: { field: string | null; code: string; description: string }[];
}
interface Summary {
  partner: string;
  pending: number;
  failing: number;
  delivered: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}
interface DeliveryItem {
  transferId: string;
  state: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  partnerReference: string | null;
}
type AdminAnswer = ErrorAnswer & {
  partnerCode: string;
  url: string;
  secretId: string;
  secret?: string;
  signingSecret?: { secretId: string; secret: string };
  status: string;
  items: (DeliveryItem & { code: string; name: string; endpoint: { url: string } | null; delivery: Summary; secretId: string; status: string; createdBy: unknown })[];
  partners: Summary[];
};

describe('hotline exchange: outbound partner transfers', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let probe: KafkaProbe;
  let police: FakePartner;
  let courts: FakePartner;
  let youth: FakePartner;

  let asAdmin: Record<string, string>;
  const admin = (method: string, path: string, body?: unknown, headers: Record<string, string> = asAdmin) =>
    http<AdminAnswer>(method, `${svc.url}/api/v1/admin${path}`, body, headers);
  /** Registers the endpoint of a partner that has no delivery secret yet, and returns the secret generated with it. */
  const registerEndpoint = async (code: PartnerHotline, url: string): Promise<string> => {
    const response = await admin('PUT', `/partners/${code}/endpoint`, { url });
    expect(response.status).toBe(200);
    return response.body.signingSecret!.secret;
  };
  const eventsAbout = <T extends PlatformEvent['type']>(type: T, transferId: string) =>
    probe.events().filter((e): e is Extract<PlatformEvent, { type: T }> => e.type === type && (e.data as { transferId?: string }).transferId === transferId);
  const alertsAbout = (ticketId: string) =>
    probe.events().filter((e): e is Extract<PlatformEvent, { type: 'supervision.alert-raised.v1' }> => e.type === 'supervision.alert-raised.v1' && e.data.ticketId === ticketId);
  const deliveryOf = async (partner: PartnerHotline, transferId: string) => {
    const answer = await admin('GET', `/deliveries?partner=${partner}`);
    return { item: answer.body.items.find((i) => i.transferId === transferId), summary: answer.body.partners[0]! };
  };
  const delivered = (transferId: string) =>
    eventually(() => {
      const [event, ...more] = eventsAbout('partner-transfer.delivered.v1', transferId);
      if (!event) throw new Error(`partner-transfer.delivered.v1 of ${transferId} not observed yet`);
      expect(more).toEqual([]);
      return event;
    });

  beforeAll(async () => {
    [police, courts, youth] = await Promise.all([FakePartner.start(), FakePartner.start(), FakePartner.start()]);
    svc = await startTestService(hotlineExchangeService, { env: ENV });
    probe = await KafkaProbe.start();
    asAdmin = await asUser('exchange.admin');
  }, 60_000);

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop();
    await Promise.all([police, courts, youth].map((partner) => partner?.stop()));
  }, 60_000);

  describe('admin API', () => {
    const everyRoute = (headers: Record<string, string>) =>
      Promise.all([
        admin('PUT', '/partners/110/endpoint', { url: 'not a url' }, headers),
        admin('POST', '/partners/110/endpoint/secrets', { secret: 'short' }, headers),
        admin('GET', '/partners/110/endpoint/secrets', undefined, headers),
        admin('POST', '/partners/110/endpoint/secrets/abcdefghijkl/revoke', undefined, headers),
        admin('GET', '/partners', undefined, headers),
        admin('GET', '/deliveries?state=nonsense', undefined, headers),
      ]);

    it.each([
      ['no token', 401, 'AUTH.TOKEN_MISSING', async () => ({})],
      ['a token that is no JWT', 401, 'AUTH.TOKEN_INVALID', async () => ({ authorization: `Bearer ${randomUUID()}` })],
      ["a hotline agent's token", 403, 'AUTH.ROLE_MISSING', () => asUser('agent.gd')],
      ["a directory administrator's token", 403, 'AUTH.ROLE_MISSING', () => asUser('directory.admin')],
    ])('answers %s with %d %s on every admin route, before looking at the request', async (_, status, code, headers) => {
      for (const answer of await everyRoute(await headers())) {
        expect(answer.status).toBe(status);
        expect(answer.body.errors).toEqual([expect.objectContaining({ code })]);
      }
      expect(await svc.database.query('SELECT 1 FROM partner_endpoints')).toEqual([]);
      expect(await svc.database.query('SELECT 1 FROM partner_delivery_secrets')).toEqual([]);
    });

    it('registers an endpoint, generating its first signing secret, shown once and never listed', async () => {
      const registered = await admin('PUT', '/partners/12345/endpoint', { url: 'https://12345.example.gov.cn/api/transfers' });
      expect(registered.status).toBe(200);
      expect(registered.headers.get('cache-control')).toBe('no-store');
      expect(registered.body).toEqual({
        partnerCode: '12345',
        url: 'https://12345.example.gov.cn/api/transfers',
        registeredAt: expect.any(String),
        updatedAt: expect.any(String),
        signingSecret: { secretId: expect.stringMatching(/^[\w-]{12}$/), secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/) },
      });

      const listed = await admin('GET', '/partners');
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((p) => p.code)).toEqual(['110', '12345', '12355', '12368']);
      expect(listed.body.items.find((p) => p.code === '12345')).toMatchObject({
        name: '12345政务服务便民热线',
        endpoint: { url: 'https://12345.example.gov.cn/api/transfers' },
        delivery: { pending: 0, failing: 0, delivered: 0, consecutiveFailures: 0, lastSuccessAt: null, lastFailureAt: null },
      });
      const secrets = await admin('GET', '/partners/12345/endpoint/secrets');
      expect(secrets.body.items).toEqual([
        expect.objectContaining({ secretId: registered.body.signingSecret!.secretId, status: 'active', createdBy: expect.objectContaining({ organisationId: 'justice-gd' }) }),
      ]);
      for (const answer of [listed, secrets]) expect(JSON.stringify(answer.body)).not.toContain(registered.body.signingSecret!.secret.slice(6));
      // Sealed at rest: the database does not hold the secret in clear either.
      const [stored] = await svc.database.query<{ sealed: string }>('SELECT encode(sealed_secret, $1) AS sealed FROM partner_delivery_secrets', ['escape']);
      expect(stored!.sealed).not.toContain('whsec_');
    });

    it('keeps the secrets when the URL changes, takes a partner\'s own second secret without echoing it, and allows no third', async () => {
      const moved = await admin('PUT', '/partners/12345/endpoint', { url: 'https://12345.example.gov.cn/v2/transfers' });
      expect(moved.status).toBe(200);
      expect(moved.body).not.toHaveProperty('signingSecret');

      const own = `whsec_${randomBytes(32).toString('base64')}`;
      const added = await admin('POST', '/partners/12345/endpoint/secrets', { secret: own });
      expect(added.status).toBe(201);
      expect(added.body).toEqual({ partnerCode: '12345', secretId: expect.any(String), createdAt: expect.any(String) });

      const third = await admin('POST', '/partners/12345/endpoint/secrets');
      expect(third.status).toBe(409);
      expect(third.body.errors).toEqual([expect.objectContaining({ code: 'DELIVERY_SECRET.TOO_MANY_ACTIVE' })]);

      const revoked = await admin('POST', `/partners/12345/endpoint/secrets/${added.body.secretId}/revoke`);
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ secretId: added.body.secretId, newlyRevoked: true });
      expect((await admin('POST', `/partners/12345/endpoint/secrets/${added.body.secretId}/revoke`)).body).toMatchObject({ newlyRevoked: false });
      const generated = await admin('POST', '/partners/12345/endpoint/secrets');
      expect(generated.status).toBe(201);
      expect(generated.body.secret).toMatch(/^whsec_/);
    });

    it.each([
      ['an unknown partner', 'PUT', '/partners/119/endpoint', { url: 'https://x.example/t' }, 'code'],
      ['a URL of another scheme', 'PUT', '/partners/110/endpoint', { url: 'ftp://x.example/t' }, 'url'],
      ['a URL with credentials', 'PUT', '/partners/110/endpoint', { url: 'https://user:pw@x.example/t' }, 'url'],
      ['no URL', 'PUT', '/partners/110/endpoint', {}, 'url'],
      ['a URL that is a list', 'PUT', '/partners/110/endpoint', { url: ['https://x.example/t'] }, 'url'],
      ['a former-style secret', 'POST', '/partners/110/endpoint/secrets', { secret: 'x'.repeat(43) }, 'secret'],
      ['a secret of too few bytes', 'POST', '/partners/110/endpoint/secrets', { secret: `whsec_${randomBytes(8).toString('base64')}` }, 'secret'],
      ['a malformed secret id', 'POST', '/partners/110/endpoint/secrets/x/revoke', undefined, 'secretId'],
      ['an unknown secret id', 'POST', '/partners/110/endpoint/secrets/abcdefghijkl/revoke', undefined, 'secretId'],
      ['an unknown state', 'GET', '/deliveries?state=lost', undefined, 'state'],
      ['a limit out of range', 'GET', '/deliveries?limit=100000', undefined, 'limit'],
      ['two partners', 'GET', '/deliveries?partner=110&partner=12345', undefined, 'partner'],
    ])('refuses %s with 4xx naming the field', async (_, method, path, body, field) => {
      const answer = await admin(method, path, body);
      expect([400, 404]).toContain(answer.status);
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  describe('delivering a transfer', () => {
    let secret: string;

    beforeAll(async () => {
      secret = await registerEndpoint('110', police.url);
    });

    it("POSTs it to the partner's endpoint once, signed, with the transfer id as Idempotency-Key, and reports it delivered", async () => {
      police.behaviour = { answer: 'accept', reference: '110-QX-0001' };
      const requested = transferRequested();
      const { transferId, ticketId } = requested.data;
      await probe.publishEvent(TOPICS.partnerTransfers, requested);

      const event = await delivered(transferId);
      expect(event).toMatchObject({
        source: 'hotline-exchange',
        subject: transferId,
        correlationId: requested.correlationId,
        causationId: requested.id,
        data: { transferId, ticketId, partner: '110', partnerReference: '110-QX-0001', attempts: 1 },
      });
      expect(probe.messages.find((m) => m.event?.id === event.id)).toMatchObject({ topic: TOPICS.partnerTransfers, key: transferId });

      const [request, ...more] = police.requestsFor(transferId);
      expect(more).toEqual([]);
      expect(request!.headers).toMatchObject({ 'content-type': 'application/json', 'idempotency-key': transferId, 'webhook-id': transferId });
      expect(request!.headers).not.toHaveProperty('x-signature');
      expect(verifiedBy(secret, request!)).toEqual(JSON.parse(request!.body));
      expect(() => verifiedBy(`whsec_${randomBytes(32).toString('base64')}`, request!)).toThrow(/No matching signature/);
      // Partners route webhooks on `type`: it comes first.
      expect(request!.body.startsWith('{"type":"transfer.requested",')).toBe(true);
      expect(JSON.parse(request!.body)).toEqual({
        type: 'transfer.requested',
        messageId: transferId,
        ticketId,
        ticketNumber: golden.data.ticketNumber,
        reason: 'danger',
        urgent: true,
        legalCategory: golden.data.legalCategory,
        regionCode: golden.data.regionCode,
        summary: golden.data.summary,
        note: golden.data.note,
        caller: golden.data.caller,
        requestedBy: golden.data.requestedBy,
        requestedAt: expect.stringMatching(/\+08:00$/),
      });
      expect(Date.parse((JSON.parse(request!.body) as { requestedAt: string }).requestedAt)).toBe(Date.parse(requested.data.requestedAt));

      const { item } = await deliveryOf('110', transferId);
      expect(item).toMatchObject({ state: 'delivered', attempts: 1, nextAttemptAt: null, deliveredAt: expect.any(String), partnerReference: '110-QX-0001' });
      // Delivered: the caller's contact is not kept any longer.
      const [stored] = await svc.database.query<{ payload: string }>('SELECT payload::text AS payload FROM partner_transfers WHERE transfer_id = $1', [transferId]);
      expect(stored!.payload).not.toMatch(new RegExp(`${golden.data.caller.name}|${golden.data.caller.phone}`));
      expect(eventsAbout('partner-transfer.delivery-failed.v1', transferId)).toEqual([]);
    });

    it('delivers a transfer once when its request arrives twice', async () => {
      police.behaviour = { answer: 'accept', reference: null };
      const requested = transferRequested();
      const { transferId } = requested.data;
      await probe.publishEvent(TOPICS.partnerTransfers, requested);
      await probe.publishEvent(TOPICS.partnerTransfers, requested);
      // The same request again under a new event id (an owner that emitted it twice).
      await probe.publishEvent(TOPICS.partnerTransfers, { ...requested, id: randomUUID() });

      const event = await delivered(transferId);
      await settle();
      expect(event.data).toMatchObject({ attempts: 1, partnerReference: null });
      expect(police.requestsFor(transferId)).toHaveLength(1);
      expect(eventsAbout('partner-transfer.delivered.v1', transferId)).toHaveLength(1);
      expect(await svc.database.query('SELECT transfer_id FROM partner_transfers WHERE transfer_id = $1', [transferId])).toHaveLength(1);
    });

    it('signs with both secrets while the partner switches, and with the new one alone once the old is revoked', async () => {
      police.behaviour = { answer: 'accept', reference: null };
      const added = await admin('POST', '/partners/110/endpoint/secrets');
      expect(added.status).toBe(201);
      const newer = added.body.secret!;

      const during = transferRequested();
      await probe.publishEvent(TOPICS.partnerTransfers, during);
      await delivered(during.data.transferId);
      const [both] = police.requestsFor(during.data.transferId);
      expect(String(both!.headers['webhook-signature']).split(' ')).toHaveLength(2);
      expect(() => verifiedBy(secret, both!)).not.toThrow();
      expect(() => verifiedBy(newer, both!)).not.toThrow();

      const [older] = (await admin('GET', '/partners/110/endpoint/secrets')).body.items.filter((item) => item.secretId !== added.body.secretId);
      expect((await admin('POST', `/partners/110/endpoint/secrets/${older!.secretId}/revoke`)).status).toBe(200);
      const after = transferRequested();
      await probe.publishEvent(TOPICS.partnerTransfers, after);
      await delivered(after.data.transferId);
      const [single] = police.requestsFor(after.data.transferId);
      expect(() => verifiedBy(newer, single!)).not.toThrow();
      expect(() => verifiedBy(secret, single!)).toThrow(/No matching signature/);
      secret = newer;
    });
  });

  describe('while the partner is down', () => {
    const requested = transferRequested({ partner: '12368' });
    const { transferId, ticketId } = requested.data;
    let deliveredAt: number;

    beforeAll(async () => {
      await courts.down();
      await registerEndpoint('12368', courts.url);
      await probe.publishEvent(TOPICS.partnerTransfers, requested);
    });

    it('reports every failed attempt, waiting longer each time, up to the maximum', async () => {
      const failures = await eventually(() => {
        const found = eventsAbout('partner-transfer.delivery-failed.v1', transferId);
        expect(found.length).toBeGreaterThanOrEqual(5);
        return found;
      });
      expect(failures.map((f) => f.data.attempts)).toEqual(failures.map((_, i) => i + 1));
      expect(failures[0]!.data.error).toMatch(/ECONNREFUSED/);
      const nextAttempts = failures.map((f) => Date.parse(f.data.nextAttemptAt));
      expect(nextAttempts).toEqual([...nextAttempts].sort((a, b) => a - b));
      const waits = failures.map((f) => Date.parse(f.data.nextAttemptAt) - Date.parse(f.data.failedAt));
      // Equal jitter: each wait is at least the previous one until the maximum is reached.
      expect(waits.slice(0, 4)).toEqual([...waits.slice(0, 4)].sort((a, b) => a - b));
      expect(Math.max(...waits)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      expect(waits[0]).toBeLessThanOrEqual(100);
      expect(failures.every((f) => f.correlationId === requested.correlationId && f.causationId === requested.id)).toBe(true);
    });

    it('shows the transfer failing and the partner with consecutive failures', async () => {
      const { item, summary } = await deliveryOf('12368', transferId);
      expect(item).toMatchObject({ state: 'failing', lastError: expect.stringMatching(/ECONNREFUSED/), nextAttemptAt: expect.any(String), deliveredAt: null });
      expect(item!.attempts).toBeGreaterThanOrEqual(5);
      expect(summary).toMatchObject({ partner: '12368', failing: 1, delivered: 0, lastSuccessAt: null, lastFailureAt: expect.any(String) });
      expect(summary.consecutiveFailures).toBeGreaterThanOrEqual(5);
    });

    it('raises a critical alert for the danger transfer, and repeats it only after the repeat interval', async () => {
      // The partner answers again, but refuses: still failing.
      courts.behaviour = { answer: 'status', status: 503 };
      await courts.up();
      const alerts = await eventually(() => {
        const found = alertsAbout(ticketId);
        expect(found.length).toBeGreaterThanOrEqual(3);
        return found;
      }, 30_000);
      expect(alerts[0]).toMatchObject({
        source: 'hotline-exchange',
        subject: ticketId,
        data: { ticketId, kind: 'partner-delivery-failing', severity: 'critical', message: expect.stringContaining('12368') },
      });
      const raised = alerts.map((a) => Date.parse(a.data.raisedAt));
      for (let i = 1; i < raised.length; i += 1) expect(raised[i]! - raised[i - 1]!).toBeGreaterThanOrEqual(ALERT_REPEAT_MS);
      const failures = eventsAbout('partner-transfer.delivery-failed.v1', transferId);
      expect(failures.length).toBeGreaterThan(alerts.length);
      expect(failures.at(-1)!.data.error).toBe('partner answered HTTP 503');
    });

    it('delivers it when the partner is back, and the alerts stop', async () => {
      courts.behaviour = { answer: 'accept', reference: 'FS-COURT-7' };
      const event = await delivered(transferId);
      deliveredAt = Date.parse(event.data.deliveredAt);
      const failures = eventsAbout('partner-transfer.delivery-failed.v1', transferId);
      expect(event.data).toMatchObject({ partner: '12368', partnerReference: 'FS-COURT-7', attempts: failures.length + 1 });
      // Each attempt reached the partner once, with the same key: it can tell they are one transfer.
      expect(courts.requestsFor(transferId).every((r) => r.headers['idempotency-key'] === transferId)).toBe(true);

      await settle(2 * ALERT_REPEAT_MS + 500);
      expect(alertsAbout(ticketId).filter((a) => Date.parse(a.data.raisedAt) > deliveredAt)).toEqual([]);
      expect(eventsAbout('partner-transfer.delivery-failed.v1', transferId)).toHaveLength(failures.length);
      const { item, summary } = await deliveryOf('12368', transferId);
      expect(item).toMatchObject({ state: 'delivered', nextAttemptAt: null, partnerReference: 'FS-COURT-7' });
      expect(summary).toMatchObject({ failing: 0, delivered: 1, consecutiveFailures: 0, lastSuccessAt: new Date(deliveredAt).toISOString() });
    });

    it('lists deliveries by state', async () => {
      const failing = await admin('GET', '/deliveries?state=failing');
      const deliveredOnes = await admin('GET', '/deliveries?state=delivered&partner=12368');
      expect(failing.body.items.map((i) => i.transferId)).not.toContain(transferId);
      expect(deliveredOnes.body.items.map((i) => i.transferId)).toEqual([transferId]);
      expect(failing.body.partners.map((p) => p.partner)).toEqual(['110', '12345', '12355', '12368']);
    });
  });

  it('retries a transfer to a partner without an endpoint, and delivers it once one is registered', async () => {
    const requested = transferRequested({ partner: '12355', reason: 'not-ours', urgent: false });
    const { transferId, ticketId } = requested.data;
    await probe.publishEvent(TOPICS.partnerTransfers, requested);

    const failure = await probe.waitForEvent((e) => e.type === 'partner-transfer.delivery-failed.v1' && e.data.transferId === transferId);
    expect(failure.data).toMatchObject({ error: 'partner 12355 has no registered delivery endpoint' });
    const alert = await probe.waitForEvent((e) => e.type === 'supervision.alert-raised.v1' && e.data.ticketId === ticketId);
    expect(alert.data).toMatchObject({ kind: 'partner-delivery-failing', severity: 'warning' });

    await registerEndpoint('12355', youth.url);
    await delivered(transferId);
    expect(youth.requestsFor(transferId)).toHaveLength(1);
  });

  it('never lets two deliverers make the same attempt, and completes an attempt cut short by a restart exactly once more', async () => {
    police.behaviour = { answer: 'hold' };
    const requested = transferRequested();
    const { transferId } = requested.data;
    await probe.publishEvent(TOPICS.partnerTransfers, requested);
    await eventually(() => expect(police.requestsFor(transferId)).toHaveLength(1));

    // The worker holds the transfer while the partner thinks: another deliverer finds nothing due.
    expect(await svc.app.get(DeliverPartnerTransferHandler).deliverNext(new AbortController().signal)).toBe(false);
    expect(police.requestsFor(transferId)).toHaveLength(1);

    const database = svc.database;
    await svc.stop({ keepDatabase: true });
    police.behaviour = { answer: 'accept', reference: '110-QX-0002' };
    svc = await startTestService(hotlineExchangeService, { env: ENV, database });

    const event = await delivered(transferId);
    await settle();
    // The attempt cut short was not counted: the partner never answered it.
    expect(event.data).toMatchObject({ attempts: 1, partnerReference: '110-QX-0002' });
    const [first, second, ...more] = police.requestsFor(transferId);
    expect(more).toEqual([]);
    expect(second!.body).toBe(first!.body);
    // The same message (webhook-id), signed again for its own attempt.
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(Number(second!.headers['webhook-timestamp'])).toBeGreaterThanOrEqual(Number(first!.headers['webhook-timestamp']));
    expect(eventsAbout('partner-transfer.delivery-failed.v1', transferId)).toEqual([]);
    expect((await deliveryOf('110', transferId)).item).toMatchObject({ state: 'delivered', attempts: 1 });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
