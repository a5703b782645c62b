import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createEvent,
  TOPICS,
  type EventEnvelope,
  type PartnerHotline,
  type PartnerTransferRequestedV1,
} from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import {
  asUser,
  eventually,
  http,
  KafkaProbe,
  startTestService,
  type DemoUser,
  type TestService,
} from '@legal-hotline/testing';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import type { DeliveriesDto } from '../src/partner-transfers/partner-admin.dto.js';

const ENV = {
  EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'),
  DELIVERY_POLL_MS: '50',
  DELIVERY_BACKOFF_BASE_MS: '100',
  DELIVERY_BACKOFF_MAX_MS: '800',
};

const golden = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../libs/contracts/src/golden/partner-transfer.requested.v1.json'),
    'utf8',
  ),
) as EventEnvelope<'partner-transfer.requested.v1', PartnerTransferRequestedV1>;

const HOUR = 3_600_000;
const TOMORROW = new Date(Date.now() + 24 * HOUR);

interface SeededTransfer {
  partner: PartnerHotline;
  /** The ticket's region, as the transfer carries it. */
  regionCode: string;
  state: 'pending' | 'failing' | 'delivered';
  attempts: number;
  lastError?: string;
  /** Hours ago the transfer was requested. */
  requestedHoursAgo: number;
  /** The partner's business receipt; awaiting acceptance until tomorrow unless given. */
  receipt?: { state: 'awaiting-acceptance' | 'accepted' | 'rejected' | 'overdue' | 'completed'; dueHoursAgo: number };
}

