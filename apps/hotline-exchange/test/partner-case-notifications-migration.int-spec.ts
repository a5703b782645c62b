import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { createEvent, TOPICS, type PartnerHotline, type PlatformEvent } from '@legal-hotline/contracts';
import { eventually, http, KafkaProbe, pendingSchemaChanges, signedPartnerHeaders, startTestService, type PartnerCredentials, type TestService } from '@legal-hotline/testing';
import { PartnerCaseNotifications1795800000001 } from '../src/db/migrations/1795800000001-partner-case-notifications.js';
import { hotlineExchangeService, type HotlineExchangeConfig } from '../src/hotline-exchange.service-definition.js';
import { IssuePartnerKeyHandler } from '../src/partners/issue-partner-key.handler.js';

const ENV = { REGION_PROVINCES: '44', EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex') };

const aCase = () => ({
  partnerReference: `REF-${randomUUID().slice(0, 8)}`,
  caller: { name: '陈大明', phone: '13812345678', language: 'yue' },
  requestType: 'legal-aid-application',
  legalCategory: 'labour-remuneration',
  regionCode: '440605011',
  matterLocation: { arosenInRegionCode: '440605011' },
  summary: '被拖欠工资',
  flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  callerConsentToTransfer: true,
});

function ticketOpened(ticketId: string, ticketNumber: string): PlatformEvent {
  return createEvent({
    id: randomUUID(),
    type: 'ticket.opened.v1',
    source: 'intake',
    subject: ticketId,
    occurredAt: new Date(),
    correlationId: randomUUID(),
    causationId: null,
    data: {
      ticketId,
      ticketNumber,
      channel: 'partner',
      firstContact: { platform: '12345', organisation: '12345政务服务便民热线', agent: null, receivedAt: new Date().toISOString() },
      caller: { maskedName: '陈**', maskedPhone: '138********', language: 'yue', accessibilityNeeds: [] },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605011' },
      summary: '被拖欠工资',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
      openedAt: new Date().toISOString(),
    },
  });
}

interface Row {
  ticket_id: string;
  partner_code: string;
  sequence: number;
  feed_position: string;
  message_id: string;
  ticket_number: string | null;
  delivery_state: string;
  attempts: number;
  due: boolean;
}

describe('migration 1795800000001: the history recorded before becomes numbered notifications', () => {
  let svc: TestService<HotlineExchangeConfig>;
  let probe: KafkaProbe;
  const keys = new Map<PartnerHotline, PartnerCredentials>();
  const forward = async (partner: PartnerHotline): Promise<string> => {
    const body = aCase();
    const response = await http<{ ticketId: string }>('POST', `${svc.url}/api/v1/partner/tickets`, body, {
      ...signedPartnerHeaders(keys.get(partner)!, body),
      'idempotency-key': randomUUID(),
    });
    expect(response.status).toBe(201);
    return response.body.ticketId;
  };
  const rows = () =>
    svc.database.query<Row>(
      `SELECT ticket_id, partner_code, sequence, feed_position, message_id, ticket_number, delivery_state, attempts, next_attempt_at IS NOT NULL AS due
         FROM partner_case_updates ORDER BY id`,
    );

  beforeAll(async () => {
    svc = await startTestService(hotlineExchangeService, { env: ENV });
    probe = await KafkaProbe.start();
    for (const partnerCode of ['12345', '110'] as const) {
      const { keyId, secret } = await svc.app.get(IssuePartnerKeyHandler).execute({ partnerCode, issuedBy: null });
      keys.set(partnerCode, { keyId, secret });
    }
  }, 60_000);

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop();
  }, 60_000);

  it('numbers each case in recording order, each partner feed without gaps, and makes the first change of each case due', async () => {
    const first = await forward('12345');
    const police = await forward('110');
    const second = await forward('12345');
    await probe.publishEvent(TOPICS.tickets, ticketOpened(first, '12348-20261123-000101'));
    await eventually(async () => expect(await rows()).toHaveLength(4));

    // Back to the schema before the migration, with the history it held, and forward again.
    const migration = new PartnerCaseNotifications1795800000001();
    const runner = svc.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      expect((await runner.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'partner_case_updates' ORDER BY column_name`)).map((c: { column_name: string }) => c.column_name)).toEqual([
        'at',
        'id',
        'note',
        'status',
        'ticket_id',
      ]);
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }

    const migrated = await rows();
    expect(migrated.map((r) => [r.ticket_id, r.partner_code, r.sequence, r.feed_position, r.delivery_state, r.attempts, r.due])).toEqual([
      [first, '12345', 1, '1', 'pending', 0, true],
      [police, '110', 1, '1', 'pending', 0, true],
      [second, '12345', 1, '2', 'pending', 0, true],
      [first, '12345', 2, '3', 'pending', 0, false],
    ]);
    expect(new Set(migrated.map((r) => r.message_id)).size).toBe(4);
    // What the entries showed at the time is not known: they take the case as it stands.
    expect(migrated.filter((r) => r.ticket_id === first).map((r) => r.ticket_number)).toEqual(['12348-20261123-000101', '12348-20261123-000101']);
    expect(await svc.database.query('SELECT partner_code, last_position FROM partner_case_feeds ORDER BY partner_code')).toEqual([
      { partner_code: '110', last_position: '1' },
      { partner_code: '12345', last_position: '3' },
      { partner_code: '12355', last_position: '0' },
      { partner_code: '12368', last_position: '0' },
    ]);

    const third = await forward('12345');
    const feed = await http<{ changes: { ticketId: string; sequence: number; cursor: string }[] }>(
      'GET',
      `${svc.url}/api/v1/partner/tickets`,
      undefined,
      signedPartnerHeaders(keys.get('12345')!),
    );
    expect(feed.body.changes.map((c) => [c.ticketId, c.sequence, c.cursor])).toEqual([
      [first, 1, '1'],
      [second, 1, '2'],
      [first, 2, '3'],
      [third, 1, '4'],
    ]);
  });

  it('leaves a schema that matches the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
