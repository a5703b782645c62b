import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createEvent, topicOf, type EventData, type EventSource, type EventType, type PartnerHotline, type PlatformEvent } from '@legal-hotline/contracts';
import { Webhook } from 'standardwebhooks';
import {
  asUser,
  eventually,
  http,
  KafkaProbe,
  pendingSchemaChanges,
  settle,
  signedPartnerHeaders,
  startTestService,
  type PartnerCredentials,
  type TestService,
} from '@legal-hotline/testing';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import { DeliverCaseNotificationHandler } from '../src/partner-cases/deliver-case-notification.handler.js';
import { IssuePartnerKeyHandler } from '../src/partners/issue-partner-key.handler.js';

// Small intervals, so back-off and repeating alerts show within seconds. The timeout is long:
// the restart test holds an attempt open while the service stops.
const ENV = {
  REGION_PROVINCES: '44',
  EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'),
  DELIVERY_POLL_MS: '50',
  DELIVERY_TIMEOUT_MS: '10000',
  DELIVERY_BACKOFF_BASE_MS: '100',
  DELIVERY_BACKOFF_MAX_MS: '800',
  DELIVERY_ALERT_REPEAT_MS: '1500',
  CASE_NOTIFICATION_CONCURRENCY: '3',
};
const ALERT_REPEAT_MS = 1500;

const aCase = () => ({
  partnerReference: `REF-${randomUUID().slice(0, 8)}`,
  caller: { name: '陈大明', phone: '13812345678', idNumber: null, language: 'yue', accessibilityNeeds: [] as string[] },
  requestType: 'legal-aid-application',
  legalCategory: 'labour-remuneration',
  regionCode: '440605011',
  matterLocation: { arosenInRegionCode: '440605011' },
  summary: '报警人称被拖欠工资，非警务警情，转12348。',
  flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  callerConsentToTransfer: true,
});

/** A platform fact about a ticket: the contracts' golden example with fresh ids, changed as given. */
function fact<T extends EventType>(type: T, ticketId: string, changes: Partial<EventData<T>> = {}): PlatformEvent {
  const golden = JSON.parse(readFileSync(join(import.meta.dirname, `../../../libs/contracts/src/golden/${type}.json`), 'utf8')) as { source: EventSource; data: EventData<T> };
  const data = { ...golden.data, ticketId, ...changes } as EventData<T>;
  const subject = (data as { assignmentId?: string }).assignmentId ?? ticketId;
  return createEvent({ id: randomUUID(), type, source: golden.source, subject, occurredAt: new Date(), correlationId: randomUUID(), causationId: null, data }) as PlatformEvent;
}

interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  /** The status the fake partner answered with. */
  status: number;
}

interface Notification {
  type: string;
  messageId: string;
  ticketId: string;
  ticketNumber: string | null;
  partnerReference: string;
  sequence: number;
  status: string;
  coarseStatus: string;
  currentHandler: { name: string; agencyType: string } | null;
  note: string;
  at: string;
  cursor: string;
}

type PartnerBehaviour = { answer: 'accept'; delayMs?: number } | { answer: 'status'; status: number } | { answer: 'hold' };

/** A partner hotline's endpoint: a real HTTP server on loopback that records what it receives. */
class FakePartner {
  readonly received: ReceivedRequest[] = [];
  behaviour: PartnerBehaviour = { answer: 'accept' };
  private readonly held: ServerResponse[] = [];
  private port = 0;
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => this.answer(request.headers, Buffer.concat(chunks).toString('utf8'), response));
  });

  static async start(): Promise<FakePartner> {
    const partner = new FakePartner();
    await partner.up();
    return partner;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** What reached the partner about a ticket, in arrival order. */
  about(ticketId: string): (ReceivedRequest & { notification: Notification })[] {
    return this.received
      .map((request) => ({ ...request, notification: JSON.parse(request.body) as Notification }))
      .filter((request) => request.notification.ticketId === ticketId);
  }

  /** The notifications the partner took (2xx) about a ticket, in arrival order. */
  taken(ticketId: string): Notification[] {
    return this.about(ticketId)
      .filter((request) => request.status >= 200 && request.status < 300)
      .map((request) => request.notification);
  }

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

  private answer(headers: IncomingHttpHeaders, body: string, response: ServerResponse): void {
    const behaviour = this.behaviour;
    switch (behaviour.answer) {
      case 'accept': {
        const request = { headers, body, status: 0 };
        this.received.push(request);
        setTimeout(() => {
          // Counted as taken when the answer leaves, as the exchange sees it.
          request.status = 200;
          response.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
        }, behaviour.delayMs ?? 0);
        return;
      }
      case 'status':
        this.received.push({ headers, body, status: behaviour.status });
        response.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('unavailable');
        return;
      case 'hold':
        this.received.push({ headers, body, status: 0 });
        this.held.push(response);
        return;
    }
  }
}

