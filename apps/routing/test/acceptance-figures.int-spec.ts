import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import {
  eventually,
  KafkaProbe,
  pendingSchemaChanges,
  startTestService,
  type DemoUser,
  type TestService,
} from '@legal-hotline/testing';
import type { AcceptanceFiguresRow, AcceptanceFiguresView } from '../src/dashboard/acceptance-figures.dto.js';
import { routingService, type RoutingConfig } from '../src/routing.service-definition.js';
import { acceptanceOf, as, dropDatabase, probeHelpers, seedDirectory, ticketOpened } from './routing-test-kit.js';

const NANHAI = 'legal-aid-centre:440605';
const FOSHAN = 'legal-aid-centre:440600';
const GUICHENG = 'mediation-committee:440605011';
const DUSHAN = 'legal-aid-centre:522726';

const MINUTE = 60_000;
// Monday 2025-03-10, 10:00 in Shanghai: the seeded hand-offs of March 2025 are made then.
const MARCH_10 = Date.parse('2025-03-10T10:00:00+08:00');

interface HandOff {
  agencyId: string;
  agencyName: string;
  requestedAt: number;
  status: 'requested' | 'accepted' | 'rejected' | 'withdrawn';
  /** Minutes after the hand-off the body decided (accepted or rejected) or routing withdrew it. */
  endedAfter?: number;
  /** Minutes after the hand-off the deadline fell (as first set, and on the clock). */
  dueAfter: number;
  clock: 'none' | 'running' | 'paused' | 'fired' | 'stopped' | 'stopped-while-paused';
}

