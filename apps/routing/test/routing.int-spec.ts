import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  createEvent,
  topicOf,
  TOPICS,
  type AssignmentRequestedV1,
  type EventEnvelope,
  type PlatformEvent,
  type RoutingFailedV1,
  type TicketOpenedV1,
} from '@legal-hotline/contracts';
import { loadRegionCatalog, type RegionCatalog } from '@legal-hotline/regions';
import type { ErrorBody, ServiceDefinition } from '@legal-hotline/service-runtime';
import {
  asUser,
  createTestDatabase,
  databaseUrl,
  eventually,
  http,
  KafkaProbe,
  pendingSchemaChanges,
  settle,
  startTestService,
  type TestDatabase,
  type TestService,
} from '@legal-hotline/testing';
import type { AgencyPage } from '../src/directory/agency.dto.js';
import { buildDirectorySeed } from '../src/directory/domain/directory-seed.js';
import { seedDirectoryFromEnvironment } from '../src/directory/run-seed-directory.js';
import { SeedDirectoryHandler, type SeedDirectoryCounts } from '../src/directory/seed-directory.handler.js';
import type { TicketRoutingDecisions } from '../src/routing/routing-decision.dto.js';
import { RoutingModule } from '../src/routing.module.js';
import { routingService, type RoutingConfig } from '../src/routing.service-definition.js';

// Monday 10:15 Asia/Shanghai: local bodies keep office hours, so routing is tested on a working
// morning whatever the time the suite runs. A test may move the clock on. (The acceptance timer
// runs by this clock too, so nothing falls due here; the escalation suites use the system clock.)
const NOW = new Date('2026-11-23T02:15:01.000Z');
let now = NOW;
const definition: ServiceDefinition<RoutingConfig> = {
  ...routingService,
  module: (config) => RoutingModule.register(config, { clock: () => now }),
};

const goldenTicket = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../libs/contracts/src/golden/ticket.opened.v1.json'), 'utf8'),
) as EventEnvelope<'ticket.opened.v1', TicketOpenedV1>;

/** The golden Nanhai wage claim with fresh ids, changed as given. */
function ticketOpened(changes: Partial<TicketOpenedV1> = {}): EventEnvelope<'ticket.opened.v1', TicketOpenedV1> {
  const ticketId = randomUUID();
  return createEvent({
    id: randomUUID(),
    type: 'ticket.opened.v1',
    source: 'intake',
    subject: ticketId,
    occurredAt: new Date(),
    correlationId: randomUUID(),
    causationId: null,
    data: { ...goldenTicket.data, ticketId, ...changes },
  });
}

/**
 * The helper's drop uses DROP DATABASE ... WITH (FORCE), which PostgreSQL 15 refuses while an
 * autovacuum worker is on the database, and a freshly seeded directory (3,721 rows) soon gets
 * one. A plain DROP DATABASE stops the worker and waits for it.
 */
