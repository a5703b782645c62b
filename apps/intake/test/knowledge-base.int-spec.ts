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
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import { unpublishedKnowledgeEntryIds } from '../src/knowledge/knowledge-citations.js';
import type {
  KnowledgeEntryDetailView,
  KnowledgeEntryPageView,
  KnowledgeEntryView,
  KnowledgeSearchView,
  KnowledgeSuggestionsView,
  KnowledgeVersionView,
} from '../src/knowledge/knowledge-view.dto.js';
import { DEMO_KNOWLEDGE } from '../src/knowledge/seed/demo-knowledge.js';
import { seedDemoKnowledge } from '../src/knowledge/seed/seed-demo-knowledge.handler.js';
import { TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

/** A courier company's wage arrears, worded so that a caller's "老板三个月没发钱" shares no phrase with its title. */
const COURIER_ARREARS = {
  kind: 'faq',
  title: '快递网点拖欠派件员工资如何维权',
  question: '快递网点几个月不发派件费，网点负责人联系不上，怎么办？',
  answer:
    '派件员与网点存在劳动关系的，可以向劳动保障监察机构投诉或申请劳动仲裁；仲裁时效为一年，劳动关系存续期间拖欠劳动报酬的不受此限。',
  legalCategory: 'labour-remuneration',
  regionCodes: ['440600'],
  citedArticles: ['《中华人民共和国劳动合同法》第三十条', '《中华人民共和国劳动争议调解仲裁法》第二十七条'],
  validFrom: '2025-01-01',
};

const demoId = (title: string): string => DEMO_KNOWLEDGE.find((entry) => entry.content.title === title)!.id;

describe('intake: the knowledge base (知识库), reviewed before it is searched', () => {
  let svc: TestService<IntakeConfig>;
  const url = (path: string) => `${svc.url}/api/v1/knowledge${path}`;
  const call = async <T>(method: string, path: string, user: DemoUser, body?: unknown) =>
    http<T & ErrorBody>(method, url(path), body, await asUser(user));
  const ok = async <T>(method: string, path: string, user: DemoUser, body?: unknown, status = 200): Promise<T> => {
    const response = await call<T>(method, path, user, body);
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    return response.body;
  };
  const search = (query: Record<string, string>, user: DemoUser = 'agent.gd') =>
    ok<KnowledgeSearchView>('GET', `/search?${new URLSearchParams(query).toString()}`, user);
  const hitIds = async (query: Record<string, string>) =>
    (await search({ limit: '50', ...query })).hits.map((hit) => hit.id);

  beforeAll(async () => {
    svc = await startTestService(intakeService, {
      env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY },
    });
    await seedDemoKnowledge(svc.dataSource);
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('loads the demo set once: published, each with its history, the same ids on every run', async () => {
    expect(await seedDemoKnowledge(svc.dataSource)).toEqual({ inserted: 0, unchanged: DEMO_KNOWLEDGE.length });
    const [counts] = await svc.database.query<{ published: string; versions: string }>(
      `SELECT count(*) FILTER (WHERE status = 'published') AS published, (SELECT count(*) FROM knowledge_entry_versions) AS versions FROM knowledge_entries`,
    );
    expect(counts).toEqual({ published: String(DEMO_KNOWLEDGE.length), versions: String(DEMO_KNOWLEDGE.length * 3) });
  });

  it('takes an entry from draft through a returned review to published, found by words its title does not contain', async () => {
    const draft = await ok<KnowledgeEntryView>('POST', '/entries', 'agent.gd', COURIER_ARREARS, 201);
    expect(draft).toMatchObject({ status: 'draft', version: 1, regionCodes: ['4406'], author: { name: '林晓' } });
    expect(await hitIds({ q: '快递网点拖欠' })).not.toContain(draft.id);
    expect(
      await unpublishedKnowledgeEntryIds(svc.dataSource.manager, [draft.id, demoId('用人单位拖欠工资怎么办')]),
    ).toEqual([draft.id]);

    await ok('POST', `/entries/${draft.id}/submit`, 'agent.gd', {});
    expect(
      (await call('POST', `/entries/${draft.id}/review`, 'agent.gd', { decision: 'publish' })).body.errors[0]?.code,
    ).toBe('AUTH.ROLE_MISSING');

    const noNote = await call('POST', `/entries/${draft.id}/review`, 'lead.gd', { decision: 'return' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors).toEqual([expect.objectContaining({ field: 'note', code: 'KNOWLEDGE.NOTE_REQUIRED' })]);

    const returned = await ok<KnowledgeEntryView>('POST', `/entries/${draft.id}/review`, 'lead.gd', {
      decision: 'return',
      note: '请注明劳动关系的认定',
    });
    expect(returned).toMatchObject({
      status: 'returned',
      reviewNote: '请注明劳动关系的认定',
      reviewer: { name: '黄建华' },
    });

    const answer = `${COURIER_ARREARS.answer}是否存在劳动关系，看是否受网点管理、按月领取报酬、从事网点安排的派件业务。`;
    expect(
      await ok<KnowledgeEntryView>('PUT', `/entries/${draft.id}`, 'agent.gd', { ...COURIER_ARREARS, answer }),
    ).toMatchObject({ status: 'draft' });
    await ok('POST', `/entries/${draft.id}/submit`, 'agent.gd', {});
    const published = await ok<KnowledgeEntryView>('POST', `/entries/${draft.id}/review`, 'supervisor.gd', {
      decision: 'publish',
    });
    expect(published).toMatchObject({ status: 'published', version: 6, reviewer: { name: '张国平' } });

    const found = await search({
      q: '老板三个月没发钱',
      regionCode: '440605011',
      legalCategory: 'labour-remuneration',
      limit: '20',
    });
    const hit = found.hits.find((candidate) => candidate.id === draft.id);
    expect(hit).toMatchObject({
      title: COURIER_ARREARS.title,
      kind: 'faq',
      legalCategory: 'labour-remuneration',
      citedArticles: COURIER_ARREARS.citedArticles,
    });
    expect(hit!.titleMarks.map(({ start, length }) => hit!.title.slice(start, start + length))).toEqual([
      '拖欠',
      '工资',
    ]);
    expect(found.query.terms).toEqual(expect.arrayContaining(['欠薪', '拖欠', '工资']));
    expect(found.hits.map((candidate) => candidate.score)).toEqual(
      [...found.hits.map((candidate) => candidate.score)].sort((a, b) => b - a),
    );

    const suggested = await ok<KnowledgeSuggestionsView>(
      'GET',
      `/suggestions?${new URLSearchParams({ text: '派件员说网点老板一直拖着不给钱', regionCode: '440605' }).toString()}`,
      'agent.gd',
    );
    expect(suggested.suggestions.length).toBeLessThanOrEqual(5);
    expect(suggested.suggestions.map((suggestion) => suggestion.id)).toContain(draft.id);

    const versions = await ok<KnowledgeVersionView[]>('GET', `/entries/${draft.id}/versions`, 'staff.nanhai');
    expect(versions.map((version) => [version.version, version.changeNote, version.changedBy.name])).toEqual([
      [6, 'published', '张国平'],
      [5, 'submitted for review', '林晓'],
      [4, 'edited', '林晓'],
      [3, 'returned: 请注明劳动关系的认定', '黄建华'],
      [2, 'submitted for review', '林晓'],
      [1, 'drafted', '林晓'],
    ]);
    expect(versions[5]!.snapshot).toMatchObject({ answer: COURIER_ARREARS.answer, status: 'draft' });
  });

  it('refuses the author as reviewer, lead or not', async () => {
    const own = await ok<KnowledgeEntryView>(
      'POST',
      '/entries',
      'lead.gd',
      { ...COURIER_ARREARS, title: '快递员工伤认定' },
      201,
    );
    await ok('POST', `/entries/${own.id}/submit`, 'lead.gd', {});
    const response = await call('POST', `/entries/${own.id}/review`, 'lead.gd', { decision: 'publish' });
    expect(response.status).toBe(403);
    expect(response.body.errors[0]).toMatchObject({ code: 'KNOWLEDGE.REVIEWER_IS_AUTHOR' });
    expect((await ok<KnowledgeEntryView>('GET', `/entries/${own.id}`, 'lead.gd')).status).toBe('in-review');
  });

  it('keeps a published entry searchable while its revision is reviewed, then publishes the revision', async () => {
    const id = demoId('邻居家漏水到我家怎么处理');
    const current = await ok<KnowledgeEntryDetailView>('GET', `/entries/${id}`, 'agent.gd');
    const {
      id: _id,
      status: _s,
      version: _v,
      awaitsReview: _a,
      author: _au,
      reviewer: _r,
      reviewNote: _n,
      publishedAt: _p,
      revision: _rv,
      createdAt: _c,
      updatedAt: _u,
      versions: _vs,
      ...content
    } = current;
    const revised = await ok<KnowledgeEntryView>('PUT', `/entries/${id}`, 'agent.gz', {
      ...content,
      title: '楼上渗水到我家怎么处理',
    });
    expect(revised).toMatchObject({
      status: 'published',
      title: '邻居家漏水到我家怎么处理',
      awaitsReview: true,
      revision: { status: 'in-review' },
    });
    expect(await hitIds({ q: '邻居漏水' })).toContain(id);

    const queue = await ok<KnowledgeEntryPageView>('GET', '/entries?reviewQueue=true', 'lead.gd');
    expect(queue.items.map((item) => item.id)).toContain(id);

    const republished = await ok<KnowledgeEntryView>('POST', `/entries/${id}/review`, 'lead.gd', {
      decision: 'publish',
    });
    expect(republished).toMatchObject({ title: '楼上渗水到我家怎么处理', revision: null, awaitsReview: false });
    expect((await search({ q: '楼上渗水' })).hits[0]?.id).toBe(id);
  });

  it('ranks by region: local service guides for the caller’s county, none for another province', async () => {
    const nanhai = demoId('佛山市南海区申请法律援助');
    const dushan = demoId('独山县申请法律援助');
    const inNanhai = await hitIds({ q: '申请法律援助', regionCode: '440605011' });
    expect(inNanhai).toContain(nanhai);
    expect(inNanhai).not.toContain(dushan);
    const inDushan = await hitIds({ q: '申请法律援助', regionCode: '522726' });
    expect(inDushan).toContain(dushan);
    expect(inDushan).not.toContain(nanhai);
    expect(inDushan.indexOf(dushan)).toBeLessThan(inDushan.indexOf(demoId('法律援助申请被拒绝可以提出异议')));
  });

  it('raises the chosen category above an equally worded entry of another', async () => {
    const traffic = demoId('上下班路上发生交通事故能否认定工伤');
    const asInjury = await hitIds({ q: '交通事故', legalCategory: 'work-injury' });
    const asTraffic = await hitIds({ q: '交通事故', legalCategory: 'traffic-accident' });
    expect(asInjury.indexOf(traffic)).toBeLessThan(asTraffic.indexOf(traffic));
  });

  it('narrows by kind and special line, and finds while the last word is still being typed', async () => {
    const guides = await search({ q: '法律援助', kind: 'service-guide' });
    expect(guides.hits.every((hit) => hit.kind === 'service-guide')).toBe(true);
    const line = await search({ q: '工资', specialLine: 'migrant-wages', limit: '50' });
    expect(line.hits.map((hit) => hit.id)).toContain(demoId('农民工在工地干活被欠工钱，找谁要'));
    expect(line.hits.map((hit) => hit.id)).not.toContain(demoId('未签书面劳动合同可以要求二倍工资'));
    const typing = await search({ q: '人身安全保' });
    expect(typing.query.prefix).toBe('保');
    expect(typing.hits.map((hit) => hit.id)).toContain(demoId('遭受家庭暴力可以申请人身安全保护令'));
  });

  it('forgets retired entries in search, and shows office staff published entries only', async () => {
    const id = demoId('买卖二手车未过户发生交通事故谁承担责任');
    expect(await hitIds({ q: '二手车过户' })).toContain(id);
    expect((await call('POST', `/entries/${id}/retire`, 'agent.gd', {})).status).toBe(403);
    expect(
      await ok<KnowledgeEntryView>('POST', `/entries/${id}/retire`, 'supervisor.gd', { note: '演示：停用' }),
    ).toMatchObject({ status: 'retired' });
    expect(await hitIds({ q: '二手车过户' })).not.toContain(id);

    const draft = await ok<KnowledgeEntryView>(
      'POST',
      '/entries',
      'agent.gd',
      { ...COURIER_ARREARS, title: '未提交的草稿' },
      201,
    );
    expect((await call('GET', `/entries/${draft.id}`, 'staff.nanhai')).status).toBe(404);
    const staffList = await ok<KnowledgeEntryPageView>('GET', '/entries?pageSize=100', 'staff.nanhai');
    expect(staffList.items.every((item) => item.status === 'published')).toBe(true);
    expect((await ok<KnowledgeEntryPageView>('GET', '/entries?status=draft', 'staff.nanhai')).total).toBe(0);
    expect(
      (await ok<KnowledgeEntryPageView>('GET', '/entries?status=draft', 'agent.gd')).items.map((item) => item.id),
    ).toContain(draft.id);
  });

  it('refuses bad input with every field named, and writes nothing', async () => {
    const [before] = await svc.database.query<{ n: string }>('SELECT count(*) AS n FROM knowledge_entries');
    const response = await call('POST', '/entries', 'agent.gd', {
      ...COURIER_ARREARS,
      kind: 'rumour',
      title: '',
      regionCodes: ['Foshan'],
      validFrom: '2025-02-30',
      author: 'someone else',
    });
    expect(response.status).toBe(400);
    expect(new Set(response.body.errors.map((error) => error.field))).toEqual(
      new Set(['kind', 'title', 'regionCodes', 'validFrom', 'author']),
    );

    const guideless = await call('POST', '/entries', 'agent.gd', { ...COURIER_ARREARS, kind: 'service-guide' });
    expect(guideless.status).toBe(400);
    expect(guideless.body.errors).toEqual([
      expect.objectContaining({ field: 'guide', code: 'KNOWLEDGE.GUIDE_MISSING' }),
    ]);
    const backwards = await call('POST', '/entries', 'agent.gd', { ...COURIER_ARREARS, validUntil: '2024-12-31' });
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ field: 'validUntil', code: 'KNOWLEDGE.VALIDITY_ENDS_BEFORE_START' }),
    ]);

    const noSuchLine = await call('POST', '/entries', 'agent.gd', { ...COURIER_ARREARS, specialLineCodes: ['no-such-line'] });
    expect(noSuchLine.status).toBe(422);
    expect(noSuchLine.body.errors).toEqual([
      expect.objectContaining({ field: 'specialLineCodes', code: 'KNOWLEDGE.UNKNOWN_SPECIAL_LINE' }),
    ]);

    const badSearch = await call('GET', '/search?q=&regionCode=abc&limit=500', 'agent.gd');
    expect(badSearch.status).toBe(400);
    expect(new Set(badSearch.body.errors.map((error) => error.field))).toEqual(new Set(['q', 'regionCode', 'limit']));
    expect((await call('GET', '/entries/not-a-uuid', 'agent.gd')).status).toBe(400);
    expect((await call('GET', '/entries/6b6e0000-0000-4000-8000-999999999999', 'agent.gd')).body.errors[0]?.code).toBe(
      'KNOWLEDGE.NOT_FOUND',
    );

    const [after] = await svc.database.query<{ n: string }>('SELECT count(*) AS n FROM knowledge_entries');
    expect(after).toEqual(before);
  });

  it('documents every knowledge route for the console’s client: summary, roles, answers and refusals', async () => {
    type Operation = { summary?: string; 'x-required-roles'?: string[]; responses: Record<string, unknown> };
    const document = (await http<{ paths: Record<string, Record<string, Operation>> }>('GET', `${svc.url}/docs-json`))
      .body;
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/knowledge'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
      );
    expect(operations.map(({ route }) => route).sort()).toEqual([
      'get /api/v1/knowledge/entries',
      'get /api/v1/knowledge/entries/{id}',
      'get /api/v1/knowledge/entries/{id}/versions',
      'get /api/v1/knowledge/search',
      'get /api/v1/knowledge/suggestions',
      'post /api/v1/knowledge/entries',
      'post /api/v1/knowledge/entries/{id}/retire',
      'post /api/v1/knowledge/entries/{id}/review',
      'post /api/v1/knowledge/entries/{id}/submit',
      'put /api/v1/knowledge/entries/{id}',
    ]);
    for (const { operation } of operations) {
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation['x-required-roles']).toEqual(expect.any(Array));
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(document.paths['/api/v1/knowledge/entries/{id}/review']?.post?.['x-required-roles']).toEqual([
      'owner-lead',
      'supervisor',
    ]);
  });

  it('has entities that match the migrations', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
