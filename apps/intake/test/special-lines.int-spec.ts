import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import {
  asUser,
  http,
  pendingSchemaChanges,
  startTestService,
  type DemoUser,
  type TestService,
} from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import { seedDemoSpecialLines } from '../src/special-lines/demo-special-lines.js';
import type {
  SpecialLineListView,
  SpecialLineReportView,
  SpecialLineView,
} from '../src/special-lines/special-line.dto.js';
import { openSpecialLine } from '../src/special-lines/special-line-lookup.js';
import type { OpenedTicketView } from '../src/tickets/ticket-view.dto.js';
import { nanhaiApplication, TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

const HOUR = 60 * 60 * 1000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** A line for the Guangdong supervisor: wage claims, open from an hour ago for ninety days. */
function aLine(code: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    name: '春节前农民工欠薪专线',
    description: '春节前集中受理农民工欠薪求助。',
    legalCategories: ['labour-remuneration', 'labour-relations', 'work-injury'],
    startsAt: inHours(-1),
    endsAt: inHours(90 * 24),
    priority: 'urgent',
    onlineAnswerHours: 4,
    ...overrides,
  };
}

/** A consultation in 桂城街道 the agent answers on the call and closes (即时办结). */
function answeredConsultation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return nanhaiApplication({
    requestType: 'consultation',
    summary: '来电人咨询工厂拖欠两个月工资如何维权。',
    flags: {},
    handling: {
      mode: 'resolve',
      answer: '可先向劳动保障监察投诉，或申请劳动仲裁；可申请法律援助。',
      caseEducationGiven: true,
    },
    ...overrides,
  });
}