describe('hotline exchange: partner delivery state for supervisors', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let probe: KafkaProbe;
  const ids = new Map<string, string>();

  /**
   * A transfer as the exchange keeps it. Open ones are next due tomorrow, so the delivery
   * worker leaves them as they are; so are acceptance deadlines still awaited.
   */
  async function seedTransfer(name: string, given: SeededTransfer): Promise<void> {
    const transferId = randomUUID();
    ids.set(name, transferId);
    const requestedAt = new Date(Date.now() - given.requestedHoursAgo * HOUR);
    const lastAttemptAt = given.attempts > 0 ? new Date(requestedAt.getTime() + 60_000) : null;
    const ticketId = randomUUID();
    const ticketNumber = `12348-20261123-${String(ids.size).padStart(6, '0')}`;
    // As kept once the transfer is stored: the caller's contact only until it is delivered.
    const payload = {
      type: 'transfer.requested',
      messageId: transferId,
      ticketId,
      ticketNumber,
      reason: 'not-ours',
      urgent: false,
      legalCategory: golden.data.legalCategory,
      regionCode: given.regionCode,
      summary: golden.data.summary,
      note: null,
      caller: given.state === 'delivered' ? null : golden.data.caller,
      requestedBy: golden.data.requestedBy,
      requestedAt: requestedAt.toISOString(),
    };
    await svc.database.query(
      `INSERT INTO partner_transfers (transfer_id, ticket_id, ticket_number, partner_code, reason, urgent, payload, state, attempts,
                                      next_attempt_at, last_attempt_at, last_error, delivered_at, requested_at, received_at,
                                      correlation_id, requested_event_id, receipt, acceptance_due_at)
       VALUES ($1, $2, $3, $4, 'not-ours', false, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16)`,
      [
        transferId,
        ticketId,
        ticketNumber,
        given.partner,
        JSON.stringify(payload),
        given.state,
        given.attempts,
        given.state === 'delivered' ? null : TOMORROW,
        lastAttemptAt,
        given.lastError ?? null,
        given.state === 'delivered' ? lastAttemptAt : null,
        requestedAt,
        randomUUID(),
        randomUUID(),
        given.receipt?.state ?? 'awaiting-acceptance',
        given.receipt ? new Date(Date.now() - given.receipt.dueHoursAgo * HOUR) : TOMORROW,
      ],
    );
  }

  beforeAll(async () => {
    svc = await startTestService(hotlineExchangeService, { env: ENV });
    probe = await KafkaProbe.start();

    await seedTransfer('nanhai-110-failing', {
      partner: '110',
      regionCode: '440605011',
      state: 'failing',
      attempts: 3,
      lastError: 'HTTP 503',
      requestedHoursAgo: 1,
    });
    await seedTransfer('chancheng-110-pending', {
      partner: '110',
      regionCode: '440604',
      state: 'pending',
      attempts: 0,
      requestedHoursAgo: 2,
    });
    await seedTransfer('shunde-12345-delivered', {
      partner: '12345',
      regionCode: '440606',
      state: 'delivered',
      attempts: 1,
      requestedHoursAgo: 3,
      receipt: { state: 'accepted', dueHoursAgo: 1 },
    });
    await seedTransfer('guangzhou-110-delivered', {
      partner: '110',
      regionCode: '440106',
      state: 'delivered',
      attempts: 2,
      requestedHoursAgo: 4,
    });
    await seedTransfer('qianxi-110-failing', {
      partner: '110',
      regionCode: '520581',
      state: 'failing',
      attempts: 5,
      lastError: 'connect ECONNREFUSED',
      requestedHoursAgo: 5,
    });
    await seedTransfer('qianxi-12345-pending', {
      partner: '12345',
      regionCode: '520581',
      state: 'pending',
      attempts: 0,
      requestedHoursAgo: 6,
    });
    // The 110 endpoint has failed three times in a row, whichever area the transfers came from.
    await svc.database.query(
      `INSERT INTO partner_delivery_states (partner_code, consecutive_failures, last_success_at, last_failure_at, last_error)
       VALUES ('110', 3, $1, $2, 'HTTP 503')`,
      [new Date(Date.now() - 4 * HOUR), new Date(Date.now() - HOUR)],
    );
  }, 60_000);

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop();
  }, 60_000);

  const as = async (user: DemoUser, method: string, path: string, body?: unknown) =>
    http<DeliveriesDto & ErrorBody>(method, `${svc.url}/api/v1/admin${path}`, body, await asUser(user));
  const seeded = (...names: string[]) => names.map((name) => ids.get(name));
  const itemIds = (answer: { body: DeliveriesDto }) =>
    answer.body.items.map((item) => item.transferId).filter((id) => [...ids.values()].includes(id));
  const summaryOf = (answer: { body: DeliveriesDto }, partner: PartnerHotline) =>
    answer.body.partners.find((p) => p.partner === partner);

  it("shows a supervisor the transfers of the area's tickets, newest request first, and each partner's counts over them", async () => {
    const answer = await as('supervisor.foshan', 'GET', '/deliveries');
    expect(answer.status).toBe(200);
    expect(answer.body.regionCode).toBe('440600');
    expect(itemIds(answer)).toEqual(seeded('nanhai-110-failing', 'chancheng-110-pending', 'shunde-12345-delivered'));
    expect(summaryOf(answer, '110')).toEqual({
      partner: '110',
      partnerName: '110报警服务台',
      pending: 1,
      failing: 1,
      delivered: 0,
      lastSuccessAt: expect.any(String),
      lastFailureAt: expect.any(String),
      lastError: 'HTTP 503',
      consecutiveFailures: 3,
    });
    expect(summaryOf(answer, '12345')).toMatchObject({
      partnerName: '12345政务服务便民热线',
      pending: 0,
      failing: 0,
      delivered: 1,
      consecutiveFailures: 0,
    });
    expect(answer.body.partners.map((p) => p.partner)).toEqual(['110', '12345', '12355', '12368']);
  });

  it("lists the latest failures with their error and attempts, and never the payload or the caller's contact", async () => {
    const answer = await as('supervisor.foshan', 'GET', '/deliveries?state=failing');
    expect(answer.body.items).toEqual([
      {
        transferId: ids.get('nanhai-110-failing'),
        ticketId: expect.any(String),
        ticketNumber: expect.any(String),
        partner: '110',
        reason: 'not-ours',
        urgent: false,
        state: 'failing',
        attempts: 3,
        lastError: 'HTTP 503',
        lastAttemptAt: expect.any(String),
        nextAttemptAt: TOMORROW.toISOString(),
        deliveredAt: null,
        partnerReference: null,
        requestedAt: expect.any(String),
        receipt: 'awaiting-acceptance',
        acceptanceDueAt: TOMORROW.toISOString(),
      },
    ]);
    expect(JSON.stringify(answer.body)).not.toContain(golden.data.caller.phone);
    const pending = await as('supervisor.foshan', 'GET', '/deliveries?partner=110&state=pending');
    expect(itemIds(pending)).toEqual(seeded('chancheng-110-pending'));
    expect(pending.body.partners).toEqual([expect.objectContaining({ partner: '110', pending: 1, failing: 1 })]);
  });

  it("shows each transfer's receipt by the partner and its acceptance deadline", async () => {
    const answer = await as('supervisor.foshan', 'GET', '/deliveries?partner=12345');
    const shunde = answer.body.items.find((item) => item.transferId === ids.get('shunde-12345-delivered'));
    expect(shunde).toMatchObject({ state: 'delivered', receipt: 'accepted', acceptanceDueAt: expect.any(String) });
    expect(Date.parse(shunde!.acceptanceDueAt!)).toBeLessThan(Date.now());
  });

  it('widens with the area: the province sees Guangzhou too, Guizhou sees only its own', async () => {
    const guangdong = await as('supervisor.gd', 'GET', '/deliveries');
    expect(itemIds(guangdong)).toEqual(
      seeded('nanhai-110-failing', 'chancheng-110-pending', 'shunde-12345-delivered', 'guangzhou-110-delivered'),
    );
    expect(summaryOf(guangdong, '110')).toMatchObject({ pending: 1, failing: 1, delivered: 1 });

    const guizhou = await as('supervisor.gz', 'GET', '/deliveries');
    expect(guizhou.body.regionCode).toBe('520000');
    expect(itemIds(guizhou)).toEqual(seeded('qianxi-110-failing', 'qianxi-12345-pending'));
    expect(summaryOf(guizhou, '110')).toMatchObject({ pending: 0, failing: 1, delivered: 0, consecutiveFailures: 3 });
  });

  it('shows the exchange administrator every transfer, unscoped', async () => {
    const answer = await as('exchange.admin', 'GET', '/deliveries');
    expect(answer.body.regionCode).toBeNull();
    expect(itemIds(answer)).toHaveLength(6);
    expect(summaryOf(answer, '110')).toMatchObject({ pending: 1, failing: 2, delivered: 1 });
  });

  it('scopes a transfer arriving over Kafka by the region it carries, and shows its failure', async () => {
    // 12355 has no endpoint: each attempt fails and is retried.
    const transferId = randomUUID();
    const requested = createEvent({
      id: randomUUID(),
      type: 'partner-transfer.requested.v1',
      source: 'intake',
      subject: transferId,
      occurredAt: new Date(),
      correlationId: randomUUID(),
      causationId: null,
      data: {
        ...golden.data,
        transferId,
        ticketId: randomUUID(),
        partner: '12355',
        regionCode: '440605011',
        requestedAt: new Date().toISOString(),
      },
    });
    await probe.publishEvent(TOPICS.partnerTransfers, requested);

    const failing = await eventually(async () => {
      const answer = await as('supervisor.foshan', 'GET', '/deliveries?partner=12355&state=failing');
      const item = answer.body.items.find((i) => i.transferId === transferId);
      expect(item).toMatchObject({ state: 'failing', lastError: expect.any(String) });
      return { answer, item: item! };
    });
    expect(failing.item.attempts).toBeGreaterThanOrEqual(1);
    expect(failing.answer.body.partners).toEqual([expect.objectContaining({ partner: '12355', failing: 1 })]);
    const guizhou = await as('supervisor.gz', 'GET', '/deliveries?partner=12355');
    expect(guizhou.body.items).toEqual([]);
    expect(guizhou.body.partners).toEqual([expect.objectContaining({ partner: '12355', pending: 0, failing: 0 })]);
  });

  it("keeps every change and the partner list the exchange administrator's: a supervisor only reads deliveries", async () => {
    const refused = [
      await as('supervisor.gd', 'GET', '/partners'),
      await as('supervisor.gd', 'PUT', '/partners/110/endpoint', { url: 'https://110.example.gov.cn/transfers' }),
      await as('supervisor.gd', 'POST', '/partners/110/endpoint/secrets', {}),
      await as('supervisor.gd', 'GET', '/partners/110/endpoint/secrets'),
      await as('supervisor.gd', 'POST', '/partners/110/keys', {}),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(403);
      expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);
    }
    expect(await svc.database.query('SELECT 1 FROM partner_endpoints')).toEqual([]);
    expect(await svc.database.query('SELECT 1 FROM partner_delivery_secrets')).toEqual([]);
  });

  it('documents the route for both roles, and the write routes for the exchange administrator only', async () => {
    const docs = await http<{ paths: Record<string, Record<string, { 'x-required-roles'?: string[] }>> }>(
      'GET',
      `${svc.url}/docs-json`,
    );
    expect(docs.body.paths['/api/v1/admin/deliveries']?.get?.['x-required-roles']).toEqual([
      'exchange-admin',
      'supervisor',
    ]);
    expect(docs.body.paths['/api/v1/admin/partners']?.get?.['x-required-roles']).toEqual(['exchange-admin']);
    expect(docs.body.paths['/api/v1/admin/partners/{code}/endpoint']?.put?.['x-required-roles']).toEqual([
      'exchange-admin',
    ]);
  });

  it.each([
    ['a hotline agent', 'agent.gd'],
    ["a legal-aid centre's staff", 'staff.nanhai'],
    ['a directory administrator', 'directory.admin'],
  ] as const)('refuses %s the deliveries with 403', async (_case, user) => {
    const answer = await as(user, 'GET', '/deliveries');
    expect(answer.status).toBe(403);
    expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);
  });

  it('answers an anonymous caller 401', async () => {
    const answer = await http<ErrorBody>('GET', `${svc.url}/api/v1/admin/deliveries`);
    expect(answer.status).toBe(401);
    expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.TOKEN_MISSING' })]);
  });

  it.each([
    ['a state that does not exist', '?state=failed', 'state'],
    ['a limit of 0', '?limit=0', 'limit'],
    ['an unknown partner', '?partner=120', 'partner'],
    ['an area asked for', '?regionCode=520000', 'regionCode'],
  ])('answers a supervisor %s with 400 naming the field', async (_case, query, field) => {
    const answer = await as('supervisor.foshan', 'GET', `/deliveries${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
  });
});
