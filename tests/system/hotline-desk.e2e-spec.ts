import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { asUser, eventually, http, KafkaProbe, Platform, type DemoUser } from '@legal-hotline/testing';

/**
 * The hotline desk across services: a consultation answered and closed on the call never reaches
 * routing, and the same ticket turned into a legal-aid application later is routed like any
 * other; a knowledge entry goes through review and is found by a Chinese query that shares no
 * phrase with its title; a Cantonese web question waits for an on-duty Cantonese speaker, is
 * answered and read by the asker; an unclaimed question alerts a supervisor once; the month's
 * inspection sample has the configured size.
 */
const NANHAI_TOWNSHIP = '440605011';
/** Token subjects of the demo users (infra/keycloak/realm-legal-hotline.json). */
const SUBJECTS = { 'agent.gd': 'bfb6ce16-527c-59d2-9e55-4a8b19e8070e', 'lead.gd': 'f62b368f-fce7-5d95-b769-0f509d924047' } as const;
const ROUTING_EVENTS = ['assignment.requested.v1', 'routing.failed.v1', 'routing.returned-to-owner.v1'];

function phone(): string {
  return `139${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
}

function consultation(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'hotline',
    caller: { name: '陈大明', phone: phone(), language: 'zh-CN' },
    requestType: 'consultation',
    legalCategory: 'labour-remuneration',
    regionCode: NANHAI_TOWNSHIP,
    matterLocation: { arosenInRegionCode: NANHAI_TOWNSHIP },
    summary: '在南海区工厂打工，老板三个月没发工资，想知道怎么讨回。',
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    ...overrides,
  };
}

function resolve(answer: string, knowledgeEntryIds: string[] = []) {
  return { mode: 'resolve', answer, knowledgeEntryIds, citedArticles: ['《劳动合同法》第三十条'], caseEducationGiven: true };
}

describe('the hotline desk end to end (five services, real Kafka, PostgreSQL and Keycloak)', () => {
  let platform: Platform;
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    platform = await Platform.start({
      env: {
        // Online questions are due at once here, and looked at twice a second, so overdue is seen quickly.
        intake: { ONLINE_ANSWER_WORKING_HOURS: '0', ONLINE_QUESTION_OVERDUE_SCAN_MS: '500' },
      },
    });
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await probe?.stop();
  });

  const intake = (path: string) => `${platform.url('intake')}/api/v1${path}`;
  const as = async (user: DemoUser, method: string, path: string, body?: unknown) => http(method, intake(path), body, await asUser(user));
  const routingEventsOf = (ticketId: string) => probe.events().filter((e) => ROUTING_EVENTS.includes(e.type) && (e.data as any).ticketId === ticketId);

  async function open(body: Record<string, unknown>, user: DemoUser = 'agent.gd'): Promise<any> {
    const opened = await as(user, 'POST', '/tickets', body);
    expect(opened.status).toBe(201);
    return opened.body;
  }

  async function lookUp(reference: string, code: string): Promise<any> {
    const looked = await http('POST', intake('/ticket-lookup'), { reference, code });
    expect(looked.status).toBe(200);
    return looked.body;
  }

  async function ticketIdOf(ticketNumber: string): Promise<string> {
    const found = await as('supervisor.gd', 'GET', `/tickets?ticketNumber=${ticketNumber}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toHaveLength(1);
    return found.body.items[0].id as string;
  }

  let wageEntryId: string;

  it('publishes a knowledge entry only after another person reviewed it, and finds it by a query that shares no phrase with its title', async () => {
    const drafted = await as('agent.gd', 'POST', '/knowledge/entries', {
      kind: 'faq',
      title: '用人单位拖欠劳动报酬，劳动者如何维权',
      question: '单位长期拖欠工资不支付，劳动者可以通过哪些途径追讨？',
      answer:
        '可先与用人单位协商；协商不成的，可向劳动保障监察机构投诉，或自劳动争议发生之日起一年内向劳动人事争议仲裁委员会申请仲裁；' +
        '用人单位拖欠劳动报酬的，劳动者可以依法向当地人民法院申请支付令。农民工追索劳动报酬可申请法律援助，免予经济困难审查。',
      legalCategory: 'labour-remuneration',
      regionCodes: [],
      citedArticles: ['《劳动合同法》第三十条', '《劳动争议调解仲裁法》第二十七条', '《法律援助法》第四十二条'],
      validFrom: '2026-01-01',
    });
    expect(drafted.status).toBe(201);
    wageEntryId = drafted.body.id;

    const search = () => as('agent.gd', 'GET', `/knowledge/search?q=${encodeURIComponent('老板三个月没发钱')}&legalCategory=labour-remuneration`);
    expect((await search()).body.hits.map((hit: any) => hit.id)).not.toContain(wageEntryId);

    expect((await as('agent.gd', 'POST', `/knowledge/entries/${wageEntryId}/submit`)).status).toBe(200);
    const refused = await as('agent.gd', 'POST', `/knowledge/entries/${wageEntryId}/review`, { decision: 'publish' });
    expect(refused.status).toBe(403);
    const published = await as('lead.gd', 'POST', `/knowledge/entries/${wageEntryId}/review`, { decision: 'publish', note: '引用准确，可发布' });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');

    expect((await search()).body.hits.map((hit: any) => hit.id)).toContain(wageEntryId);
    const suggested = await as('agent.gd', 'GET', `/knowledge/suggestions?text=${encodeURIComponent('厂里拖欠工资三个月了怎么办')}&regionCode=${NANHAI_TOWNSHIP}`);
    expect(suggested.status).toBe(200);
    expect(JSON.stringify(suggested.body)).toContain(wageEntryId);
  });

  let consultationId: string;

  it('answers and closes a consultation at first contact without routing, then routes the same ticket once it becomes a legal-aid application', async () => {
    const answered = await open(consultation({ handling: resolve('可向劳动人事争议仲裁委员会申请仲裁，农民工讨薪可申请法律援助。', [wageEntryId]) }));
    consultationId = answered.id;
    expect(answered.status).toBe('closed');
    const closed = (await as('agent.gd', 'GET', `/tickets/${consultationId}`)).body;
    expect(closed.handling).toBe('desk');
    expect(closed.deskResolution.knowledgeEntryIds).toEqual([wageEntryId]);

    // A legal-aid application opened afterwards is routed; by then routing has read the consultation too.
    const application = await open(consultation({ requestType: 'legal-aid-application', summary: '被拖欠工资，申请法律援助。' }));
    await eventually(() => expect(routingEventsOf(application.id)).not.toHaveLength(0), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(routingEventsOf(consultationId)).toHaveLength(0);
    expect(probe.events().some((e) => e.type === 'ticket.resolved-at-first-contact.v1' && (e.data as any).ticketId === consultationId)).toBe(true);

    const turned = await as('agent.gd', 'POST', `/tickets/${consultationId}/work-order`, {
      requestType: 'legal-aid-application',
      reason: '来电人经济困难，欠薪数额较大，需要律师代理仲裁',
    });
    expect(turned.status).toBe(200);
    expect(turned.body.ticketNumber).toBe(answered.ticketNumber);

    const requested = await eventually(() => {
      const events = routingEventsOf(consultationId);
      expect(events).toHaveLength(1);
      return events[0]!;
    }, 60_000);
    expect(requested.type).toBe('assignment.requested.v1');
    expect((requested.data as any).agency.agencyId).toBe('legal-aid-centre:440605');
    const routed = await eventually(async () => {
      const ticket = (await as('agent.gd', 'GET', `/tickets/${consultationId}`)).body;
      expect(ticket.status).toBe('awaiting-acceptance');
      return ticket;
    }, 60_000);
    expect(routed.firstContact.organisationId ?? routed.firstContact.organisation).toBeTruthy();
    expect(routed.dispatch.reason).toContain('律师代理');

    const again = await as('agent.gd', 'POST', `/tickets/${consultationId}/work-order`, { requestType: 'legal-aid-application', reason: '再次派单' });
    expect(again.status).toBe(409);
  });

  it('keeps a Cantonese web question for an on-duty Cantonese speaker, who answers it, and the asker reads the answer', async () => {
    const asked = await http('POST', intake('/questions'), {
      channel: 'web',
      question: '我同老公分居两年，想离婚，小朋友抚养权点样判？',
      legalCategory: 'marriage-family',
      regionCode: NANHAI_TOWNSHIP,
      language: 'yue',
      callerName: '黄女士',
      callerPhone: phone(),
    });
    expect(asked.status).toBe(201);
    const { reference, code, ticketNumber } = asked.body;
    expect((await lookUp(reference, code)).status).toBe('at-desk');
    const ticketId = await ticketIdOf(ticketNumber);

    // The rota: 林晓 speaks Mandarin and is on network duty; 黄建华 speaks Cantonese and is not on duty yet.
    const staff = async (user: 'agent.gd' | 'lead.gd', name: string, languages: string[]) =>
      expect((await as('lead.gd', 'PUT', `/duty-rota/staff/${SUBJECTS[user]}`, { name, platforms: ['hotline', 'network'], languages, legalCategories: [] })).status).toBe(200);
    await staff('agent.gd', '林晓', ['zh-CN']);
    await staff('lead.gd', '黄建华', ['zh-CN', 'yue']);
    const shift = async (user: 'agent.gd' | 'lead.gd') => {
      const added = await as('lead.gd', 'POST', '/duty-rota/shifts', {
        personSubject: SUBJECTS[user],
        platform: 'network',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 8 * 3_600_000).toISOString(),
      });
      expect(added.status).toBe(201);
    };
    await shift('agent.gd');

    await eventually(async () => {
      const queue = await as('supervisor.gd', 'GET', '/online-questions');
      expect(queue.body.items.map((q: any) => q.ticketId)).toContain(ticketId);
    }, 30_000);
    const mandarinOnly = await as('agent.gd', 'POST', `/online-questions/${ticketId}/claim`);
    expect(mandarinOnly.status).toBe(403);
    expect(mandarinOnly.body.errors[0].code).toBe('ONLINE_QUESTION.LANGUAGE_MISMATCH');
    const offDuty = await as('lead.gd', 'POST', `/online-questions/${ticketId}/claim`);
    expect(offDuty.status).toBe(403);
    expect(offDuty.body.errors[0].code).toBe('ONLINE_QUESTION.NOT_ON_DUTY');

    await shift('lead.gd');
    expect((await as('lead.gd', 'POST', `/online-questions/${ticketId}/claim`)).status).toBe(200);
    const answered = await as('lead.gd', 'POST', `/online-questions/${ticketId}/answer`, {
      answer: '分居满两年唔系自动离婚，可以向法院起诉离婚；抚养权以最有利于未成年子女为原则，两周岁以下一般随母亲。',
      knowledgeEntryIds: [],
      citedArticles: ['《民法典》第一千零七十九条', '《民法典》第一千零八十四条'],
      caseEducationGiven: true,
    });
    expect(answered.status).toBe(200);

    const read = await lookUp(reference, code);
    expect(read.status).toBe('closed');
    expect(read.answer.answer).toContain('抚养权');
    expect(read.answer.citedArticles).toContain('《民法典》第一千零八十四条');
    expect(JSON.stringify(read)).not.toContain('黄女士');
  });

  it('alerts a supervisor once about a question nobody answered in time', async () => {
    const asked = await http('POST', intake('/questions'), {
      channel: 'wechat',
      question: '邻居装修占用公共楼道堆放材料，物业不管，怎么办？',
      legalCategory: 'neighbourhood',
      regionCode: NANHAI_TOWNSHIP,
      callerName: '李先生',
      callerPhone: phone(),
    });
    expect(asked.status).toBe(201);
    const ticketId = await ticketIdOf(asked.body.ticketNumber);
    const alerts = await eventually(async () => {
      const listed = await as('supervisor.gd', 'GET', `/supervision/alerts?ticketId=${ticketId}&kind=online-question-overdue`);
      expect(listed.body.items).toHaveLength(1);
      return listed.body.items;
    }, 30_000);
    expect(alerts[0].severity).toBe('warning');
    // Scans go on; the alert is not raised again.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const later = await as('supervisor.gd', 'GET', `/supervision/alerts?ticketId=${ticketId}&kind=online-question-overdue`);
    expect(later.body.items).toHaveLength(1);
  });

  it('draws the month’s inspection sample as configured: a share of each agent’s answers plus every complaint and every dissatisfied caller', async () => {
    const resolvedByAgent = [];
    for (let i = 0; i < 5; i++) resolvedByAgent.push(await open(consultation({ caller: { name: `来电人${i}`, phone: phone(), language: 'zh-CN' }, handling: resolve(`答复${i}：可向劳动监察投诉。`) })));
    await open(consultation({ requestType: 'complaint-or-suggestion', legalCategory: 'other', summary: '投诉某律所收费不透明', handling: resolve('已记录并转告主管部门，五个工作日内回复。') }));
    const unhappy = resolvedByAgent[0];
    const followUp = await as('agent.gd', 'POST', `/tickets/${unhappy.id}/follow-up`, { result: 'unresolved', satisfaction: 'dissatisfied', note: '来电人认为答复不具体' });
    expect(followUp.status).toBe(200);

    const period = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
    const drawn = await as('supervisor.gd', 'POST', '/inspection/draws', { period, share: 0.25 });
    expect([200, 201]).toContain(drawn.status);
    const agent = drawn.body.counts.byAgent.find((row: any) => row.agentId === SUBJECTS['agent.gd']);
    // agent.gd answered the first consultation (before it became a work order), five more and a complaint.
    expect(agent.answered).toBe(7);
    expect(agent.complaint).toBe(1);
    expect(agent.dissatisfiedFollowUp).toBe(1);
    expect(agent.random).toBe(Math.ceil(0.25 * 7));

    const samples = await as('supervisor.gd', 'GET', `/inspection/samples?period=${period}&agentId=${SUBJECTS['agent.gd']}&pageSize=50`);
    expect(samples.body.items).toHaveLength(agent.random + agent.complaint + agent.dissatisfiedFollowUp);
    const again = await as('supervisor.gd', 'POST', '/inspection/draws', { period, share: 0.25 });
    expect([200, 201]).toContain(again.status);
    expect(again.body.added).toBe(0);
  });
});