describe('intake: special lines (专线) opened for a period, with their tickets’ priority and a report', () => {
  let svc: TestService<IntakeConfig>;
  const url = (path: string) => `${svc.url}/api/v1${path}`;
  const call = async <T>(method: string, path: string, user: DemoUser, body?: unknown) =>
    http<T & ErrorBody>(method, url(path), body, await asUser(user));
  const lineCount = async (): Promise<number> =>
    (await svc.database.query<{ count: number }>('SELECT count(*)::int AS count FROM special_lines'))[0]!.count;
  const openTicket = async (body: Record<string, unknown>, user: DemoUser = 'agent.gd'): Promise<string> => {
    const response = await http<OpenedTicketView & ErrorBody>('POST', url('/tickets'), body, await asUser(user));
    expect(response.status).toBe(201);
    return response.body.id;
  };

  beforeAll(async () => {
    svc = await startTestService(intakeService, {
      env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY },
    });
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('opens a line for the supervisor’s area by default, open now, with who opened it', async () => {
    const response = await call<SpecialLineView>('POST', '/special-lines', 'supervisor.gd', aLine('spring-wages'));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      code: 'spring-wages',
      name: '春节前农民工欠薪专线',
      regionCode: '440000',
      regionName: '广东省',
      status: 'open',
      priority: 'urgent',
      onlineAnswerHours: 4,
      legalCategories: ['labour-remuneration', 'labour-relations', 'work-injury'],
      openedBy: { organisationId: 'justice-gd', organisation: '广东省司法厅' },
      closedAt: null,
    });
    // The seam tickets and the online queue read the line through.
    expect(await openSpecialLine(svc.dataSource.manager, 'spring-wages', new Date())).toEqual({
      code: 'spring-wages',
      name: '春节前农民工欠薪专线',
      priority: 'urgent',
      onlineAnswerHours: 4,
    });
  });

  it('refuses bad input with the field at fault, and stores nothing', async () => {
    const before = await lineCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [aLine('Spring Wages'), 'code', 'matches'],
      [aLine('late-wages', { startsAt: inHours(48), endsAt: inHours(24) }), 'endsAt', 'SPECIAL_LINE.ENDS_BEFORE_START'],
      [aLine('late-wages', { startsAt: inHours(-48), endsAt: inHours(-24) }), 'endsAt', 'SPECIAL_LINE.ENDS_IN_PAST'],
      [aLine('late-wages', { priority: 'vip' }), 'priority', 'isIn'],
      [aLine('late-wages', { legalCategories: [] }), 'legalCategories', 'arrayMinSize'],
      [aLine('late-wages', { onlineAnswerHours: 0 }), 'onlineAnswerHours', 'min'],
      [aLine('late-wages', { startsAt: '2026-12-01' }), 'startsAt', 'isInstant'],
    ];
    for (const [body, field, code] of cases) {
      const response = await call('POST', '/special-lines', 'supervisor.gd', body);
      expect({ status: response.status, errors: response.body.errors }).toEqual({
        status: 400,
        errors: expect.arrayContaining([expect.objectContaining({ field, code })]),
      });
    }
    expect(await lineCount()).toBe(before);
  });

  it('refuses a code already taken (409), and lines outside the supervisor’s area or beyond its reach (403)', async () => {
    const duplicate = await call(
      'POST',
      '/special-lines',
      'supervisor.gd',
      aLine('spring-wages', { name: '另一条专线' }),
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0]).toMatchObject({ code: 'SPECIAL_LINE.ALREADY_EXISTS', field: 'code' });

    const refusals: [DemoUser, Record<string, unknown>, number, string][] = [
      ['supervisor.gz', aLine('gd-from-gz', { regionCode: '440000' }), 403, 'ACCESS.OUTSIDE_AREA'],
      ['supervisor.foshan', aLine('foshan-national', { regionCode: null }), 403, 'SPECIAL_LINE.PLATFORM_WIDE'],
      ['agent.gd', aLine('agent-line'), 403, 'AUTH.ROLE_MISSING'],
      ['supervisor.gd', aLine('nowhere', { regionCode: '449999' }), 422, 'REGION.UNKNOWN'],
    ];
    for (const [user, body, status, code] of refusals) {
      const response = await call('POST', '/special-lines', user, body);
      expect({ status: response.status, code: response.body.errors?.[0]?.code }).toEqual({ status, code });
    }
    expect((await call<SpecialLineView>('GET', '/special-lines/spring-wages', 'agent.gd')).body.name).toBe(
      '春节前农民工欠薪专线',
    );
  });

  it('lists the lines open now for the ticket form, for the ticket’s region', async () => {
    expect(
      (
        await call(
          'POST',
          '/special-lines',
          'supervisor.gd',
          aLine('next-spring', { startsAt: inHours(24 * 30), endsAt: null }),
        )
      ).status,
    ).toBe(201);
    expect(
      (await call('POST', '/special-lines', 'supervisor.gz', aLine('gz-wages', { regionCode: '520000' }))).status,
    ).toBe(201);

    const codes = async (query: string) =>
      (await call<SpecialLineListView>('GET', `/special-lines?${query}`, 'agent.gd')).body.lines
        .map((line) => line.code)
        .sort();
    expect(await codes('status=open')).toEqual(['gz-wages', 'spring-wages']);
    expect(await codes('status=open&regionCode=440605011')).toEqual(['spring-wages']);
    expect(await codes('status=open&regionCode=520581')).toEqual(['gz-wages']);
    expect(await codes('status=scheduled')).toEqual(['next-spring']);
    expect(await codes('status=open&legalCategory=work-injury')).toEqual(['gz-wages', 'spring-wages']);
    expect(await codes('status=open&legalCategory=marriage-family')).toEqual([]);

    const bad = await call('GET', '/special-lines?status=maybe', 'agent.gd');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.field).toBe('status');
  });

  it('changes the period and profile of an open line, for a supervisor of its region only', async () => {
    const change = aLine('spring-wages', {
      name: '农民工欠薪专线',
      endsAt: null,
      priority: 'green-channel',
      onlineAnswerHours: null,
    });
    delete change.code;
    const refused = await call('PUT', '/special-lines/spring-wages', 'supervisor.gz', change);
    expect(refused.status).toBe(403);

    const narrower = await call('PUT', '/special-lines/spring-wages', 'supervisor.foshan', change);
    expect(narrower.status).toBe(403);
    const changed = await call<SpecialLineView>('PUT', '/special-lines/spring-wages', 'supervisor.gd', change);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: '农民工欠薪专线',
      endsAt: null,
      priority: 'green-channel',
      onlineAnswerHours: null,
      regionCode: '440000',
    });
    expect(changed.body.changedBy).toMatchObject({ organisationId: 'justice-gd' });

    const unknown = await call('PUT', '/special-lines/no-such-line', 'supervisor.gd', change);
    expect(unknown.status).toBe(404);
  });

  it('reports the line’s tickets: by status and category, at first contact, dispatched, follow-up satisfaction, online questions and its knowledge section', async () => {
    const resolved = await openTicket(answeredConsultation({ specialLine: 'spring-wages' }));
    await openTicket(answeredConsultation({ specialLine: 'spring-wages', legalCategory: 'work-injury' }));
    const application = await openTicket(nanhaiApplication({ specialLine: 'spring-wages' }));
    const webQuestion = await openTicket(
      answeredConsultation({
        channel: 'web',
        specialLine: 'spring-wages',
        handling: { mode: 'desk' },
        legalCategory: 'labour-relations',
      }),
    );
    // Not on the line; and on the line, but taken in Guizhou by the Guizhou platform.
    await openTicket(answeredConsultation());
    await openTicket(
      answeredConsultation({
        regionCode: '520581',
        matterLocation: { arosenInRegionCode: '520581' },
        specialLine: 'spring-wages',
      }),
      'agent.gz',
    );

    const [priority] = await svc.database.query<{ priority: string }>('SELECT priority FROM tickets WHERE id = $1', [
      resolved,
    ]);
    expect(priority).toEqual({ priority: 'green-channel' });

    // Follow-up calls (回访) as the owner records them; one satisfied, one dissatisfied.
    for (const [ticketId, satisfaction] of [
      [resolved, 'satisfied'],
      [application, 'dissatisfied'],
    ]) {
      await svc.database.query(
        `INSERT INTO follow_up_calls (event_id, ticket_id, result, satisfaction, recorded_at) VALUES ($1, $2, 'resolved', $3, now())`,
        [randomUUID(), ticketId, satisfaction],
      );
    }
    // Two entries of the line's knowledge section, drafted by an agent; one reviewed and published.
    const entryIds: string[] = [];
    for (const title of ['工资被拖欠怎么办', '工伤认定需要哪些材料']) {
      const drafted = await call<{ id: string }>('POST', '/knowledge/entries', 'agent.gd', {
        kind: 'faq',
        title,
        question: `${title}？`,
        answer: '可向劳动保障监察机构投诉，或申请劳动仲裁；符合条件的可申请法律援助。',
        legalCategory: 'labour-remuneration',
        specialLineCodes: ['spring-wages'],
        validFrom: '2026-01-01',
      });
      expect(drafted.status).toBe(201);
      entryIds.push(drafted.body.id);
    }
    expect((await call('POST', `/knowledge/entries/${entryIds[0]}/submit`, 'agent.gd', {})).status).toBe(200);
    const published = await call('POST', `/knowledge/entries/${entryIds[0]}/review`, 'supervisor.gd', {
      decision: 'publish',
    });
    expect(published.status).toBe(200);
    // The web question, answered an hour before it was due.
    await svc.database.query(
      `INSERT INTO online_questions (ticket_id, language, legal_category, region_code, special_line_code, priority, received_at, due_at, answered_at)
       VALUES ($1, 'zh-CN', 'labour-relations', '440605011', 'spring-wages', 'urgent', now() - interval '3 hours', now() - interval '1 hour', now() - interval '2 hours')
       ON CONFLICT (ticket_id) DO UPDATE SET due_at = EXCLUDED.due_at, answered_at = EXCLUDED.answered_at`,
      [webQuestion],
    );

    const response = await call<SpecialLineReportView>('GET', '/special-lines/spring-wages/report', 'supervisor.gd');
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report.tickets).toMatchObject({
      opened: 4,
      resolvedAtFirstContact: 2,
      firstContactResolutionRate: 0.5,
      dispatched: 1,
      convertedFromDesk: 0,
    });
    expect(report.tickets.closed + report.tickets.open).toBe(4);
    expect(report.byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(4);
    expect(report.byLegalCategory).toEqual([
      { legalCategory: 'labour-remuneration', count: 2 },
      { legalCategory: 'labour-relations', count: 1 },
      { legalCategory: 'work-injury', count: 1 },
    ]);
    expect(report.followUps).toMatchObject({ calls: 2, satisfiedRate: 0.5 });
    expect(report.knowledgeSection).toEqual({ entries: 2, published: 1 });
    expect(report.onlineQuestions).toEqual({ asked: 1, answered: 1, answeredInTime: 1, overdue: 0, inTimeRate: 1 });

    // Each reader counts what it may: the Guizhou supervisor its area, the Guizhou lead its organisation's tickets.
    const gz = await call<SpecialLineReportView>('GET', '/special-lines/spring-wages/report', 'supervisor.gz');
    expect(gz.body.tickets.opened).toBe(1);
    const leadGz = await call<SpecialLineReportView>('GET', '/special-lines/spring-wages/report', 'lead.gz');
    expect(leadGz.body.tickets.opened).toBe(1);

    const agent = await call('GET', '/special-lines/spring-wages/report', 'agent.gd');
    expect(agent.status).toBe(403);
    const backwards = await call(
      'GET',
      '/special-lines/spring-wages/report?from=2026-12-10&to=2026-12-01',
      'supervisor.gd',
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'to', code: 'PERIOD.ENDS_BEFORE_START' });
  });

  it('closes a line: no longer offered, no longer open to tickets, not closed twice or changed', async () => {
    const closed = await call<SpecialLineView>('POST', '/special-lines/spring-wages/close', 'supervisor.gd');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: { organisationId: 'justice-gd' } });
    expect(await openSpecialLine(svc.dataSource.manager, 'spring-wages', new Date())).toBeNull();

    const listed = await call<SpecialLineListView>('GET', '/special-lines?status=open', 'agent.gd');
    expect(listed.body.lines.map((line) => line.code)).not.toContain('spring-wages');

    const again = await call('POST', '/special-lines/spring-wages/close', 'supervisor.gd');
    expect(again.status).toBe(409);
    expect(again.body.errors[0]?.code).toBe('SPECIAL_LINE.ALREADY_CLOSED');
    const change = await call('PUT', '/special-lines/spring-wages', 'supervisor.gd', {
      ...aLine('x'),
      code: undefined,
    });
    expect(change.status).toBe(409);
    expect(change.body.errors[0]?.code).toBe('SPECIAL_LINE.CLOSED');
    // Its report stays.
    expect(
      (await call<SpecialLineReportView>('GET', '/special-lines/spring-wages/report', 'supervisor.gd')).body.tickets
        .opened,
    ).toBe(4);

    const late = await http<ErrorBody>(
      'POST',
      url('/tickets'),
      answeredConsultation({ specialLine: 'spring-wages' }),
      await asUser('agent.gd'),
    );
    expect(late.status).toBe(422);
  });

  it('seeds the demo lines once, for the whole platform', async () => {
    const first = await svc.dataSource.transaction((manager) => seedDemoSpecialLines(manager, new Date()));
    expect(first.sort()).toEqual(['civil-code', 'migrant-wages', 'veterans']);
    const second = await svc.dataSource.transaction((manager) => seedDemoSpecialLines(manager, new Date()));
    expect(second).toEqual([]);
    const wages = await call<SpecialLineView>('GET', '/special-lines/migrant-wages', 'agent.gz');
    expect(wages.body).toMatchObject({
      name: '农民工欠薪求助专线',
      priority: 'urgent',
      regionCode: null,
      status: 'open',
    });
    const inGuizhou = await call<SpecialLineListView>(
      'GET',
      '/special-lines?status=open&regionCode=520581',
      'agent.gz',
    );
    expect(inGuizhou.body.lines.map((line) => line.code).sort()).toEqual([
      'civil-code',
      'gz-wages',
      'migrant-wages',
      'veterans',
    ]);
  });

  it('keeps the special lines’ entity and migration in agreement', async () => {
    expect((await pendingSchemaChanges(svc.dataSource)).filter((query) => query.includes('special_lines'))).toEqual([]);
  });
});