describe('routing: acceptance figures per body', () => {
  let svc: TestService<RoutingConfig>;
  let probe: KafkaProbe;

  /** Writes a hand-off and its clock as routing keeps them, at a time of the test's choosing. */
  async function handOff(given: HandOff): Promise<void> {
    const id = randomUUID();
    const ticketId = randomUUID();
    const requestedAt = new Date(given.requestedAt);
    const at = (minutes: number | undefined) =>
      minutes === undefined ? null : new Date(given.requestedAt + minutes * MINUTE);
    const endedAt = at(given.endedAfter);
    const dueAt = at(given.dueAfter)!;
    const decided = given.status === 'accepted' || given.status === 'rejected';
    await svc.dataSource.query(
      `INSERT INTO assignments (id, ticket_id, agency_id, agency_name, status, requested_at, acceptance_deadline, decided_at,
                                withdrawal_reason, withdrawn_at, rejection_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        ticketId,
        given.agencyId,
        given.agencyName,
        given.status,
        requestedAt,
        dueAt,
        decided ? endedAt : null,
        given.status === 'withdrawn' ? 'acceptance-overdue' : null,
        given.status === 'withdrawn' ? endedAt : null,
        given.status === 'rejected' ? 'not-our-jurisdiction' : null,
      ],
    );
    if (given.clock === 'none') return;
    const stopReason = given.status === 'requested' ? null : given.status;
    const stopped = given.clock === 'stopped' || given.clock === 'stopped-while-paused' || given.clock === 'fired';
    await svc.dataSource.query(
      `INSERT INTO acceptance_clocks (assignment_id, ticket_id, agency_id, started_at, due_at, paused_at, pause_reason, fired_at,
                                      overdue_action, stopped_at, stop_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        ticketId,
        given.agencyId,
        requestedAt,
        dueAt,
        given.clock === 'paused' || given.clock === 'stopped-while-paused' ? at(5) : null,
        given.clock === 'paused' || given.clock === 'stopped-while-paused' ? '等待申请人补充材料' : null,
        given.clock === 'fired' ? dueAt : null,
        given.clock === 'fired' ? (given.status === 'withdrawn' ? 're-route' : 'alert-only') : null,
        stopped && stopReason ? endedAt : null,
        stopped ? stopReason : null,
      ],
    );
  }

  beforeAll(async () => {
    svc = await startTestService(routingService);
    probe = await KafkaProbe.start();
    await seedDirectory(svc);

    const nanhai = { agencyId: NANHAI, agencyName: '南海区法律援助中心', requestedAt: MARCH_10, dueAfter: 60 };
    // Decided after 10, 20, 30, 40 and 100 minutes: percentiles 30, 76 and 88 (linear interpolation).
    await handOff({ ...nanhai, status: 'accepted', endedAfter: 10, clock: 'stopped' });
    await handOff({ ...nanhai, status: 'accepted', endedAfter: 20, clock: 'stopped' });
    // Paused at minute 5 and rejected while paused: its deadline had not passed, whatever due_at said then.
    await handOff({ ...nanhai, status: 'rejected', endedAfter: 30, dueAfter: 15, clock: 'stopped-while-paused' });
    // Accepted after its deadline, before the timer fired: overdue.
    await handOff({ ...nanhai, status: 'accepted', endedAfter: 40, dueAfter: 30, clock: 'stopped' });
    // Overdue and left with the body (alert-only), accepted later: overdue.
    await handOff({ ...nanhai, status: 'accepted', endedAfter: 100, clock: 'fired' });
    // Overdue and re-routed: withdrawn, overdue, no decision.
    await handOff({ ...nanhai, status: 'withdrawn', endedAfter: 60, clock: 'fired' });
    // Still waiting, its clock paused.
    await handOff({ ...nanhai, status: 'requested', clock: 'paused' });

    // Foshan, before acceptance clocks existed: accepted after 90 minutes, its deadline 60: overdue.
    await handOff({
      agencyId: FOSHAN,
      agencyName: '佛山市法律援助中心',
      requestedAt: MARCH_10,
      status: 'accepted',
      endedAfter: 90,
      dueAfter: 60,
      clock: 'none',
    });

    // 桂城街道: one at the first minute of the period, one at its last, one just after it.
    const guicheng = {
      agencyId: GUICHENG,
      agencyName: '桂城街道人民调解委员会',
      dueAfter: 60,
      clock: 'stopped' as const,
    };
    await handOff({
      ...guicheng,
      requestedAt: Date.parse('2025-03-01T00:00:00+08:00'),
      status: 'accepted',
      endedAfter: 5,
    });
    await handOff({
      ...guicheng,
      requestedAt: Date.parse('2025-03-31T23:59:59+08:00'),
      status: 'rejected',
      endedAfter: 7,
    });
    await handOff({
      ...guicheng,
      requestedAt: Date.parse('2025-04-01T00:00:00+08:00'),
      status: 'accepted',
      endedAfter: 1,
    });
    await handOff({
      ...guicheng,
      requestedAt: Date.parse('2025-02-28T23:59:59+08:00'),
      status: 'accepted',
      endedAfter: 1,
    });

    // Guizhou: one waiting.
    await handOff({
      agencyId: DUSHAN,
      agencyName: '独山县法律援助中心',
      requestedAt: MARCH_10,
      status: 'requested',
      dueAfter: 60,
      clock: 'paused',
    });
  });

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop({ keepDatabase: true });
    if (svc) await dropDatabase(svc.database);
  });

  const figures = (user: DemoUser | null, query = '') =>
    as<AcceptanceFiguresView & ErrorBody>(user, 'GET', `${svc.url}/api/v1/dashboard/acceptance${query}`);
  const MARCH = '?from=2025-03-01&to=2025-03-31';
  const rowOf = (answer: { body: AcceptanceFiguresView }, agencyId: string) =>
    answer.body.rows.find((row) => row.agencyId === agencyId);

  const nanhaiRow: AcceptanceFiguresRow = {
    agencyId: NANHAI,
    agencyName: '南海区法律援助中心',
    agencyType: 'legal-aid-centre',
    regionCode: '440605',
    handedOff: 7,
    accepted: 4,
    rejected: 1,
    pending: 1,
    withdrawn: 1,
    overdue: 3,
    overdueRate: 0.4286,
    p50Minutes: 30,
    p90Minutes: 76,
    p95Minutes: 88,
  };
  const foshanRow: AcceptanceFiguresRow = {
    agencyId: FOSHAN,
    agencyName: '佛山市法律援助中心',
    agencyType: 'legal-aid-centre',
    regionCode: '440600',
    handedOff: 1,
    accepted: 1,
    rejected: 0,
    pending: 0,
    withdrawn: 0,
    overdue: 1,
    overdueRate: 1,
    p50Minutes: 90,
    p90Minutes: 90,
    p95Minutes: 90,
  };
  const guichengRow: AcceptanceFiguresRow = {
    agencyId: GUICHENG,
    agencyName: '桂城街道人民调解委员会',
    agencyType: 'mediation-committee',
    regionCode: '440605011',
    handedOff: 2,
    accepted: 1,
    rejected: 1,
    pending: 0,
    withdrawn: 0,
    overdue: 0,
    overdueRate: 0,
    p50Minutes: 6,
    p90Minutes: 6.8,
    p95Minutes: 6.9,
  };
  const dushanRow: AcceptanceFiguresRow = {
    agencyId: DUSHAN,
    agencyName: '独山县法律援助中心',
    agencyType: 'legal-aid-centre',
    regionCode: '522726',
    handedOff: 1,
    accepted: 0,
    rejected: 0,
    pending: 1,
    withdrawn: 0,
    overdue: 0,
    overdueRate: 0,
    p50Minutes: null,
    p90Minutes: null,
    p95Minutes: null,
  };

  it('counts every body for a directory administrator: hand-offs, outcomes, overdue and percentiles of the decided ones', async () => {
    const answer = await figures('directory.admin', MARCH);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      regionCode: null,
      rows: [foshanRow, nanhaiRow, guichengRow, dushanRow],
    });
  });

  it('counts hand-offs by Asia/Shanghai day, both ends of the period included', async () => {
    const lastDay = await figures('directory.admin', '?from=2025-03-31&to=2025-03-31');
    expect(lastDay.body.rows).toEqual([
      expect.objectContaining({ agencyId: GUICHENG, handedOff: 1, rejected: 1, p50Minutes: 7 }),
    ]);
    const firstDay = await figures('directory.admin', '?from=2025-03-01&to=2025-03-01');
    expect(firstDay.body.rows).toEqual([
      expect.objectContaining({ agencyId: GUICHENG, handedOff: 1, accepted: 1, p50Minutes: 5 }),
    ]);
    const dayAfter = await figures('directory.admin', '?from=2025-04-01&to=2025-04-30');
    expect(dayAfter.body.rows).toEqual([expect.objectContaining({ agencyId: GUICHENG, handedOff: 1 })]);
  });

  it('limits a supervisor to the bodies seated in the area, and to a region inside it', async () => {
    const foshan = await figures('supervisor.foshan', MARCH);
    expect(foshan.status).toBe(200);
    expect(foshan.body).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      regionCode: '440600',
      rows: [foshanRow, nanhaiRow, guichengRow],
    });

    const nanhai = await figures('supervisor.foshan', `${MARCH}&regionCode=440605`);
    expect(nanhai.body).toMatchObject({ regionCode: '440605', rows: [nanhaiRow, guichengRow] });
    const guicheng = await figures('supervisor.gd', `${MARCH}&regionCode=440605011`);
    expect(guicheng.body.rows).toEqual([guichengRow]);

    expect((await figures('supervisor.gz', MARCH)).body.rows).toEqual([dushanRow]);
    expect((await figures('directory.admin', `${MARCH}&regionCode=52`)).body.rows).toEqual([dushanRow]);
  });

  it.each([
    ['a region wider than the area', 'supervisor.foshan', '440000'],
    ['another province', 'supervisor.foshan', '520000'],
    ['another city of the province', 'supervisor.foshan', '4401'],
    ['a region of another province', 'supervisor.gz', '440605'],
  ] as const)('refuses a supervisor %s with 403 (%s asking for %s)', async (_case, user, regionCode) => {
    const answer = await figures(user, `${MARCH}&regionCode=${regionCode}`);
    expect(answer.status).toBe(403);
    expect(answer.body.errors).toEqual([expect.objectContaining({ code: 'ACCESS.OUTSIDE_AREA' })]);
  });

  it.each([
    ['an anonymous caller', null, 401, 'AUTH.TOKEN_MISSING'],
    ['a hotline agent', 'agent.gd', 403, 'AUTH.ROLE_MISSING'],
    ['a lead of a first-contact organisation', 'lead.gd', 403, 'AUTH.ROLE_MISSING'],
    ["a legal-aid centre's staff", 'staff.nanhai', 403, 'AUTH.ROLE_MISSING'],
    ['an exchange administrator', 'exchange.admin', 403, 'AUTH.ROLE_MISSING'],
  ] as const)('refuses %s', async (_case, user, status, code) => {
    const answer = await figures(user, MARCH);
    expect(answer.status).toBe(status);
    expect(answer.body.errors).toEqual([expect.objectContaining({ code })]);
  });

  it.each([
    ['a date not written YYYY-MM-DD', '?from=2025-3-1', 'from', 'matches'],
    ['a date that does not exist', '?to=2025-02-30', 'to', 'isIso8601'],
    ['an end before the start', '?from=2025-03-31&to=2025-03-01', 'to', 'PERIOD.ENDS_BEFORE_START'],
    ['a period of 367 days', '?from=2024-03-01&to=2025-03-02', 'from', 'PERIOD.TOO_LONG'],
    ['a region code of 7 digits', '?regionCode=4406051', 'regionCode', 'matches'],
    ['a region code with letters', '?regionCode=44060a', 'regionCode', 'matches'],
    ['an unknown parameter', '?agencyId=legal-aid-centre:440605', 'agencyId', 'whitelistValidation'],
  ])('answers %s with 400 naming the field', async (_case, query, field, code) => {
    const answer = await figures('supervisor.gd', query);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('takes 366 days', async () => {
    const answer = await figures('directory.admin', '?from=2024-03-01&to=2025-03-01');
    expect(answer.status).toBe(200);
    expect(answer.body.rows).toEqual([expect.objectContaining({ agencyId: GUICHENG, handedOff: 2 })]);
  });

  it("counts today's hand-offs by default: routed over Kafka and accepted 12 minutes later by the body's report", async () => {
    const kit = probeHelpers(probe);
    const opened = ticketOpened();
    await kit.publish(opened);
    const requested = await kit.nth('assignment.requested.v1', opened.data.ticketId);
    const accepted = acceptanceOf(requested);
    const acceptedAt = new Date(Date.parse(requested.data.requestedAt) + 12 * MINUTE).toISOString();
    await kit.publish({ ...accepted, data: { ...accepted.data, acceptedAt } });

    await eventually(async () => {
      const answer = await figures('supervisor.foshan');
      expect(answer.status).toBe(200);
      expect(answer.body.to).toBe(new Date(Date.now() + 8 * 60 * MINUTE).toISOString().slice(0, 10));
      expect(rowOf(answer, NANHAI)).toEqual({
        ...nanhaiRow,
        handedOff: 1,
        accepted: 1,
        rejected: 0,
        pending: 0,
        withdrawn: 0,
        overdue: 0,
        overdueRate: 0,
        p50Minutes: 12,
        p90Minutes: 12,
        p95Minutes: 12,
      });
    });
  });

  it('documents the roles of the figures and of the region catalog for the generated client', async () => {
    const docs = await as<{ paths: Record<string, Record<string, { 'x-required-roles'?: string[] }>> }>(
      null,
      'GET',
      `${svc.url}/docs-json`,
    );
    expect(docs.body.paths['/api/v1/dashboard/acceptance']?.get?.['x-required-roles']).toEqual([
      'supervisor',
      'directory-admin',
    ]);
    for (const path of ['/api/v1/regions', '/api/v1/regions/{code}', '/api/v1/regions/{code}/children']) {
      expect(docs.body.paths[path]?.get?.['x-required-roles']).toHaveLength(6);
    }
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