interface NotificationRow {
  sequence: number;
  delivery_state: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
}

describe('hotline exchange: case status notifications pushed to the partner', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let probe: KafkaProbe;
  let asAdmin: Record<string, string>;
  const keys = new Map<PartnerHotline, PartnerCredentials>();
  let police: FakePartner;
  let courts: FakePartner;
  let youth: FakePartner;

  const forward = async (partner: PartnerHotline): Promise<{ ticketId: string; partnerReference: string }> => {
    const body = aCase();
    const response = await http<{ ticketId: string; partnerReference: string }>('POST', `${svc.url}/api/v1/partner/tickets`, body, {
      ...signedPartnerHeaders(keys.get(partner)!, body),
      'idempotency-key': randomUUID(),
    });
    expect(response.status).toBe(201);
    return response.body;
  };
  const registerEndpoint = async (code: PartnerHotline, url: string): Promise<string> => {
    const response = await http<{ signingSecret: { secret: string } }>('PUT', `${svc.url}/api/v1/admin/partners/${code}/endpoint`, { url }, asAdmin);
    expect(response.status).toBe(200);
    return response.body.signingSecret.secret;
  };
  const notificationsOf = (ticketId: string) =>
    svc.database.query<NotificationRow>(
      'SELECT sequence, delivery_state, attempts, next_attempt_at, last_error FROM partner_case_updates WHERE ticket_id = $1 ORDER BY sequence',
      [ticketId],
    );
  /** Publishes a fact and waits until the exchange has recorded the change it makes, so facts apply in the order given. */
  const apply = async (ticketId: string, event: PlatformEvent): Promise<void> => {
    const before = (await notificationsOf(ticketId)).length;
    await probe.publishEvent(topicOf(event.type), event);
    await eventually(async () => expect((await notificationsOf(ticketId)).length).toBe(before + 1));
  };
  const alertsAbout = (ticketId: string) =>
    probe.events().filter((e): e is Extract<PlatformEvent, { type: 'supervision.alert-raised.v1' }> => e.type === 'supervision.alert-raised.v1' && e.data.ticketId === ticketId);
  const deliveryStateOf = async (code: PartnerHotline) =>
    (await svc.database.query<{ consecutive_failures: number; last_success_at: Date | null }>('SELECT consecutive_failures, last_success_at FROM partner_delivery_states WHERE partner_code = $1', [code]))[0];
  const later = (() => {
    let last = Date.now();
    // Each fact a little after the one before: routing compares decision times.
    return () => new Date((last = Math.max(last + 1_000, Date.now()))).toISOString();
  })();

  beforeAll(async () => {
    [police, courts, youth] = await Promise.all([FakePartner.start(), FakePartner.start(), FakePartner.start()]);
    svc = await startTestService(hotlineExchangeService, { env: ENV });
    probe = await KafkaProbe.start();
    asAdmin = await asUser('exchange.admin');
    for (const partnerCode of ['110', '12368', '12355'] as const) {
      const { keyId, secret } = await svc.app.get(IssuePartnerKeyHandler).execute({ partnerCode, issuedBy: null });
      keys.set(partnerCode, { keyId, secret });
    }
  }, 60_000);

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop();
    await Promise.all([police, courts, youth].map((partner) => partner?.stop()));
  }, 60_000);

  describe('to a partner whose endpoint answers', () => {
    let secret: string;

    beforeAll(async () => {
      secret = await registerEndpoint('110', police.url);
    });

    it('pushes every status change once, in order, signed, with nothing personal, and the same objects as the feed', async () => {
      const { ticketId, partnerReference } = await forward('110');
      const [first, second] = [randomUUID(), randomUUID()];
      const facts = [
        fact('ticket.opened.v1', ticketId, { openedAt: later() }),
        fact('assignment.requested.v1', ticketId, { assignmentId: first, requestedAt: later() }),
        fact('assignment.rejected.v1', ticketId, { assignmentId: first, rejectedAt: later() }),
        fact('assignment.requested.v1', ticketId, { assignmentId: second, requestedAt: later() }),
        fact('assignment.accepted.v1', ticketId, { assignmentId: second, acceptedAt: later() }),
        fact('assignment.started.v1', ticketId, { assignmentId: second, startedAt: later() }),
        fact('ticket.answered.v1', ticketId, { answeredAt: later() }),
        fact('ticket.closed.v1', ticketId, { closedAt: later() }),
        fact('ticket.reopened.v1', ticketId, { reopenedAt: later() }),
        fact('ticket.merged.v1', ticketId, { mergedAt: later() }),
        fact('ticket.merge-undone.v1', ticketId, { undoneAt: later() }),
        fact('routing.returned-to-owner.v1', ticketId, { returnedAt: later() }),
      ];
      for (const event of facts) await apply(ticketId, event);

      const statuses = [
        'received',
        'received',
        'awaiting-acceptance',
        'routed',
        'awaiting-acceptance',
        'accepted',
        'in-progress',
        'answered',
        'closed',
        'reopened',
        'merged',
        'reopened',
        'returned-to-owner',
      ];
      await eventually(() => expect(police.taken(ticketId)).toHaveLength(statuses.length));
      await settle();
      const requests = police.about(ticketId);
      const pushed = requests.map((r) => r.notification);
      expect(requests).toHaveLength(statuses.length);
      expect(pushed.map((n) => n.sequence)).toEqual(statuses.map((_, i) => i + 1));
      expect(pushed.map((n) => n.status)).toEqual(statuses);
      expect(new Set(pushed.map((n) => n.messageId)).size).toBe(statuses.length);
      for (const request of requests) {
        expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toEqual(request.notification);
        expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': request.notification.messageId, 'idempotency-key': request.notification.messageId });
      }
      expect(pushed[0]).toEqual({
        type: 'case.status-changed',
        messageId: expect.any(String),
        ticketId,
        ticketNumber: null,
        partnerReference,
        sequence: 1,
        status: 'received',
        coarseStatus: 'open',
        currentHandler: null,
        note: `Received from 110 as ${partnerReference}`,
        at: expect.stringMatching(/\+08:00$/),
        cursor: expect.stringMatching(/^\d+$/),
      });
      expect(pushed[5]).toMatchObject({ status: 'accepted', ticketNumber: '12348-20261123-000042', currentHandler: { name: '南海区法律援助中心', agencyType: 'legal-aid-centre' } });
      expect(pushed[7]).toMatchObject({ status: 'answered', coarseStatus: 'open', note: 'The caller has been answered' });
      expect(pushed[10]).toMatchObject({ status: 'merged', coarseStatus: 'closed' });
      // The answer, the staff's notes and names, the caller: none of it leaves for the partner.
      expect(JSON.stringify(pushed)).not.toMatch(/陈|13812345678|138\*|已告知|受理审查|何律师|agent-0731|officer-li|mediator-wang|九江镇|回访不满意|重复来电/);
      const cursors = pushed.map((n) => BigInt(n.cursor));
      expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : 1)));

      const feed = await http<{ changes: Notification[] }>('GET', `${svc.url}/api/v1/partner/tickets?after=${cursors[0]! - 1n}&limit=500`, undefined, signedPartnerHeaders(keys.get('110')!));
      expect(feed.body.changes.filter((c) => c.ticketId === ticketId)).toEqual(pushed);

      expect(await notificationsOf(ticketId)).toEqual(statuses.map((_, i) => expect.objectContaining({ sequence: i + 1, delivery_state: 'delivered', attempts: 1, next_attempt_at: null })));
      expect(await deliveryStateOf('110')).toMatchObject({ consecutive_failures: 0, last_success_at: expect.any(Date) });
      expect(alertsAbout(ticketId)).toEqual([]);
    });

    it('delivers each change once and in order per case with two instances and several lanes pushing at once', async () => {
      police.behaviour = { answer: 'accept', delayMs: 30 };
      const second = await startTestService(hotlineExchangeService, { env: ENV, database: svc.database });
      try {
        const cases = await Promise.all(Array.from({ length: 6 }, () => forward('110')));
        await Promise.all(
          cases.map(async ({ ticketId }) => {
            await apply(ticketId, fact('ticket.opened.v1', ticketId, { openedAt: later() }));
            await apply(ticketId, fact('assignment.requested.v1', ticketId, { assignmentId: randomUUID(), requestedAt: later() }));
          }),
        );
        for (const { ticketId } of cases) await eventually(() => expect(police.taken(ticketId)).toHaveLength(3));
        await settle();
        for (const { ticketId } of cases) {
          const requests = police.about(ticketId);
          expect(requests.map((r) => r.notification.sequence)).toEqual([1, 2, 3]);
          expect(requests.map((r) => r.status)).toEqual([200, 200, 200]);
        }
      } finally {
        police.behaviour = { answer: 'accept' };
        await second.stop({ keepDatabase: true });
      }
    });
  });

  describe('while the partner is down', () => {
    let first: { ticketId: string };
    let other: { ticketId: string };

    beforeAll(async () => {
      await courts.down();
      await registerEndpoint('12368', courts.url);
      first = await forward('12368');
      other = await forward('12368');
      await apply(first.ticketId, fact('ticket.opened.v1', first.ticketId, { openedAt: later() }));
      await apply(first.ticketId, fact('assignment.requested.v1', first.ticketId, { assignmentId: randomUUID(), requestedAt: later() }));
    });

    it('retries the first change of each case with back-off, holding the later ones back', async () => {
      const rows = await eventually(async () => {
        const found = await notificationsOf(first.ticketId);
        expect(found[0]!.attempts).toBeGreaterThanOrEqual(3);
        return found;
      });
      expect(rows[0]).toMatchObject({ delivery_state: 'failing', last_error: expect.stringMatching(/ECONNREFUSED/), next_attempt_at: expect.any(Date) });
      expect(rows.slice(1)).toEqual([
        expect.objectContaining({ sequence: 2, delivery_state: 'pending', attempts: 0, next_attempt_at: null }),
        expect.objectContaining({ sequence: 3, delivery_state: 'pending', attempts: 0, next_attempt_at: null }),
      ]);
      expect((await notificationsOf(other.ticketId))[0]).toMatchObject({ delivery_state: 'failing' });
      expect((await deliveryStateOf('12368'))!.consecutive_failures).toBeGreaterThanOrEqual(3);
    });

    it('raises a warning per case on the first failure, and again only after the repeat interval', async () => {
      courts.behaviour = { answer: 'status', status: 503 };
      await courts.up();
      const alerts = await eventually(() => {
        const found = alertsAbout(first.ticketId);
        expect(found.length).toBeGreaterThanOrEqual(3);
        return found;
      }, 30_000);
      expect(alerts[0]).toMatchObject({
        source: 'hotline-exchange',
        subject: first.ticketId,
        data: { ticketId: first.ticketId, kind: 'partner-delivery-failing', severity: 'warning', message: expect.stringContaining('forwarded by 12368') },
      });
      const raised = alerts.map((a) => Date.parse(a.data.raisedAt));
      for (let i = 1; i < raised.length; i += 1) expect(raised[i]! - raised[i - 1]!).toBeGreaterThanOrEqual(ALERT_REPEAT_MS);
      await eventually(async () => expect((await notificationsOf(first.ticketId))[0]!.last_error).toBe('partner answered HTTP 503'));
      expect(courts.taken(first.ticketId)).toEqual([]);
    });

    it('delivers everything in order, none twice, once the partner is back, and the alerts stop', async () => {
      courts.behaviour = { answer: 'accept' };
      await eventually(() => {
        expect(courts.taken(first.ticketId)).toHaveLength(3);
        expect(courts.taken(other.ticketId)).toHaveLength(1);
      });
      const deliveredAt = Date.now();
      await settle(2 * ALERT_REPEAT_MS + 500);
      const taken = courts.taken(first.ticketId);
      expect(taken.map((n) => n.sequence)).toEqual([1, 2, 3]);
      expect(new Set(taken.map((n) => n.messageId)).size).toBe(3);
      expect(courts.taken(other.ticketId).map((n) => n.sequence)).toEqual([1]);
      // Every failed attempt was of the first change: the later ones were only sent once it was taken.
      expect(courts.about(first.ticketId).filter((r) => r.notification.sequence > 1)).toHaveLength(2);
      expect(alertsAbout(first.ticketId).filter((a) => Date.parse(a.data.raisedAt) > deliveredAt)).toEqual([]);
      expect(await notificationsOf(first.ticketId)).toEqual([1, 2, 3].map((sequence) => expect.objectContaining({ sequence, delivery_state: 'delivered', next_attempt_at: null })));
      expect(await deliveryStateOf('12368')).toMatchObject({ consecutive_failures: 0, last_success_at: expect.any(Date) });
    });
  });

  it('keeps the changes of a partner without an endpoint pending, without attempts or alerts, and pushes them once it registers one', async () => {
    const { ticketId } = await forward('12355');
    await apply(ticketId, fact('ticket.opened.v1', ticketId, { openedAt: later() }));
    await settle();
    expect(await notificationsOf(ticketId)).toEqual([
      expect.objectContaining({ sequence: 1, delivery_state: 'pending', attempts: 0, last_error: null }),
      expect.objectContaining({ sequence: 2, delivery_state: 'pending', attempts: 0, next_attempt_at: null }),
    ]);
    expect(alertsAbout(ticketId)).toEqual([]);
    expect(await deliveryStateOf('12355')).toBeUndefined();

    const secret = await registerEndpoint('12355', youth.url);
    await eventually(() => expect(youth.taken(ticketId).map((n) => n.sequence)).toEqual([1, 2]));
    for (const request of youth.about(ticketId)) expect(() => new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).not.toThrow();
  });

  it('never lets a second deliverer take a change being attempted or the one after it, and completes an attempt cut short by a restart exactly once more', async () => {
    police.behaviour = { answer: 'hold' };
    const { ticketId } = await forward('110');
    await eventually(() => expect(police.about(ticketId)).toHaveLength(1));
    await apply(ticketId, fact('ticket.opened.v1', ticketId, { openedAt: later() }));

    // The worker holds the first change while the partner thinks; the second waits for it.
    await svc.app.get(DeliverCaseNotificationHandler).deliverNext(new AbortController().signal);
    expect(police.about(ticketId)).toHaveLength(1);
    expect((await notificationsOf(ticketId))[1]).toMatchObject({ delivery_state: 'pending', attempts: 0 });

    const database = svc.database;
    await svc.stop({ keepDatabase: true });
    police.behaviour = { answer: 'accept' };
    svc = await startTestService(hotlineExchangeService, { env: ENV, database });

    await eventually(() => expect(police.taken(ticketId).map((n) => n.sequence)).toEqual([1, 2]));
    await settle();
    const [held, retried, next, ...more] = police.about(ticketId);
    expect(more).toEqual([]);
    expect(retried!.body).toBe(held!.body);
    expect(retried!.headers['webhook-id']).toBe(held!.headers['webhook-id']);
    expect(next!.notification.sequence).toBe(2);
    // The attempt cut short was not counted: the partner never answered it.
    expect(await notificationsOf(ticketId)).toEqual([
      expect.objectContaining({ sequence: 1, delivery_state: 'delivered', attempts: 1 }),
      expect.objectContaining({ sequence: 2, delivery_state: 'delivered', attempts: 1 }),
    ]);
    expect(alertsAbout(ticketId)).toEqual([]);
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
