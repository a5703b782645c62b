import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localDate } from '@legal-hotline/business-calendar';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { eventually, KafkaProbe, pendingSchemaChanges, settle, startTestService, type TestService } from '@legal-hotline/testing';
import type { AgencyAuditTrail, AgencyDetailView, DirectoryAuditFeed } from '../src/directory/agency.dto.js';
import type { AcceptanceClockView } from '../src/escalation/acceptance-clock.dto.js';
import { seedDirectoryFromEnvironment } from '../src/directory/run-seed-directory.js';
import type { MisrouteReportPage } from '../src/misroutes/misroute-report.dto.js';
import type { TicketRoutingDecisions } from '../src/routing/routing-decision.dto.js';
import { routingService, type RoutingConfig } from '../src/routing.service-definition.js';
import {
  as,
  claimsOf,
  dropDatabase,
  probeHelpers,
  rejectionOf,
  seedDirectory,
  ticketClosed,
  ticketMerged,
  ticketOpened,
  type Requested,
} from './routing-test-kit.js';

const NANHAI = 'legal-aid-centre:440605';
const FOSHAN = 'legal-aid-centre:440600';
const GUANGDONG = 'legal-aid-centre:440000';

// The system clock and the default deadlines (hours, working days): nothing falls due here.
describe('routing: re-routing, bounce-back, misroute reports, directory changes, withdrawal', () => {
  let svc: TestService<RoutingConfig>;
  let probe: KafkaProbe;
  let kit: ReturnType<typeof probeHelpers>;

  beforeAll(async () => {
    svc = await startTestService(routingService);
    probe = await KafkaProbe.start();
    kit = probeHelpers(probe);
    await seedDirectory(svc);
  });

  afterAll(async () => {
    await probe?.stop();
    await svc?.stop({ keepDatabase: true });
    if (svc) await dropDatabase(svc.database);
  });

  const requested = (ticketId: string, nth = 1) => kit.nth('assignment.requested.v1', ticketId, nth) as Promise<Requested>;
  const agency = (id: string) => `${svc.url}/api/v1/agencies/${encodeURIComponent(id)}`;
  const clockOf = (assignmentId: string) => as<AcceptanceClockView>('supervisor.gd', 'GET', `${svc.url}/api/v1/assignments/${assignmentId}/clock`);
  const decisionsOf = (ticketId: string) => as<TicketRoutingDecisions>('agent.gd', 'GET', `${svc.url}/api/v1/tickets/${ticketId}/routing-decisions`);

  describe('after a rejection', () => {
    it('passes the ticket to the next candidate, saying which body rejected it and why', async () => {
      const opened = ticketOpened();
      await kit.publish(opened);
      const first = await requested(opened.data.ticketId);
      expect(first.data.agency.agencyId).toBe(NANHAI);

      const rejected = rejectionOf(first, 'not-our-jurisdiction', '用人单位在顺德区');
      await kit.publish(rejected);

      const next = await requested(opened.data.ticketId, 2);
      expect(next).toMatchObject({ correlationId: opened.correlationId, causationId: rejected.id });
      expect(next.data.agency.agencyId).toBe(FOSHAN);
      expect(next.data.explanation.reason).toMatch(
        /^Re-routed \(hand-off 2 of at most 3\) after 南海区法律援助中心 \(legal-aid-centre:440605\) rejected it: not-our-jurisdiction \("用人单位在顺德区"\); Legal Aid Law Art\. 38/,
      );
      expect(next.data.explanation.candidatesConsidered).toContainEqual({ agencyId: NANHAI, outcome: 'rejected-before' });

      const first_ = await clockOf(first.data.assignmentId);
      expect(first_.body).toMatchObject({ state: 'stopped', stopReason: 'rejected' });
      expect((await clockOf(next.data.assignmentId)).body).toMatchObject({ state: 'running', dueAt: next.data.acceptanceDeadline });
      expect((await decisionsOf(opened.data.ticketId)).body.items.map((d) => [d.outcome, d.agencyId])).toEqual([
        ['assigned', NANHAI],
        ['assigned', FOSHAN],
      ]);
    });

    it('hands the ticket back to its owner at the hop limit, with every rejection, a suggestion and an alert', async () => {
      const opened = ticketOpened();
      const { ticketId } = opened.data;
      await kit.publish(opened);
      await kit.publish(rejectionOf(await requested(ticketId, 1), 'not-our-jurisdiction', '用人单位在顺德区'));
      await kit.publish(rejectionOf(await requested(ticketId, 2), 'not-our-category', '欠薪请找劳动监察'));
      const third = await requested(ticketId, 3);
      expect(third.data.agency.agencyId).toBe(GUANGDONG);
      const lastRejection = rejectionOf(third, 'not-our-category', null);
      await kit.publish(lastRejection);

      const returned = await kit.nth('routing.returned-to-owner.v1', ticketId);
      expect(returned).toMatchObject({ source: 'routing', subject: ticketId, correlationId: opened.correlationId, causationId: lastRejection.id });
      expect(returned.data).toEqual({
        ticketId,
        why: 'hop-limit-reached',
        hops: 3,
        rejections: [
          { agencyId: NANHAI, agencyName: '南海区法律援助中心', reason: 'not-our-jurisdiction', note: '用人单位在顺德区' },
          { agencyId: FOSHAN, agencyName: '佛山市法律援助中心', reason: 'not-our-category', note: '欠薪请找劳动监察' },
          { agencyId: GUANGDONG, agencyName: '广东省法律援助中心', reason: 'not-our-category', note: null },
        ],
        // Every body is used up and the last said the category is not theirs: the partner line for wage matters.
        suggestedDestination: { agencyId: 'partner-hotline:12345', name: '12345政务服务便民热线', why: expect.stringContaining('labour-remuneration') },
        returnedAt: expect.any(String),
      });
      const alert = await kit.nth('supervision.alert-raised.v1', ticketId);
      expect(alert.data).toMatchObject({ kind: 'returned-to-owner', severity: 'warning', agencyId: null });
      expect(alert.data.message).toContain('after 3 hand-offs (hop-limit-reached)');

      await settle(1500);
      expect(kit.all('assignment.requested.v1', ticketId)).toHaveLength(3);
      const decisions = (await decisionsOf(ticketId)).body.items;
      expect(decisions.at(-1)).toMatchObject({ outcome: 'returned-to-owner', agencyId: null, assignmentId: null, acceptance: null });
      expect(decisions.at(-1)?.explanation.rule).toBe('bounce-back.hop-limit-reached');
    });

    it('re-routes once when the rejection is delivered twice or replayed under a new id', async () => {
      const opened = ticketOpened();
      await kit.publish(opened);
      const first = await requested(opened.data.ticketId);
      const rejected = rejectionOf(first, 'conflict-of-interest');
      await kit.publish(rejected);
      await kit.publish(rejected);
      await kit.publish({ ...rejected, id: crypto.randomUUID() });

      await requested(opened.data.ticketId, 2);
      await settle(1500);
      expect(kit.all('assignment.requested.v1', opened.data.ticketId)).toHaveLength(2);
    });
  });

  describe('GET /api/v1/misroute-reports', () => {
    const reportsOf = (query: string) => as<MisrouteReportPage>('supervisor.gd', 'GET', `${svc.url}/api/v1/misroute-reports?${query}`);

    it('counts "not ours" rejections per category, county and body, most counted first', async () => {
      const notes = ['受伤地点在顺德区', '工厂在三水区', '用人单位注册在禅城区'];
      for (const note of notes) {
        const opened = ticketOpened({ legalCategory: 'work-injury' });
        await kit.publish(opened);
        await kit.publish(rejectionOf(await requested(opened.data.ticketId), 'not-our-jurisdiction', note));
        const next = await requested(opened.data.ticketId, 2);
        // Only the first of them is also refused one level up, as not the city's category.
        if (note === notes[0]) await kit.publish(rejectionOf(next, 'not-our-category', '工伤认定请找人社局'));
      }
      // A rejection that is about the ticket, not the routing table, is not a misroute.
      const duplicate = ticketOpened({ legalCategory: 'work-injury' });
      await kit.publish(duplicate);
      await kit.publish(rejectionOf(await requested(duplicate.data.ticketId), 'duplicate'));
      await requested(duplicate.data.ticketId, 2);

      const report = await eventually(async () => {
        const response = await reportsOf('legalCategory=work-injury');
        expect(response.body.items.map((r) => r.count)).toEqual([3, 1]);
        return response;
      });
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({ page: 1, pageSize: 20, total: 2 });
      expect(report.body.items).toEqual([
        {
          legalCategory: 'work-injury',
          regionCode: '440605',
          agencyId: NANHAI,
          reason: 'not-our-jurisdiction',
          count: 3,
          firstSeenAt: expect.any(String),
          lastSeenAt: expect.any(String),
          lastNote: '用人单位注册在禅城区',
          lastTicketId: expect.any(String),
        },
        expect.objectContaining({ agencyId: FOSHAN, regionCode: '440605', reason: 'not-our-category', count: 1, lastNote: '工伤认定请找人社局' }),
      ]);
      expect(report.body.items[0]!.firstSeenAt < report.body.items[0]!.lastSeenAt).toBe(true);

      expect((await reportsOf('legalCategory=work-injury&reason=not-our-category')).body.items.map((r) => r.agencyId)).toEqual([FOSHAN]);
      expect((await reportsOf('legalCategory=work-injury&regionCode=440600')).body.total).toBe(2);
      expect((await reportsOf('legalCategory=work-injury&regionCode=520000')).body.total).toBe(0);
    });

    it.each([
      ['legalCategory', 'legalCategory=wages'],
      ['regionCode', 'regionCode=4406'],
      ['reason', 'reason=duplicate'],
      ['page', 'page=100000000000000000000'],
    ])('answers 400 naming %s when it is malformed', async (field, query) => {
      const response = await as<ErrorBody>('directory.admin', 'GET', `${svc.url}/api/v1/misroute-reports?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e) => e.field)).toContain(field);
    });
  });

  describe('directory changes without a restart', () => {
    /** A change by the directory administrator, who is who the audit names. */
    const change = (method: string, url: string, body: object) => as<AgencyDetailView & ErrorBody>('directory.admin', method, url, body);

    it('applies availability unstaffed on the Nanhai centre to the next ticket, and audits it', async () => {
      const since = new Date().toISOString();
      const patched = await change('PATCH', agency(NANHAI), { availability: 'unstaffed', reason: '中心搬迁，本周无人值守' });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ id: NANHAI, availability: 'unstaffed' });

      try {
        const opened = ticketOpened();
        await kit.publish(opened);
        const next = await requested(opened.data.ticketId);
        expect(next.data.agency.agencyId).toBe(FOSHAN);
        expect(next.data.explanation.candidatesConsidered).toContainEqual({ agencyId: NANHAI, outcome: 'unstaffed' });
      } finally {
        expect((await change('PATCH', agency(NANHAI), { availability: 'normal', reason: '恢复办公' })).status).toBe(200);
      }
      const back = ticketOpened();
      await kit.publish(back);
      expect((await requested(back.data.ticketId)).data.agency.agencyId).toBe(NANHAI);

      const trail = await as<AgencyAuditTrail>('supervisor.foshan', 'GET', `${agency(NANHAI)}/audit`);
      expect(trail.status).toBe(200);
      // The person the token names, never a name from the body.
      const admin = await claimsOf('directory.admin');
      expect(trail.body.items).toEqual([
        {
          id: expect.any(String),
          agencyId: NANHAI,
          changeKind: 'agency-updated',
          before: { availability: 'normal' },
          after: { availability: 'unstaffed' },
          changedBy: admin.name,
          changedById: admin.sub,
          reason: '中心搬迁，本周无人值守',
          at: expect.any(String),
        },
        expect.objectContaining({ before: { availability: 'unstaffed' }, after: { availability: 'normal' }, reason: '恢复办公' }),
      ]);
      const feed = await as<DirectoryAuditFeed>('directory.admin', 'GET', `${svc.url}/api/v1/directory/audit?since=${encodeURIComponent(since)}`);
      expect(feed.body.items.filter((e) => e.agencyId === NANHAI).map((e) => e.after)).toEqual([{ availability: 'unstaffed' }, { availability: 'normal' }]);
    });

    it('changes languages and duty hours, auditing only what changed', async () => {
      const response = await change('PATCH', agency('legal-aid-centre:522726'), {
        languages: ['zh-CN', 'hmn'],
        dutyHours: { '1': [{ from: '08:30', to: '17:30' }], '6': [{ from: '09:00', to: '12:00' }] },
        availability: 'normal',
        reason: '周六上午增设值班，新增苗语服务',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ languages: ['zh-CN', 'hmn'], dutyHours: { '6': [{ from: '09:00', to: '12:00' }] } });
      const trail = await as<AgencyAuditTrail>('directory.admin', 'GET', `${agency('legal-aid-centre:522726')}/audit`);
      expect(Object.keys(trail.body.items[0]!.after).sort()).toEqual(['dutyHours', 'languages']);
    });

    it('moves a jurisdiction: ended at one committee, added at another; the next ticket follows it', async () => {
      const today = localDate(new Date(), 'Asia/Shanghai');
      const ended = await change('POST', `${agency('mediation-committee:440605011')}/jurisdictions/440605011/end`, {
        effectiveTo: today,
        reason: '桂城街道调委会并入区联合调委会',
      });
      expect(ended.status).toBe(200);
      expect(ended.body.jurisdictions).toEqual([{ regionCode: '440605011', effectiveFrom: '2023-06-30', effectiveTo: today }]);
      const added = await change('POST', `${agency('mediation-committee:440605')}/jurisdictions`, {
        regionCode: '440605011',
        effectiveFrom: today,
        reason: '桂城街道调委会并入区联合调委会',
      });
      expect(added.status).toBe(201);

      const opened = ticketOpened({ requestType: 'mediation-pre-application', legalCategory: 'neighbourhood', matterLocation: {} });
      await kit.publish(opened);
      const next = await requested(opened.data.ticketId);
      expect(next.data.agency.agencyId).toBe('mediation-committee:440605');
      expect(next.data.explanation.fallbackLevel).toBe(0);

      const overlap = await change('POST', `${agency('mediation-committee:440605')}/jurisdictions`, {
        regionCode: '440605011',
        effectiveFrom: today,
        reason: 'again',
      });
      expect(overlap.status).toBe(409);
      expect(overlap.body.errors[0]?.code).toBe('JURISDICTION.OVERLAPS');
    });

    it('closes a centre: its tickets go one level up from then on', async () => {
      const closed = await change('POST', `${agency('legal-aid-centre:522726')}/close`, { reason: '机构撤并' });
      expect(closed.status).toBe(200);
      expect(closed.body.jurisdictions.every((j) => j.effectiveTo !== null)).toBe(true);

      const opened = ticketOpened({ regionCode: '522726', matterLocation: {}, caller: { ...ticketOpened().data.caller, language: 'zh-CN' } });
      await kit.publish(opened);
      expect((await requested(opened.data.ticketId)).data.agency.agencyId).toBe('legal-aid-centre:522700');

      const again = await change('POST', `${agency('legal-aid-centre:522726')}/close`, { reason: 'again' });
      expect(again.status).toBe(409);
      expect(again.body.errors[0]?.code).toBe('AGENCY.ALREADY_CLOSED');
      const trail = await as<AgencyAuditTrail>('directory.admin', 'GET', `${agency('legal-aid-centre:522726')}/audit`);
      expect(trail.body.items.map((e) => e.changeKind)).toEqual(['agency-updated', 'agency-closed']);
    });

    it('is not undone by a re-seed: agencies changed through the API are left alone', async () => {
      const report = await seedDirectoryFromEnvironment({ DATABASE_URL: svc.database.url });
      expect(report.counts.agencies.updated).toBe(0);
      expect(report.counts.jurisdictions.updated).toBe(0);
      const dushan = await as<AgencyDetailView>('staff.dushan', 'GET', agency('legal-aid-centre:522726'));
      expect(dushan.body.languages).toEqual(['zh-CN', 'hmn']);
      expect(dushan.body.jurisdictions.every((j) => j.effectiveTo !== null)).toBe(true);
      const guicheng = await as<AgencyDetailView>('mediator.guicheng', 'GET', agency('mediation-committee:440605011'));
      expect(guicheng.body.jurisdictions[0]?.effectiveTo).not.toBeNull();
    });

    it.each([
      ['nothing to change', 'PATCH', '', { reason: 'b' }, 400, 'AGENCY.NOTHING_TO_CHANGE', null],
      ['an unknown availability', 'PATCH', '', { availability: 'closed', reason: 'b' }, 400, 'isIn', 'availability'],
      ['duty hours it cannot read', 'PATCH', '', { dutyHours: { '1': [{ from: '18:00', to: '09:00' }] }, reason: 'b' }, 400, 'AGENCY.INVALID_DUTY_HOURS', 'dutyHours'],
      ['no reason', 'PATCH', '', { availability: 'normal' }, 400, 'isString', 'reason'],
      ['a reason of invisible characters only', 'PATCH', '', { availability: 'normal', reason: '\u200b\u00a0\ufeff' }, 400, 'isVisibleText', 'reason'],
      // The author is the signed-in person: a body naming one is refused, whatever it names.
      ['a change naming its author', 'PATCH', '', { availability: 'normal', changedBy: '郑红', reason: 'b' }, 400, 'whitelistValidation', 'changedBy'],
      ['a closure naming its author', 'POST', '/close', { changedBy: 'a', reason: 'b' }, 400, 'whitelistValidation', 'changedBy'],
      // null would erase the setting (no request types, every category): refused, not applied.
      ['request types set to null', 'PATCH', '', { requestTypes: null, reason: 'b' }, 400, 'isArray', 'requestTypes'],
      ['availability set to null', 'PATCH', '', { availability: null, reason: 'b' }, 400, 'isIn', 'availability'],
      ['a language that is no language tag', 'PATCH', '', { languages: ['Cantonese!'], reason: 'b' }, 400, 'isLanguageTag', 'languages'],
      ['an unknown region', 'POST', '/jurisdictions', { regionCode: '449999', effectiveFrom: '2026-12-01', reason: 'b' }, 422, 'REGION.UNKNOWN', 'regionCode'],
      ['a date that is no date', 'POST', '/jurisdictions', { regionCode: '440606', effectiveFrom: '2026-02-30', reason: 'b' }, 400, 'isIso8601', 'effectiveFrom'],
      ['a region the body does not serve', 'POST', '/jurisdictions/440606/end', { effectiveTo: '2026-12-01', reason: 'b' }, 404, 'JURISDICTION.NOT_FOUND', 'regionCode'],
    ])('refuses %s, naming the field, and changes nothing', async (_case, method, path, body, status, code, field) => {
      const before = await as<AgencyAuditTrail>('directory.admin', 'GET', `${agency(FOSHAN)}/audit`);
      const response = await change(method, `${agency(FOSHAN)}${path}`, body);
      expect(response.status).toBe(status);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ code, ...(field === null ? {} : { field }) }));
      expect((await as<AgencyAuditTrail>('directory.admin', 'GET', `${agency(FOSHAN)}/audit`)).body.items).toEqual(before.body.items);
    });

    it('refuses directory changes to anyone but a directory administrator (403 AUTH.ROLE_MISSING), and audits nothing', async () => {
      const attempts: [string, string, object][] = [
        ['PATCH', agency(FOSHAN), { availability: 'unstaffed', reason: '督办要求暂停' }],
        ['POST', `${agency(FOSHAN)}/close`, { reason: '督办要求撤并' }],
        ['POST', `${agency(FOSHAN)}/jurisdictions`, { regionCode: '440606', effectiveFrom: '2026-12-01', reason: '调整' }],
        ['POST', `${agency(FOSHAN)}/jurisdictions/440600/end`, { effectiveTo: '2026-12-01', reason: '调整' }],
      ];
      const answers: [string, string, number, string | undefined][] = [];
      for (const user of ['supervisor.gd', 'staff.nanhai', 'agent.gd', 'exchange.admin'] as const) {
        for (const [method, url, body] of attempts) {
          const response = await as<ErrorBody>(user, method, url, body);
          answers.push([user, `${method} ${url}`, response.status, response.body.errors[0]?.code]);
        }
      }
      for (const [method, url, body] of attempts) {
        const response = await as<ErrorBody>(null, method, url, body);
        answers.push(['anonymous', `${method} ${url}`, response.status, response.body.errors[0]?.code]);
      }

      expect(answers.filter(([user, , status, code]) => (user === 'anonymous' ? status !== 401 || code !== 'AUTH.TOKEN_MISSING' : status !== 403 || code !== 'AUTH.ROLE_MISSING'))).toEqual([]);
      expect((await as<AgencyAuditTrail>('directory.admin', 'GET', `${agency(FOSHAN)}/audit`)).body.items).toEqual([]);
      expect((await as<AgencyDetailView>('agent.gd', 'GET', agency(FOSHAN))).body.availability).toBe('normal');
    });

    it('shows the audit to directory administrators and supervisors only', async () => {
      const answerTo = async (user: 'directory.admin' | 'supervisor.gz' | 'staff.nanhai' | 'agent.gd' | null) =>
        [(await as(user, 'GET', `${agency(NANHAI)}/audit`)).status, (await as(user, 'GET', `${svc.url}/api/v1/directory/audit`)).status];

      expect(await answerTo('directory.admin')).toEqual([200, 200]);
      expect(await answerTo('supervisor.gz')).toEqual([200, 200]);
      expect(await answerTo('staff.nanhai')).toEqual([403, 403]);
      expect(await answerTo('agent.gd')).toEqual([403, 403]);
      expect(await answerTo(null)).toEqual([401, 401]);
    });

    it('takes the feed from an instant with an offset only', async () => {
      const noOffset = await as<ErrorBody>('directory.admin', 'GET', `${svc.url}/api/v1/directory/audit?since=2026-11-23T00:00:00`);
      expect([noOffset.status, noOffset.body.errors.map((e) => e.field)]).toEqual([400, ['since']]);
      expect((await as('directory.admin', 'GET', `${svc.url}/api/v1/directory/audit?since=${encodeURIComponent('2026-11-23T00:00:00+08:00')}`)).status).toBe(200);
    });

    it('answers 404 AGENCY.NOT_FOUND for a change to an unknown agency', async () => {
      const response = await change('PATCH', agency('legal-aid-centre:110101'), { availability: 'unstaffed', reason: 'b' });
      expect(response.status).toBe(404);
      expect(response.body.errors[0]?.code).toBe('AGENCY.NOT_FOUND');
      expect((await as('directory.admin', 'GET', `${agency('legal-aid-centre:110101')}/audit`)).status).toBe(404);
    });
  });

  describe('when the owner ends the ticket', () => {
    it.each([
      ['closes', (ticketId: string) => ticketClosed(ticketId), 'ticket-closed'],
      ['merges', (ticketId: string) => ticketMerged(ticketId, crypto.randomUUID()), 'ticket-merged'],
    ])('withdraws the open assignment when the owner %s it, and stops its clock', async (_case, ending, reason) => {
      const opened = ticketOpened();
      await kit.publish(opened);
      const open = await requested(opened.data.ticketId);
      const end = ending(opened.data.ticketId);
      await kit.publish(end);

      const withdrawn = await kit.nth('assignment.withdrawn.v1', opened.data.ticketId);
      expect(withdrawn).toMatchObject({
        source: 'routing',
        subject: open.data.assignmentId,
        correlationId: end.correlationId,
        causationId: end.id,
        data: { assignmentId: open.data.assignmentId, agencyId: NANHAI, reason },
      });
      expect((await clockOf(open.data.assignmentId)).body).toMatchObject({ state: 'stopped', stopReason: 'withdrawn' });

      // The body's late rejection changes nothing: the ticket is no longer routed.
      await kit.publish(rejectionOf(open, 'not-our-jurisdiction'));
      await settle(1500);
      expect(kit.all('assignment.requested.v1', opened.data.ticketId)).toHaveLength(1);
      expect(kit.all('routing.returned-to-owner.v1', opened.data.ticketId)).toHaveLength(0);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
