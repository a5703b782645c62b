import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import {
  asUser,
  http,
  pendingSchemaChanges,
  startTestService,
  type DemoUser,
  type TestService,
} from '@legal-hotline/testing';
import type {
  AgentFiguresView,
  DrawView,
  FindingPageView,
  MyFiguresView,
  SamplePageView,
  SampleSummaryView,
  SampleView,
} from '../src/inspection/inspection.dto.js';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { OpenedTicketView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { identityOf, type Identity } from './fixtures/identities.js';
import { nanhaiApplication, TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

const NOVEMBER = '2026-11';
/** Where the seeded tickets are moved once their story is told: mid-November in Shanghai. */
const MID_NOVEMBER = Date.parse('2026-11-16T12:00:00+08:00');

const ANSWER = {
  mode: 'resolve',
  answer: '用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。',
  citedArticles: ['《劳动争议调解仲裁法》第二十七条'],
  caseEducationGiven: true,
};

function consultation(regionCode: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return nanhaiApplication({
    requestType: 'consultation',
    regionCode,
    matterLocation: { arosenInRegionCode: regionCode },
    flags: {},
    summary: '工厂拖欠两个月工资，想知道怎么讨回。',
    handling: ANSWER,
    ...overrides,
  });
}

const FULL_MARKS = { legalAccuracy: 5, citation: 5, clarity: 5, attitude: 5, caseEducation: 5 };

describe('intake: quality inspection (服务质检) and per-agent figures (律师评价)', () => {
  let svc: TestService<IntakeConfig>;
  const url = (path: string) => `${svc.url}/api/v1${path}`;
  const who: Partial<Record<DemoUser, Identity>> = {};
  const subject = (user: DemoUser) => who[user]!.subject;

  const call = async <T>(method: 'GET' | 'POST', path: string, user: DemoUser, body?: unknown) =>
    http<T & ErrorBody>(method, url(path), body, await asUser(user));
  const ok = async <T>(method: 'GET' | 'POST', path: string, user: DemoUser, body?: unknown): Promise<T> => {
    const response = await call<T>(method, path, user, body);
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: method === 'POST' && path === '/tickets' ? 201 : 200,
    });
    return response.body;
  };
  const open = async (user: DemoUser, body: Record<string, unknown>): Promise<string> =>
    (await ok<OpenedTicketView>('POST', '/tickets', user, body)).id;
  const followUp = (id: string, satisfaction: string) =>
    ok<TicketView>('POST', `/tickets/${id}/follow-up`, 'agent.gd', {
      result: satisfaction === 'dissatisfied' ? 'unresolved' : 'resolved',
      satisfaction,
    });

  /** Moves the tickets' whole stories (opening, answers, work orders, follow-up calls, timeline) back into mid-November. */
  const intoNovember = async (ids: string[]): Promise<void> => {
    const shift = `${Math.floor((Date.now() - MID_NOVEMBER) / 1000)} seconds`;
    const back = (column: string, field: string) =>
      `${column} = CASE WHEN ${column} IS NULL THEN NULL ELSE jsonb_set(${column}, '{${field}}', to_jsonb((${column}->>'${field}')::timestamptz - $2::interval)) END`;
    await svc.database.query(
      `UPDATE tickets SET opened_at = opened_at - $2::interval, first_contact_received_at = first_contact_received_at - $2::interval,
              resolved_at_first_contact_at = resolved_at_first_contact_at - $2::interval,
              ${back('answer', 'answeredAt')}, ${back('desk_resolution', 'resolvedAt')}, ${back('dispatch', 'requestedAt')}
        WHERE id = ANY($1::uuid[])`,
      [ids, shift],
    );
    await svc.database.query(
      'UPDATE follow_up_calls SET recorded_at = recorded_at - $2::interval WHERE ticket_id = ANY($1::uuid[])',
      [ids, shift],
    );
    await svc.database.query(
      'UPDATE ticket_timeline_entries SET at = at - $2::interval WHERE ticket_id = ANY($1::uuid[])',
      [ids, shift],
    );
  };

  const agentGd: string[] = [];
  const complaintsGd: string[] = [];
  let dissatisfiedGd = '';
  const leadGd: string[] = [];
  let firstDraw: DrawView;

  beforeAll(async () => {
    svc = await startTestService(intakeService, {
      env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY },
    });
    for (const user of ['agent.gd', 'lead.gd', 'agent.gz'] as const) who[user] = await identityOf(user);

    // agent.gd answers 25 consultations and 2 complaints at first contact in Nanhai; one caller is
    // dissatisfied on the follow-up call, two satisfied, one basically satisfied.
    for (let i = 0; i < 25; i += 1) agentGd.push(await open('agent.gd', consultation('440605011')));
    for (let i = 0; i < 2; i += 1)
      complaintsGd.push(
        await open(
          'agent.gd',
          consultation('440605011', { requestType: 'complaint-or-suggestion', summary: '投诉某律所收费不规范。' }),
        ),
      );
    dissatisfiedGd = agentGd[0]!;
    await followUp(agentGd[0]!, 'dissatisfied');
    await followUp(agentGd[1]!, 'satisfied');
    await followUp(agentGd[2]!, 'satisfied');
    await followUp(agentGd[3]!, 'basically-satisfied');
    // It also opens a legal-aid application (routed at opening) and passes a matter to 12345.
    const application = await open('agent.gd', nanhaiApplication());
    const notOurs = await open(
      'agent.gd',
      consultation('440605011', { handling: { mode: 'desk' }, summary: '小区噪音扰民，想投诉物业。' }),
    );
    await ok<TicketView>('POST', `/tickets/${notOurs}/transfer`, 'agent.gd', {
      partner: '12345',
      reason: 'not-ours',
      note: '属于物业管理事项',
    });

    // lead.gd answers 3 consultations in Shunde and turns a desk question into a legal-aid application.
    for (let i = 0; i < 3; i += 1) leadGd.push(await open('lead.gd', consultation('440606005')));
    const becomesApplication = await open('lead.gd', consultation('440606005', { handling: { mode: 'desk' } }));
    await ok<TicketView>('POST', `/tickets/${becomesApplication}/work-order`, 'lead.gd', {
      requestType: 'legal-aid-application',
      reason: '来电人咨询后决定申请法律援助，需法律援助机构审查',
    });

    // agent.gz answers 2 in Guiyang: another province, another platform.
    const gz = [await open('agent.gz', consultation('520102016')), await open('agent.gz', consultation('520102016'))];

    await intoNovember([...agentGd, ...complaintsGd, application, notOurs, ...leadGd, becomesApplication, ...gz]);
    // A consultation answered today is not November's.
    await open('agent.gd', consultation('440605011'));
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('keeps the entities and the migrations in step', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });

  describe('drawing samples', () => {
    it('takes per agent every complaint, every dissatisfied follow-up and ceil(5% × answered) of the rest at random', async () => {
      firstDraw = await ok<DrawView>('POST', '/inspection/draws', 'supervisor.gd', { period: NOVEMBER });
      expect(firstDraw).toMatchObject({
        scope: { kind: 'area', regionPrefix: '44', organisationId: null },
        period: NOVEMBER,
        share: 0.05,
        firstDrawn: true,
        added: 6,
        counts: {
          answered: 30,
          random: 3,
          complaint: 2,
          dissatisfiedFollowUp: 1,
          byAgent: [
            {
              agentId: subject('agent.gd'),
              agentName: who['agent.gd']!.name,
              answered: 27,
              random: 2,
              complaint: 2,
              dissatisfiedFollowUp: 1,
            },
            { agentId: subject('lead.gd'), answered: 3, random: 1, complaint: 0, dissatisfiedFollowUp: 0 },
          ].sort((a, b) => (a.agentId < b.agentId ? -1 : 1)),
        },
      });
      const samples = await ok<SamplePageView>(
        'GET',
        `/inspection/samples?period=${NOVEMBER}&pageSize=100`,
        'supervisor.gd',
      );
      expect(samples.total).toBe(6);
      const byReason = (reason: string) =>
        samples.items
          .filter((s) => s.reason === reason)
          .map((s) => s.ticketId)
          .sort();
      expect(byReason('complaint')).toEqual([...complaintsGd].sort());
      expect(byReason('dissatisfied-follow-up')).toEqual([dissatisfiedGd]);
      const random = samples.items.filter((s) => s.reason === 'random');
      expect(
        random.filter((s) => s.agentId === subject('agent.gd')).every((s) => agentGd.slice(1).includes(s.ticketId)),
      ).toBe(true);
      expect(random.filter((s) => s.agentId === subject('lead.gd')).every((s) => leadGd.includes(s.ticketId))).toBe(
        true,
      );
    });

    it('returns the same draw when drawn again, and changes nothing', async () => {
      const again = await ok<DrawView>('POST', '/inspection/draws', 'supervisor.gd', { period: NOVEMBER });
      expect(again).toMatchObject({
        id: firstDraw.id,
        firstDrawn: false,
        added: 0,
        counts: firstDraw.counts,
        drawnAt: firstDraw.drawnAt,
      });
      expect((await ok<SamplePageView>('GET', `/inspection/samples?period=${NOVEMBER}`, 'supervisor.gd')).total).toBe(
        6,
      );
    });

    it('adds a complaint answered since to the same draw, and leaves the random part as drawn', async () => {
      const complaint = await open(
        'agent.gd',
        consultation('440605011', { requestType: 'complaint-or-suggestion', summary: '投诉法律援助律师未及时联系。' }),
      );
      await intoNovember([complaint]);
      complaintsGd.push(complaint);
      const again = await ok<DrawView>('POST', '/inspection/draws', 'supervisor.gd', { period: NOVEMBER });
      expect(again).toMatchObject({
        id: firstDraw.id,
        added: 1,
        counts: { answered: 31, random: 3, complaint: 3, dissatisfiedFollowUp: 1 },
      });
    });

    it('never samples a ticket twice in a month: the lead’s draw over its organisation finds them taken', async () => {
      const leads = await ok<DrawView>('POST', '/inspection/draws', 'lead.gd', { period: NOVEMBER });
      expect(leads).toMatchObject({
        scope: { kind: 'organisation', organisationId: '12348-gd' },
        firstDrawn: true,
        added: 0,
      });
      expect(leads.id).not.toBe(firstDraw.id);
    });

    it('draws another province’s agents for its own supervisor only', async () => {
      const gz = await ok<DrawView>('POST', '/inspection/draws', 'supervisor.gz', { period: NOVEMBER, share: 0.5 });
      expect(gz.counts).toMatchObject({
        answered: 2,
        random: 1,
        byAgent: [{ agentId: subject('agent.gz'), answered: 2, random: 1 }],
      });
      expect(
        (
          await ok<SamplePageView>('GET', `/inspection/samples?period=${NOVEMBER}&pageSize=100`, 'supervisor.gd')
        ).items.map((s) => s.agentId),
      ).not.toContain(subject('agent.gz'));
    });

    it('refuses a malformed or future month, another share on a repeated draw, and agents, changing nothing', async () => {
      const malformed = await call('POST', '/inspection/draws', 'supervisor.gd', { period: '2026-13' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0]).toMatchObject({ field: 'period' });
      const future = await call('POST', '/inspection/draws', 'supervisor.gd', { period: '2099-01' });
      expect(future.status).toBe(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'period', code: 'INSPECTION.PERIOD_NOT_BEGUN' });
      const share = await call('POST', '/inspection/draws', 'supervisor.gd', { period: NOVEMBER, share: 0.2 });
      expect(share.status).toBe(409);
      expect(share.body.errors[0]).toMatchObject({ field: 'share', code: 'INSPECTION.SHARE_DIFFERS' });
      expect(
        (await call('POST', '/inspection/draws', 'lead.gd', { period: NOVEMBER, organisationId: '12348-gz' })).status,
      ).toBe(403);
      expect((await call('POST', '/inspection/draws', 'agent.gd', { period: NOVEMBER })).status).toBe(403);
      // Guangdong's 7 and Guizhou's 1, and nothing more.
      expect(
        await svc.database.query(`SELECT count(*)::int AS count FROM inspection_samples WHERE period = $1`, [NOVEMBER]),
      ).toEqual([{ count: 8 }]);
    });
  });

  describe('reviewing and returning findings', () => {
    let complaintSample: SampleSummaryView;
    let leadsSample: SampleSummaryView;

    beforeAll(async () => {
      const samples = await ok<SamplePageView>(
        'GET',
        `/inspection/samples?period=${NOVEMBER}&state=pending&pageSize=100`,
        'supervisor.gd',
      );
      complaintSample = samples.items.find((s) => s.reason === 'complaint')!;
      leadsSample = samples.items.find((s) => s.agentId === subject('lead.gd'))!;
    });

    it('shows the reviewer the question, the desk answer with its cited articles, and the follow-up calls', async () => {
      const dissatisfied = (
        await ok<SamplePageView>('GET', `/inspection/samples?period=${NOVEMBER}&pageSize=100`, 'supervisor.gd')
      ).items.find((s) => s.reason === 'dissatisfied-follow-up')!;
      const sample = await ok<SampleView>('GET', `/inspection/samples/${dissatisfied.id}`, 'supervisor.gd');
      expect(sample).toMatchObject({
        ticketId: dissatisfiedGd,
        question: '工厂拖欠两个月工资，想知道怎么讨回。',
        state: 'pending',
        review: null,
        ticket: {
          deskAnswer: {
            answer: ANSWER.answer,
            citedArticles: ANSWER.citedArticles,
            knowledgeEntryIds: [],
            caseEducationGiven: true,
          },
          followUps: [{ result: 'unresolved', satisfaction: 'dissatisfied' }],
        },
      });
      expect((await call('GET', `/inspection/samples/${dissatisfied.id}`, 'supervisor.gz')).status).toBe(403);
      expect((await call('GET', `/inspection/samples/${dissatisfied.id}`, 'agent.gd')).status).toBe(403);
    });

    it('refuses a review with an item missing or out of range, naming the field, and records nothing', async () => {
      const missing = await call('POST', `/inspection/samples/${complaintSample.id}/review`, 'supervisor.gd', {
        scores: { legalAccuracy: 5, citation: 4, clarity: 4, attitude: 5 },
        findings: '答复完整。',
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e) => e.field)).toContain('scores.caseEducation');
      const outOfRange = await call('POST', `/inspection/samples/${complaintSample.id}/review`, 'supervisor.gd', {
        scores: { ...FULL_MARKS, citation: 6 },
        findings: '答复完整。',
      });
      expect(outOfRange.status).toBe(400);
      expect(outOfRange.body.errors.map((e) => e.field)).toEqual(['scores.citation']);
      expect((await ok<SampleView>('GET', `/inspection/samples/${complaintSample.id}`, 'supervisor.gd')).state).toBe(
        'pending',
      );
    });

    it('scores the checklist, grades it, and takes one review per sample', async () => {
      const reviewed = await ok<SampleView>(
        'POST',
        `/inspection/samples/${complaintSample.id}/review`,
        'supervisor.gd',
        {
          scores: { legalAccuracy: 2, citation: 5, clarity: 5, attitude: 5, caseEducation: 5 },
          findings: '对律师收费投诉的处理渠道说明有误，应告知向司法行政机关投诉。',
        },
      );
      expect(reviewed).toMatchObject({
        state: 'reviewed',
        review: { total: 82, grade: 'unqualified', legalAccuracyFailed: true, acknowledgedAt: null },
      });
      const again = await call('POST', `/inspection/samples/${complaintSample.id}/review`, 'supervisor.gd', {
        scores: FULL_MARKS,
        findings: '复核',
      });
      expect(again.status).toBe(409);
      expect(again.body.errors[0]?.code).toBe('INSPECTION.ALREADY_REVIEWED');
    });

    it('never lets an agent review its own answer, and lets the lead review its agents’', async () => {
      const own = await call('POST', `/inspection/samples/${leadsSample.id}/review`, 'lead.gd', {
        scores: FULL_MARKS,
        findings: '自评',
      });
      expect(own.status).toBe(403);
      expect(own.body.errors[0]?.code).toBe('INSPECTION.OWN_SAMPLE');
      await ok<SampleView>('POST', `/inspection/samples/${leadsSample.id}/review`, 'supervisor.gd', {
        scores: { legalAccuracy: 5, citation: 4, clarity: 4, attitude: 5, caseEducation: 4 },
        findings: '答复准确，个案普法到位。',
      });
      const agentsRandom = (
        await ok<SamplePageView>(
          'GET',
          `/inspection/samples?period=${NOVEMBER}&agentId=${subject('agent.gd')}&state=pending&pageSize=100`,
          'lead.gd',
        )
      ).items.find((s) => s.reason === 'random')!;
      const byLead = await ok<SampleView>('POST', `/inspection/samples/${agentsRandom.id}/review`, 'lead.gd', {
        scores: FULL_MARKS,
        findings: '答复规范。',
      });
      expect(byLead.review).toMatchObject({ total: 100, grade: 'excellent', reviewerName: who['lead.gd']!.name });
    });

    it('returns the findings to the agent, who acknowledges them; nobody else can', async () => {
      const findings = await ok<FindingPageView>('GET', '/inspection/findings/mine', 'agent.gd');
      expect(findings.total).toBe(2);
      expect(findings.items.map((f) => f.review?.grade).sort()).toEqual(['excellent', 'unqualified']);
      const finding = findings.items.find((f) => f.id === complaintSample.id)!;
      expect(finding.review?.findings).toBe('对律师收费投诉的处理渠道说明有误，应告知向司法行政机关投诉。');

      expect((await call('POST', `/inspection/findings/${finding.id}/acknowledge`, 'lead.gd')).status).toBe(403);
      const acknowledged = await ok<SampleSummaryView>(
        'POST',
        `/inspection/findings/${finding.id}/acknowledge`,
        'agent.gd',
      );
      expect(acknowledged.review?.acknowledgedAt).toEqual(expect.any(String));
      const again = await ok<SampleSummaryView>('POST', `/inspection/findings/${finding.id}/acknowledge`, 'agent.gd');
      expect(again.review?.acknowledgedAt).toBe(acknowledged.review?.acknowledgedAt);
      expect(
        (await ok<FindingPageView>('GET', '/inspection/findings/mine?state=unacknowledged', 'agent.gd')).total,
      ).toBe(1);

      const pending = (
        await ok<SamplePageView>(
          'GET',
          `/inspection/samples?period=${NOVEMBER}&agentId=${subject('agent.gd')}&state=pending`,
          'supervisor.gd',
        )
      ).items[0]!;
      const unreviewed = await call('POST', `/inspection/findings/${pending.id}/acknowledge`, 'agent.gd');
      expect(unreviewed.status).toBe(409);
      expect(unreviewed.body.errors[0]?.code).toBe('INSPECTION.NOT_REVIEWED');
    });
  });

  describe('per-agent figures', () => {
    it('counts contacts, resolutions at first contact, transfers, follow-up satisfaction and inspection scores per agent', async () => {
      const figures = await ok<AgentFiguresView>(
        'GET',
        `/inspection/agent-figures?period=${NOVEMBER}`,
        'supervisor.gd',
      );
      expect(figures.agents.map((a) => a.agentId).sort()).toEqual([subject('agent.gd'), subject('lead.gd')].sort());
      expect(figures.agents.find((a) => a.agentId === subject('agent.gd'))).toEqual({
        agentId: subject('agent.gd'),
        agentName: who['agent.gd']!.name,
        contacts: 30,
        resolvedAtFirstContact: 28,
        transfers: { total: 2, dispatchedAtOpening: 1, turnedIntoWorkOrders: 0, partnerTransfers: 1 },
        followUps: { satisfied: 2, basicallySatisfied: 1, dissatisfied: 1, total: 4, satisfiedRate: 0.75 },
        inspection: { reviewed: 2, meanScore: 91, unqualified: 1 },
      });
      expect(figures.agents.find((a) => a.agentId === subject('lead.gd'))).toMatchObject({
        contacts: 4,
        resolvedAtFirstContact: 3,
        transfers: { total: 1, dispatchedAtOpening: 0, turnedIntoWorkOrders: 1, partnerTransfers: 0 },
        followUps: { total: 0, satisfiedRate: null },
        inspection: { reviewed: 1, meanScore: 89, unqualified: 0 },
      });
    });

    it('gives a lead its organisation’s agents, an agent its own row, and another province’s supervisor none of them', async () => {
      const lead = await ok<AgentFiguresView>('GET', `/inspection/agent-figures?period=${NOVEMBER}`, 'lead.gd');
      const supervisor = await ok<AgentFiguresView>(
        'GET',
        `/inspection/agent-figures?period=${NOVEMBER}`,
        'supervisor.gd',
      );
      expect(lead.agents).toEqual(supervisor.agents);
      const own = await ok<AgentFiguresView>('GET', `/inspection/agent-figures?period=${NOVEMBER}`, 'agent.gd');
      expect(own.agents).toEqual(supervisor.agents.filter((a) => a.agentId === subject('agent.gd')));
      const mine = await ok<MyFiguresView>('GET', `/inspection/agent-figures/mine?period=${NOVEMBER}`, 'agent.gd');
      expect(mine).toEqual({ period: NOVEMBER, ...own.agents[0] });
      expect(
        (await ok<AgentFiguresView>('GET', `/inspection/agent-figures?period=${NOVEMBER}`, 'supervisor.gz')).agents.map(
          (a) => a.agentId,
        ),
      ).toEqual([subject('agent.gz')]);
      expect(
        (await call('GET', `/inspection/agent-figures?period=${NOVEMBER}&organisationId=12348-gz`, 'lead.gd')).status,
      ).toBe(403);
      const bad = await call('GET', '/inspection/agent-figures?period=November', 'supervisor.gd');
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]?.field).toBe('period');
    });
  });
});
