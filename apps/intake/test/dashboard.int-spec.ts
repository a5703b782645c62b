import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import {
  asUser,
  eventually,
  http,
  KafkaProbe,
  pendingSchemaChanges,
  startTestService,
  type DemoUser,
  type TestService,
} from '@legal-hotline/testing';
import type { DashboardSummaryView, RegionBreakdownView, TicketsPerDayView } from '../src/dashboard/dashboard.dto.js';
import { shanghaiDayOf } from '@legal-hotline/business-calendar';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { OpenedTicketView, TicketView } from '../src/tickets/ticket-view.dto.js';
import {
  nanhaiApplication,
  partnerCaseReceived,
  returnedToOwner,
  TEST_CALLER_HASH_KEY,
} from './fixtures/platform-events.js';

/** Where and what a seeded ticket is about; the rest as in the Nanhai application. */
function application(regionCode: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return nanhaiApplication({ regionCode, matterLocation: { arosenInRegionCode: regionCode }, flags: {}, ...overrides });
}

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('intake: the dashboard’s figures, aggregated in the database', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;
  const ids: Record<string, string> = {};

  const open = async (
    name: string,
    user: DemoUser,
    body: Record<string, unknown>,
    openedAt: string | null,
  ): Promise<void> => {
    const response = await http<OpenedTicketView>('POST', url('/api/v1/tickets'), body, await asUser(user));
    expect(response.status).toBe(201);
    ids[name] = response.body.id;
    if (openedAt !== null)
      await svc.database.query('UPDATE tickets SET opened_at = $2 WHERE id = $1', [response.body.id, openedAt]);
  };
  const command = async (id: string, verb: string, body: Record<string, unknown>, user: DemoUser = 'agent.gd') => {
    const response = await http<TicketView & ErrorBody>(
      'POST',
      url(`/api/v1/tickets/${id}/${verb}`),
      body,
      await asUser(user),
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const figures = async <T>(path: string, user: DemoUser, query: Record<string, string> = {}) =>
    http<T & ErrorBody>(
      'GET',
      url(`/api/v1/dashboard/${path}?${new URLSearchParams(query).toString()}`),
      undefined,
      await asUser(user),
    );
  const ok = async <T>(path: string, user: DemoUser, query: Record<string, string> = {}): Promise<T> => {
    const response = await figures<T>(path, user, query);
    expect(response.status).toBe(200);
    return response.body;
  };
  /** A caller who was answered and called back (回访), as the owner records it. */
  const calledBack = async (id: string, ...satisfactions: string[]): Promise<void> => {
    await probe.publishEvent(TOPICS.routingDecisions, returnedToOwner(id));
    await eventually(async () =>
      expect((await svc.database.query('SELECT status FROM tickets WHERE id = $1', [id]))[0]).toEqual({
        status: 'returned-to-owner',
      }),
    );
    for (const satisfaction of satisfactions) {
      await command(id, 'answer', { answer: '已告知来电人处理结果' });
      await command(id, 'follow-up', {
        result: satisfaction === 'dissatisfied' ? 'unresolved' : 'resolved',
        satisfaction,
      });
    }
  };

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, {
      env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY },
    });
    // Opening times in Asia/Shanghai; B opens at 00:30 on 3 November there, still 2 November in UTC.
    await open(
      'A',
      'agent.gd',
      application('440605011', { flags: { migrantWorkerWageClaim: true } }),
      '2026-11-02T10:00:00+08:00',
    );
    await open(
      'B',
      'agent.gd',
      application('440605121', { channel: 'web', flags: { urgent: true } }),
      '2026-11-03T00:30:00+08:00',
    );
    await open(
      'C',
      'agent.gd',
      application('440606005', { legalCategory: 'marriage-family', flags: { veteran: true } }),
      '2026-11-03T09:00:00+08:00',
    );
    await open(
      'D',
      'agent.gd',
      application('440104001', { channel: 'station', flags: { dangerous: true } }),
      '2026-11-03T11:00:00+08:00',
    );
    await open('E', 'agent.gz', application('520102016', { flags: { veteran: true } }), '2026-11-02T12:00:00+08:00');
    await open('F', 'agent.gd', application('440605011'), '2026-10-20T10:00:00+08:00');
    await open('H', 'agent.gd', application('441900003', { legalCategory: 'contract' }), '2026-11-04T15:00:00+08:00');
    await open('N', 'agent.gd', application('440605011'), null);
    // G: forwarded by 12345 (its first contact); the Guangdong platform answers it, as the region's.
    ids.G = randomUUID();
    await probe.publishEvent(TOPICS.partnerCases, partnerCaseReceived(ids.G, '12345'));
    await eventually(async () =>
      expect(await svc.database.query('SELECT 1 FROM tickets WHERE id = $1', [ids.G])).toHaveLength(1),
    );
    await svc.database.query('UPDATE tickets SET opened_at = $2 WHERE id = $1', [ids.G, '2026-11-04T09:00:00+08:00']);
    // B is a duplicate of A; A's caller was dissatisfied, then satisfied; C's basically satisfied.
    await command(ids.B!, 'merge', { intoTicketId: ids.A, reason: '同一来电人同一事项' }, 'lead.gd');
    await calledBack(ids.A!, 'dissatisfied', 'satisfied');
    await calledBack(ids.C!, 'basically-satisfied');
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('tickets per day', () => {
    it('counts a supervisor’s area per Asia/Shanghai day and channel', async () => {
      expect(await ok<TicketsPerDayView>('tickets-per-day', 'supervisor.foshan', NOVEMBER)).toEqual({
        ...NOVEMBER,
        days: [
          { date: '2026-11-02', channel: 'hotline', count: 1 },
          { date: '2026-11-03', channel: 'hotline', count: 1 },
          { date: '2026-11-03', channel: 'web', count: 1 },
          { date: '2026-11-04', channel: 'partner', count: 1 },
        ],
      });
    });

    it('counts the tickets an owner lead’s organisation is responsible for, wherever they are, a partner’s forward included', async () => {
      const gd = await ok<TicketsPerDayView>('tickets-per-day', 'lead.gd', NOVEMBER);
      expect(gd.days).toEqual([
        { date: '2026-11-02', channel: 'hotline', count: 1 },
        { date: '2026-11-03', channel: 'hotline', count: 1 },
        { date: '2026-11-03', channel: 'station', count: 1 },
        { date: '2026-11-03', channel: 'web', count: 1 },
        { date: '2026-11-04', channel: 'hotline', count: 1 },
        { date: '2026-11-04', channel: 'partner', count: 1 },
      ]);
      expect((await ok<TicketsPerDayView>('tickets-per-day', 'lead.gz', NOVEMBER)).days).toEqual([
        { date: '2026-11-02', channel: 'hotline', count: 1 },
      ]);
    });

    it('takes both ends of the period whole, and narrows by region', async () => {
      expect(
        (await ok<TicketsPerDayView>('tickets-per-day', 'supervisor.foshan', { from: '2026-11-03', to: '2026-11-03' }))
          .days,
      ).toEqual([
        { date: '2026-11-03', channel: 'hotline', count: 1 },
        { date: '2026-11-03', channel: 'web', count: 1 },
      ]);
      expect(
        (await ok<TicketsPerDayView>('tickets-per-day', 'supervisor.gd', { ...NOVEMBER, regionCode: '440606' })).days,
      ).toEqual([{ date: '2026-11-03', channel: 'hotline', count: 1 }]);
    });

    it('covers the last 30 days up to today by default', async () => {
      const today = shanghaiDayOf(new Date());
      const figuresNow = await ok<TicketsPerDayView>('tickets-per-day', 'supervisor.foshan');
      expect(figuresNow).toMatchObject({ to: today, days: [{ date: today, channel: 'hotline', count: 1 }] });
      expect(Date.parse(figuresNow.to) - Date.parse(figuresNow.from)).toBe(29 * 86_400_000);
    });
  });

  describe('by region and legal category', () => {
    it('starts a provincial supervisor at its province’s cities, with their names', async () => {
      expect(await ok<RegionBreakdownView>('regions', 'supervisor.gd', NOVEMBER)).toEqual({
        ...NOVEMBER,
        level: 'city',
        parentCode: '440000',
        rows: [
          { regionCode: '440100', regionName: '广州市', legalCategory: 'labour-remuneration', count: 1 },
          { regionCode: '440600', regionName: '佛山市', legalCategory: 'labour-remuneration', count: 3 },
          { regionCode: '440600', regionName: '佛山市', legalCategory: 'marriage-family', count: 1 },
          { regionCode: '441900', regionName: '东莞市', legalCategory: 'contract', count: 1 },
        ],
      });
    });

    it('starts a city’s supervisor at its counties, and drills into a county by township', async () => {
      expect(await ok<RegionBreakdownView>('regions', 'supervisor.foshan', NOVEMBER)).toMatchObject({
        level: 'county',
        parentCode: '440600',
        rows: [
          { regionCode: '440605', regionName: '南海区', legalCategory: 'labour-remuneration', count: 3 },
          { regionCode: '440606', regionName: '顺德区', legalCategory: 'marriage-family', count: 1 },
        ],
      });
      expect(
        await ok<RegionBreakdownView>('regions', 'supervisor.foshan', { ...NOVEMBER, regionCode: '440605' }),
      ).toMatchObject({
        level: 'township',
        parentCode: '440605',
        rows: [
          { regionCode: '440605011', regionName: '桂城街道', legalCategory: 'labour-remuneration', count: 2 },
          { regionCode: '440605121', regionName: '九江镇', legalCategory: 'labour-remuneration', count: 1 },
        ],
      });
    });

    it('drills a province or city given by its 6-digit code, and a city without counties straight to its townships', async () => {
      expect(
        await ok<RegionBreakdownView>('regions', 'supervisor.gd', { ...NOVEMBER, regionCode: '440600' }),
      ).toMatchObject({ level: 'county', parentCode: '440600' });
      expect(
        await ok<RegionBreakdownView>('regions', 'supervisor.gd', { ...NOVEMBER, regionCode: '4419' }),
      ).toMatchObject({
        level: 'township',
        parentCode: '441900',
        rows: [{ regionCode: '441900003', regionName: '东城街道', legalCategory: 'contract', count: 1 }],
      });
    });

    it('shows an owner lead every province by city: its own tickets only', async () => {
      const gd = await ok<RegionBreakdownView>('regions', 'lead.gd', NOVEMBER);
      expect(gd).toMatchObject({ level: 'city', parentCode: null });
      expect(gd.rows.map((row) => [row.regionCode, row.legalCategory, row.count])).toEqual([
        ['440100', 'labour-remuneration', 1],
        ['440600', 'labour-remuneration', 3],
        ['440600', 'marriage-family', 1],
        ['441900', 'contract', 1],
      ]);
      expect((await ok<RegionBreakdownView>('regions', 'lead.gz', NOVEMBER)).rows).toEqual([
        { regionCode: '520100', regionName: '贵阳市', legalCategory: 'labour-remuneration', count: 1 },
      ]);
      // A region only narrows an owner lead's own tickets: none of 12348-gd's lie in Guizhou.
      expect(await ok<RegionBreakdownView>('regions', 'lead.gd', { ...NOVEMBER, regionCode: '52' })).toMatchObject({
        level: 'city',
        parentCode: '520000',
        rows: [],
      });
    });
  });

  describe('summary', () => {
    it('counts the tickets opened in the period: closed and open, statuses, urgent, dangerous, green channel', async () => {
      const foshan = await ok<DashboardSummaryView>('summary', 'supervisor.foshan', NOVEMBER);
      expect(foshan).toMatchObject({
        ...NOVEMBER,
        opened: 4,
        closed: 1,
        open: 3,
        urgent: 1,
        dangerous: 0,
        greenChannel: 3,
        migrantWorkerWageClaims: 2,
        veterans: 1,
        followUps: 0,
        satisfiedRate: null,
      });
      expect(foshan.byStatus.filter((row) => row.count > 0)).toEqual([
        { status: 'received', count: 1 },
        { status: 'follow-up-due', count: 2 },
        { status: 'merged', count: 1 },
      ]);
      expect(await ok<DashboardSummaryView>('summary', 'supervisor.gd', NOVEMBER)).toMatchObject({
        opened: 6,
        urgent: 2,
        dangerous: 1,
        greenChannel: 3,
      });
      expect(await ok<DashboardSummaryView>('summary', 'lead.gd', NOVEMBER)).toMatchObject({
        opened: 6,
        closed: 1,
        greenChannel: 3,
        veterans: 1,
      });
    });

    it('counts every follow-up call recorded in the period, a dissatisfied one that reopened its ticket included', async () => {
      const today = shanghaiDayOf(new Date());
      const foshan = await ok<DashboardSummaryView>('summary', 'supervisor.foshan', { from: today, to: today });
      expect(foshan).toMatchObject({
        opened: 1,
        followUps: 3,
        satisfaction: [
          { satisfaction: 'satisfied', count: 1 },
          { satisfaction: 'basically-satisfied', count: 1 },
          { satisfaction: 'dissatisfied', count: 1 },
        ],
        satisfiedRate: 0.6667,
      });
      expect(await ok<DashboardSummaryView>('summary', 'lead.gd', { from: today, to: today })).toMatchObject({
        followUps: 3,
        satisfiedRate: 0.6667,
      });
      expect(await ok<DashboardSummaryView>('summary', 'supervisor.gz', { from: today, to: today })).toMatchObject({
        opened: 0,
        followUps: 0,
        satisfiedRate: null,
      });
    });
  });

  describe('who may see which figures', () => {
    it.each(['tickets-per-day', 'regions', 'summary'])(
      'refuses a supervisor a region outside its area on %s: 403 ACCESS.OUTSIDE_AREA',
      async (path) => {
        for (const regionCode of ['44', '440000', '4401', '52']) {
          const response = await figures(path, 'supervisor.foshan', { ...NOVEMBER, regionCode });
          expect([response.status, response.body.errors[0]?.code]).toEqual([403, 'ACCESS.OUTSIDE_AREA']);
        }
      },
    );

    it.each<DemoUser>(['agent.gd', 'staff.nanhai', 'directory.admin'])(
      'refuses %s, who is neither supervisor nor owner lead: 403 AUTH.ROLE_MISSING',
      async (user) => {
        for (const path of ['tickets-per-day', 'regions', 'summary']) {
          const response = await figures(path, user, NOVEMBER);
          expect([response.status, response.body.errors[0]?.code]).toEqual([403, 'AUTH.ROLE_MISSING']);
        }
      },
    );

    it('shows another province’s supervisor none of Guangdong', async () => {
      expect((await ok<TicketsPerDayView>('tickets-per-day', 'supervisor.gz', NOVEMBER)).days).toEqual([
        { date: '2026-11-02', channel: 'hotline', count: 1 },
      ]);
      expect(await ok<RegionBreakdownView>('regions', 'supervisor.gz', NOVEMBER)).toMatchObject({
        level: 'city',
        parentCode: '520000',
        rows: [{ regionCode: '520100', count: 1 }],
      });
    });
  });

  describe('bad input', () => {
    it.each<[Record<string, string>, string, string]>([
      [{ from: '2026-02-30' }, 'from', 'isIso8601'],
      [{ to: '2026-11' }, 'to', 'matches'],
      [{ from: '2026-12-02', to: '2026-12-01' }, 'to', 'PERIOD.ENDS_BEFORE_START'],
      [{ from: '2025-11-29', to: '2026-11-30' }, 'from', 'PERIOD.TOO_LONG'],
      [{ regionCode: '4' }, 'regionCode', 'matches'],
      [{ regionCode: '44a' }, 'regionCode', 'matches'],
      [{ ticketNumber: '12348' }, 'ticketNumber', 'whitelistValidation'],
    ])('answers 400 for %j naming %s', async (query, field, code) => {
      for (const path of ['tickets-per-day', 'regions', 'summary']) {
        const response = await figures(path, 'supervisor.gd', query);
        expect(response.status).toBe(400);
        expect(response.body.errors).toContainEqual(expect.objectContaining({ field, code }));
      }
    });

    it('answers 400 naming regionCode for a region with no level below it to break down by', async () => {
      for (const regionCode of ['440605011', '440', '44060']) {
        const response = await figures('regions', 'supervisor.gd', { ...NOVEMBER, regionCode });
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          expect.objectContaining({ field: 'regionCode', code: 'DASHBOARD.NO_LEVEL_BELOW' }),
        ]);
      }
    });
  });

  it('documents the routes with their roles and response schemas', async () => {
    const document = (
      await http<{ paths: Record<string, Record<string, { 'x-required-roles'?: string[] }>> }>('GET', url('/docs-json'))
    ).body;
    for (const path of ['tickets-per-day', 'regions', 'summary']) {
      expect(document.paths[`/api/v1/dashboard/${path}`]?.get?.['x-required-roles']).toEqual([
        'supervisor',
        'owner-lead',
      ]);
    }
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