async function dropDatabase(database: TestDatabase): Promise<void> {
  try {
    await database.drop();
  } catch {
    const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${database.name}`);
    } finally {
      await admin.end();
    }
  }
}

type Requested = EventEnvelope<'assignment.requested.v1', AssignmentRequestedV1>;
type Failed = EventEnvelope<'routing.failed.v1', RoutingFailedV1>;

const isRequestedFor =
  (ticketId: string) =>
  (event: PlatformEvent): event is Requested =>
    event.type === 'assignment.requested.v1' && event.data.ticketId === ticketId;

describe('routing service', () => {
  let svc: TestService<RoutingConfig>;
  let probe: KafkaProbe;
  let catalog: RegionCatalog;
  let seeded: SeedDirectoryCounts;

  beforeAll(async () => {
    svc = await startTestService(definition);
    probe = await KafkaProbe.start();
    catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
    seeded = await svc.app.get(SeedDirectoryHandler).execute(buildDirectorySeed(catalog, ['44', '52']));
  });

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop({ keepDatabase: true });
    if (svc) await dropDatabase(svc.database);
  });

  const publish = (event: PlatformEvent) => probe.publishEvent(topicOf(event.type), event);
  const requestedFor = (ticketId: string) => probe.waitForEvent(isRequestedFor(ticketId));
  /** A read as a hotline agent: every directory and decision read here is open to agents. */
  const get = async <T = any>(url: string) => http<T>('GET', url, undefined, await asUser('agent.gd'));
  const decisionsOf = (ticketId: string) => get<TicketRoutingDecisions>(`${svc.url}/api/v1/tickets/${ticketId}/routing-decisions`);

  it('seeds the directory of Guangdong and Guizhou', () => {
    expect(seeded.agencies).toEqual({ inserted: 3721, updated: 0, unchanged: 0 });
    expect(seeded.jurisdictions).toEqual({ inserted: 3721, updated: 0, unchanged: 0 });
  });

  describe('routing a new ticket', () => {
    it('asks the Nanhai centre to take a Nanhai township legal-aid application, and says why', async () => {
      const opened = ticketOpened();
      await publish(opened);

      const requested = await requestedFor(opened.data.ticketId);
      expect(requested).toMatchObject({
        source: 'routing',
        subject: requested.data.assignmentId,
        correlationId: opened.correlationId,
        causationId: opened.id,
        data: {
          ticketNumber: opened.data.ticketNumber,
          agency: { agencyId: 'legal-aid-centre:440605', agencyType: 'legal-aid-centre', name: '南海区法律援助中心', regionCode: '440605' },
          caller: opened.data.caller,
          flags: opened.data.flags,
          explanation: {
            rule: 'legal-aid.art38.matter-location',
            fallbackLevel: 0,
            routedOnRegionCode: '440605011',
            reason:
              'Legal Aid Law Art. 38: the matter arose in 440605011 (桂城街道); 南海区法律援助中心 (440605) covers it; ' +
              'acceptance due by 2026-11-23 14:15 Asia/Shanghai (acceptance.green-channel: PT4H)',
            candidatesConsidered: [{ agencyId: 'legal-aid-centre:440605', outcome: 'chosen' }],
          },
          // A migrant worker's wage claim: the green channel's four hours (ACCEPTANCE_DEADLINES default).
          priority: 'green-channel',
          acceptanceDeadline: '2026-11-23T06:15:01.000Z',
          requestedAt: NOW.toISOString(),
        },
      });
      const message = probe.messages.find((m) => m.event?.id === requested.id);
      expect(message).toMatchObject({ topic: TOPICS.assignments, key: requested.data.assignmentId });

      const decisions = await decisionsOf(opened.data.ticketId);
      expect(decisions.status).toBe(200);
      expect(decisions.body).toEqual({
        ticketId: opened.data.ticketId,
        items: [
          {
            id: expect.any(String),
            ticketId: opened.data.ticketId,
            outcome: 'assigned',
            agencyId: 'legal-aid-centre:440605',
            assignmentId: requested.data.assignmentId,
            explanation: requested.data.explanation,
            acceptance: { priority: 'green-channel', rule: 'acceptance.green-channel', duration: 'PT4H', dueAt: '2026-11-23T06:15:01.000Z' },
            decidedAt: NOW.toISOString(),
          },
        ],
      });
    });

    it("sends a mediation pre-application to the township's people's mediation committee", async () => {
      const opened = ticketOpened({
        requestType: 'mediation-pre-application',
        legalCategory: 'neighbourhood',
        regionCode: '440605011',
        matterLocation: {},
        flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
      });
      await publish(opened);

      const requested = await requestedFor(opened.data.ticketId);
      expect(requested.data.agency.agencyId).toBe('mediation-committee:440605011');
      expect(requested.data.explanation.rule).toBe('mediation.township-committee');
      expect(requested.data.acceptanceDeadline).toBe('2026-11-24T02:15:01.000Z');
    });

    it('serves a Shandong migrant worker unpaid on a Dushan site in Dushan, where the matter arose', async () => {
      const opened = ticketOpened({
        regionCode: '370102',
        matterLocation: { arosenInRegionCode: '522726' },
        caller: { ...goldenTicket.data.caller, language: 'zh-CN' },
      });
      await publish(opened);

      const requested = await requestedFor(opened.data.ticketId);
      expect(requested.data.agency).toEqual({
        agencyId: 'legal-aid-centre:522726',
        agencyType: 'legal-aid-centre',
        name: '独山县法律援助中心',
        regionCode: '522726',
      });
      expect(requested.data.explanation).toMatchObject({ rule: 'legal-aid.art38.matter-location', routedOnRegionCode: '522726' });
    });

    it("routes a village's mediation pre-application to its township committee, loading the villages on first need", async () => {
      const opened = ticketOpened({
        requestType: 'mediation-pre-application',
        legalCategory: 'marriage-family',
        regionCode: '440605011001',
        matterLocation: {},
      });
      await publish(opened);

      const requested = await requestedFor(opened.data.ticketId);
      expect(requested.data.agency.agencyId).toBe('mediation-committee:440605011');
      expect(requested.data.explanation.routedOnRegionCode).toBe('440605011001');
    });

    it('applies a directory change to the next ticket', async () => {
      await svc.database.query(`UPDATE agencies SET availability = 'overloaded' WHERE id = 'legal-aid-centre:522726'`);
      try {
        const opened = ticketOpened({ regionCode: '522726', matterLocation: {}, caller: { ...goldenTicket.data.caller, language: 'zh-CN' } });
        await publish(opened);

        const requested = await requestedFor(opened.data.ticketId);
        expect(requested.data.agency.agencyId).toBe('legal-aid-centre:522700');
        expect(requested.data.explanation.candidatesConsidered).toContainEqual({
          agencyId: 'legal-aid-centre:522726',
          outcome: 'overloaded',
        });
      } finally {
        await svc.database.query(`UPDATE agencies SET availability = 'normal' WHERE id = 'legal-aid-centre:522726'`);
      }
    });

    it('sends a Beijing ticket back to its owner: no body of the served provinces covers it', async () => {
      const opened = ticketOpened({ regionCode: '110101', matterLocation: {} });
      await publish(opened);

      const failed = await probe.waitForEvent(
        (event): event is Failed => event.type === 'routing.failed.v1' && event.data.ticketId === opened.data.ticketId,
      );
      expect(failed).toMatchObject({
        source: 'routing',
        subject: opened.data.ticketId,
        correlationId: opened.correlationId,
        causationId: opened.id,
        data: { regionCode: '110101', decidedAt: NOW.toISOString() },
      });
      expect(failed.data.reason).toMatch(/110101 lies in province 110000, outside the provinces this routing serves \(440000, 520000\)/);
      expect(probe.messages.find((m) => m.event?.id === failed.id)).toMatchObject({
        topic: TOPICS.routingDecisions,
        key: opened.data.ticketId,
      });

      const decisions = await decisionsOf(opened.data.ticketId);
      expect(decisions.body.items).toEqual([
        expect.objectContaining({ outcome: 'no-destination', agencyId: null, assignmentId: null }),
      ]);
      expect(decisions.body.items[0]?.explanation.reason).toBe(failed.data.reason);
    });

    it('routes a ticket.opened delivered twice only once', async () => {
      const opened = ticketOpened();
      await publish(opened);
      await publish(opened);

      await requestedFor(opened.data.ticketId);
      await settle(2000);
      expect(probe.events().filter(isRequestedFor(opened.data.ticketId))).toHaveLength(1);
      expect((await decisionsOf(opened.data.ticketId)).body.items).toHaveLength(1);
      const assignments = await svc.database.query('SELECT id FROM assignments WHERE ticket_id = $1', [opened.data.ticketId]);
      expect(assignments).toHaveLength(1);
    });

    it('routes a ticket.opened published again under a new event id only once', async () => {
      const opened = ticketOpened();
      await publish(opened);
      await requestedFor(opened.data.ticketId);
      await publish({ ...opened, id: randomUUID() });

      await settle(2000);
      expect(probe.events().filter(isRequestedFor(opened.data.ticketId))).toHaveLength(1);
      expect((await decisionsOf(opened.data.ticketId)).body.items).toHaveLength(1);
    });

    it('shows the decisions to agents, leads, supervisors and directory administrators; not to office staff or exchange administrators', async () => {
      const opened = ticketOpened();
      await publish(opened);
      await requestedFor(opened.data.ticketId);
      const url = `${svc.url}/api/v1/tickets/${opened.data.ticketId}/routing-decisions`;
      const answerTo = async (user: Parameters<typeof asUser>[0] | null) => {
        const response = await http<ErrorBody & TicketRoutingDecisions>('GET', url, undefined, user === null ? {} : await asUser(user));
        return [response.status, response.status === 200 ? response.body.items.length : response.body.errors[0]?.code];
      };

      expect(await answerTo('agent.gz')).toEqual([200, 1]);
      expect(await answerTo('lead.gd')).toEqual([200, 1]);
      expect(await answerTo('supervisor.foshan')).toEqual([200, 1]);
      expect(await answerTo('directory.admin')).toEqual([200, 1]);
      expect(await answerTo('staff.nanhai')).toEqual([403, 'AUTH.ROLE_MISSING']);
      expect(await answerTo('exchange.admin')).toEqual([403, 'AUTH.ROLE_MISSING']);
      expect(await answerTo(null)).toEqual([401, 'AUTH.TOKEN_MISSING']);
      // What they see names bodies, rules and deadlines: nothing of the caller.
      const body = JSON.stringify((await decisionsOf(opened.data.ticketId)).body);
      expect(body).not.toContain(opened.data.caller.maskedName);
      expect(body).not.toContain(opened.data.caller.maskedPhone);
    });

    it('answers 400 for a ticket id that is not a UUID', async () => {
      const response = await get(`${svc.url}/api/v1/tickets/not-a-uuid/routing-decisions`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'ticketId' })]);
    });
  });

  describe("recording the bodies' decisions", () => {
    const statusOf = async (assignmentId: string) =>
      (await svc.database.query('SELECT status, rejection_reason FROM assignments WHERE id = $1', [assignmentId]))[0];

    it('marks an accepted assignment accepted, ending its open load', async () => {
      const opened = ticketOpened();
      await publish(opened);
      const { data } = await requestedFor(opened.data.ticketId);

      await publish(
        createEvent({
          id: randomUUID(),
          type: 'assignment.accepted.v1',
          source: 'legal-aid',
          subject: data.assignmentId,
          occurredAt: new Date(),
          correlationId: opened.correlationId,
          causationId: null,
          data: {
            assignmentId: data.assignmentId,
            ticketId: data.ticketId,
            agencyId: data.agency.agencyId,
            decidedBy: 'officer-li',
            note: null,
            acceptedAt: '2026-11-23T03:00:00.000Z',
          },
        }),
      );

      await eventually(async () => expect(await statusOf(data.assignmentId)).toEqual({ status: 'accepted', rejection_reason: null }));
    });

    it('marks a rejected assignment rejected with its reason, and passes over that body when the ticket is routed again', async () => {
      const opened = ticketOpened();
      await publish(opened);
      const { data } = await requestedFor(opened.data.ticketId);

      // An hour later, so that the re-route sorts after the first decision.
      now = new Date(NOW.getTime() + 60 * 60 * 1000);
      let again: Requested;
      try {
        await publish(
          createEvent({
            id: randomUUID(),
            type: 'assignment.rejected.v1',
            source: 'legal-aid',
            subject: data.assignmentId,
            occurredAt: new Date(),
            correlationId: opened.correlationId,
            causationId: null,
            data: {
              assignmentId: data.assignmentId,
              ticketId: data.ticketId,
              agencyId: data.agency.agencyId,
              decidedBy: 'officer-li',
              reason: 'not-our-jurisdiction',
              note: '纠纷发生在九江镇',
              rejectedAt: '2026-11-23T03:00:00.000Z',
            },
          }),
        );
        await eventually(async () =>
          expect(await statusOf(data.assignmentId)).toEqual({ status: 'rejected', rejection_reason: 'not-our-jurisdiction' }),
        );

        // Routing passes the ticket on by itself, never back to the body that rejected it.
        again = await probe.waitForEvent(
          (event): event is Requested => isRequestedFor(opened.data.ticketId)(event) && event.data.assignmentId !== data.assignmentId,
        );
      } finally {
        now = NOW;
      }
      expect(again.data.agency.agencyId).toBe('legal-aid-centre:440600');
      expect(again.data.explanation.candidatesConsidered).toContainEqual({
        agencyId: 'legal-aid-centre:440605',
        outcome: 'rejected-before',
      });
      const decisions = await decisionsOf(opened.data.ticketId);
      expect(decisions.body.items.map((d) => d.agencyId)).toEqual([
        'legal-aid-centre:440605',
        'legal-aid-centre:440600',
      ]);
    });
  });

  describe('GET /api/v1/agencies', () => {
    it('lists the Nanhai mediation committees: the joint committee and one per township', async () => {
      const response = await get<AgencyPage>(`${svc.url}/api/v1/agencies?regionCode=440605&type=mediation-committee&pageSize=100`);

      expect(response.status).toBe(200);
      const townships = catalog.townshipsOf('440605');
      expect(response.body).toMatchObject({ page: 1, pageSize: 100, total: townships.length + 1 });
      expect(response.body.items.map((a) => a.id)).toEqual([
        'mediation-committee:440605',
        ...townships.map((township) => `mediation-committee:${township.code}`),
      ]);
      expect(response.body.items[1]).toEqual({
        id: 'mediation-committee:440605011',
        type: 'mediation-committee',
        name: '桂城街道人民调解委员会',
        regionCode: '440605011',
        level: 'township',
        jurisdictions: [{ regionCode: '440605011', effectiveFrom: '2023-06-30', effectiveTo: null }],
        languages: ['zh-CN', 'yue'],
        availability: 'normal',
      });
    });

    it('lists the Nanhai centre among the bodies inside Nanhai, page by page', async () => {
      const response = await get<AgencyPage>(`${svc.url}/api/v1/agencies?regionCode=440605&page=1&pageSize=2`);
      expect(response.status).toBe(200);
      expect(response.body.items.map((a) => a.id)).toEqual(['legal-aid-centre:440605', 'mediation-committee:440605']);
      expect(response.body.total).toBe(catalog.townshipsOf('440605').length + 2);
    });

    it('adds the bodies covering a township from above when asked', async () => {
      const response = await get<AgencyPage>(`${svc.url}/api/v1/agencies?regionCode=440605011&includeAncestors=true`);
      expect(response.status).toBe(200);
      expect(response.body.items.map((a) => a.id)).toEqual([
        'legal-aid-centre:440000',
        'legal-aid-centre:440600',
        'legal-aid-centre:440605',
        'mediation-committee:440605',
        'mediation-committee:440605011',
      ]);
    });

    it.each([
      ['regionCode', 'regionCode=44060'],
      ['type', 'regionCode=440605&type=court'],
      ['includeAncestors', 'regionCode=440605&includeAncestors=yes'],
      ['pageSize', 'pageSize=500'],
      // An integer too large to be an offset the database reads.
      ['page', 'page=100000000000000000000'],
    ])('answers 400 naming %s when it is malformed', async (field, query) => {
      const response = await get<ErrorBody>(`${svc.url}/api/v1/agencies?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e) => e.field)).toContain(field);
    });

    it('shows one agency with what it takes and its duty hours', async () => {
      const response = await get(`${svc.url}/api/v1/agencies/${encodeURIComponent('legal-aid-centre:440605')}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: 'legal-aid-centre:440605',
        name: '南海区法律援助中心',
        requestTypes: ['legal-aid-application', 'consultation', 'complaint-or-suggestion'],
        legalCategories: [],
        dutyHours: { '1': [{ from: '08:30', to: '17:30' }] },
      });
    });

    it('answers 404 AGENCY.NOT_FOUND for an unknown agency', async () => {
      const response = await get(`${svc.url}/api/v1/agencies/${encodeURIComponent('legal-aid-centre:110101')}`);
      expect(response.status).toBe(404);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'AGENCY.NOT_FOUND' })]);
    });

    it('is open to a signed-in person of every role, and to no anonymous caller', async () => {
      const urls = [`${svc.url}/api/v1/agencies?regionCode=440605`, `${svc.url}/api/v1/agencies/${encodeURIComponent('legal-aid-centre:440605')}`];
      const users = ['agent.gd', 'lead.gz', 'staff.dushan', 'mediator.guicheng', 'supervisor.gz', 'directory.admin', 'exchange.admin'] as const;
      const statuses: [string, string, number][] = [];
      for (const user of users) {
        for (const url of urls) statuses.push([user, url, (await http('GET', url, undefined, await asUser(user))).status]);
      }

      expect(statuses.filter(([, , status]) => status !== 200)).toEqual([]);
      for (const url of urls) expect((await http<ErrorBody>('GET', url)).body.errors[0]?.code).toBe('AUTH.TOKEN_MISSING');
    });
  });

  describe('the seed CLI', () => {
    it('migrates and seeds a fresh database, and a second run changes nothing', async () => {
      const database = await createTestDatabase('routing_seed');
      try {
        const env = { DATABASE_URL: database.url, ROUTING_SEED_PROVINCES: '44,52' };
        const first = await seedDirectoryFromEnvironment(env);
        const second = await seedDirectoryFromEnvironment(env);

        expect(first).toMatchObject({
          provinces: ['44', '52'],
          seeded: 3721,
          counts: { agencies: { inserted: 3721, updated: 0, unchanged: 0 }, jurisdictions: { inserted: 3721, updated: 0, unchanged: 0 } },
        });
        expect(second.counts).toEqual({
          agencies: { inserted: 0, updated: 0, unchanged: 3721 },
          jurisdictions: { inserted: 0, updated: 0, unchanged: 3721 },
        });
        const [row] = await database.query<{ count: string }>('SELECT count(*) FROM agencies');
        expect(Number(row?.count)).toBe(3721);
      } finally {
        await dropDatabase(database);
      }
    });

    it('corrects a seeded row that drifted, and keeps the availability a body reported', async () => {
      await svc.database.query(
        `UPDATE agencies SET name = 'renamed', availability = 'overloaded' WHERE id = 'legal-aid-centre:440605'`,
      );
      const report = await seedDirectoryFromEnvironment({ DATABASE_URL: svc.database.url });

      expect(report.counts.agencies).toEqual({ inserted: 0, updated: 1, unchanged: 3720 });
      const [row] = await svc.database.query(`SELECT name, availability FROM agencies WHERE id = 'legal-aid-centre:440605'`);
      expect(row).toEqual({ name: '南海区法律援助中心', availability: 'overloaded' });
      await svc.database.query(`UPDATE agencies SET availability = 'normal' WHERE id = 'legal-aid-centre:440605'`);
    });

    it('names DATABASE_URL when it is missing', async () => {
      await expect(seedDirectoryFromEnvironment({})).rejects.toThrow(/DATABASE_URL: missing/);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
