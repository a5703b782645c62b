import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { asUser, http, KafkaProbe, pendingSchemaChanges, startTestService, type DemoUser, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { CallerLookupView, OpenedTicketView, QuestionReceiptView, TicketPageView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { actorFor } from './fixtures/identities.js';
import { nanhaiApplication, TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

// The hotline desk (即时办结): consultations answered and closed at first contact never reach
// routing; a desk ticket turned into a work order does, as it then stands.

/** A migrant worker's consultation about unpaid wages, in 桂城街道, Nanhai. */
function wageConsultation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return nanhaiApplication({
    requestType: 'consultation',
    summary: '来电人在南海区桂城街道一工厂工作，被拖欠三个月工资，咨询如何维权。',
    ...overrides,
  });
}

const ANSWER = {
  answer: '用人单位拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动仲裁；仲裁时效为一年。农民工追索劳动报酬申请法律援助，不需要审查经济困难条件。',
  knowledgeEntryIds: [],
  citedArticles: ['《劳动争议调解仲裁法》第二十七条', '《法律援助法》第四十二条'],
  caseEducationGiven: true,
};

describe('the hotline desk', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const open = async (body: Record<string, unknown>, user: DemoUser = 'agent.gd') =>
    http<OpenedTicketView & ErrorBody>('POST', url('/api/v1/tickets'), body, await asUser(user));
  const getTicket = async (id: string, user: DemoUser = 'agent.gd'): Promise<TicketView> => {
    const response = await http<TicketView>('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser(user));
    expect(response.status).toBe(200);
    return response.body;
  };
  const command = async (id: string, verb: string, body: Record<string, unknown>, user: DemoUser = 'agent.gd') =>
    http<TicketView & ErrorBody>('POST', url(`/api/v1/tickets/${id}/${verb}`), body, await asUser(user));
  const outboxOf = async (ticketId: string): Promise<{ type: string; data: Record<string, unknown> }[]> =>
    svc.database.query<{ type: string; data: Record<string, unknown> }>(`SELECT type, payload->'data' AS data FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [ticketId]);
  const lookUp = (reference: string, code: string) => http<CallerLookupView & ErrorBody>('POST', url('/api/v1/ticket-lookup'), { reference, code });
  const ticketsIn = async (table: string, where: string, value: string) => Number((await svc.database.query(`SELECT count(*) AS n FROM ${table} WHERE ${where} = $1`, [value]))[0]?.n);

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    // Every desk resolution is drawn for the follow-up call, so the callback list is predictable.
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY, DESK_FOLLOW_UP_SAMPLE_SHARE: '1' } });
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('a consultation answered on the call (即时办结)', () => {
    let id: string;

    it('is recorded and closed in the same request, with the answer, its citations and who gave it', async () => {
      const agent = await actorFor('agent.gd');
      const response = await open(wageConsultation({ handling: { mode: 'resolve', ...ANSWER } }));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ status: 'closed', reference: expect.any(String), lookupCode: expect.any(String) });
      id = response.body.id;

      const ticket = await getTicket(id);
      expect(ticket).toMatchObject({
        status: 'closed',
        coarseStatus: 'closed',
        handling: 'desk',
        requestType: 'consultation',
        currentHandler: null,
        hops: [],
        followUpSampled: true,
        deskResolution: { ...ANSWER, resolvedBy: agent },
        answer: { answer: ANSWER.answer, answeredBy: agent },
        dispatch: null,
      });
      expect(ticket.timeline.map((e) => [e.kind, e.statusAfter])).toEqual([
        ['ticket.opened', 'at-desk'],
        ['ticket.resolved-at-first-contact.v1', 'at-desk'],
        ['ticket.closed.v1', 'closed'],
      ]);
    });

    it('tells the platform: opened (desk), resolved at first contact, closed; never a dispatch request', async () => {
      const outbox = await outboxOf(id);
      expect(outbox.map((m) => m.type)).toEqual(['ticket.opened.v1', 'ticket.resolved-at-first-contact.v1', 'ticket.closed.v1']);
      expect(outbox[0]?.data).toMatchObject({ handling: 'desk', requestType: 'consultation' });
      const resolved = await probe.waitForEvent((e) => e.type === 'ticket.resolved-at-first-contact.v1' && e.subject === id);
      expect(resolved.data).toMatchObject({ ticketId: id, citedArticles: ANSWER.citedArticles, caseEducationGiven: true });
    });

    it('stores who resolved it and when, for the per-agent figures', async () => {
      const agent = await actorFor('agent.gd');
      const [row] = await svc.database.query<Record<string, unknown>>(
        `SELECT handling, resolved_by_id, resolved_at_first_contact_at IS NOT NULL AS resolved, follow_up_sampled FROM tickets WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ handling: 'desk', resolved_by_id: agent.agentId, resolved: true, follow_up_sampled: true });
    });

    it('puts it on the callback list until the follow-up call is recorded', async () => {
      const callbacks = async () =>
        (await http<TicketPageView>('GET', url('/api/v1/tickets?followUpSampled=true&followUpRecorded=false&pageSize=100'), undefined, await asUser('agent.gd'))).body;
      expect((await callbacks()).items.map((t) => t.id)).toContain(id);
      const called = await command(id, 'follow-up', { result: 'resolved', satisfaction: 'satisfied' });
      expect(called.status).toBe(200);
      expect(called.body).toMatchObject({ status: 'closed', followUp: { result: 'resolved', satisfaction: 'satisfied' } });
      expect((await callbacks()).items.map((t) => t.id)).not.toContain(id);
    });
  });

  it('refuses an answer citing a knowledge entry that is not published: 422 naming the ids, and stores nothing', async () => {
    const unknownEntry = randomUUID();
    const marker = `未发布条目测试${randomUUID()}`;
    const response = await open(wageConsultation({ summary: marker, handling: { mode: 'resolve', ...ANSWER, knowledgeEntryIds: [unknownEntry] } }));
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ code: 'TICKET.KNOWLEDGE_UNPUBLISHED', field: 'handling.knowledgeEntryIds', description: expect.stringContaining(unknownEntry) }),
    ]);
    expect(await ticketsIn('tickets', 'summary', marker)).toBe(0);
    expect(await svc.database.query(`SELECT id FROM outbox WHERE payload->'data'->>'summary' = $1`, [marker])).toEqual([]);
  });

  it.each([
    ['a consultation sent to routing without a reason', { handling: { mode: 'dispatch' } }, 400, 'TICKET.DISPATCH_REASON_MISSING', 'handling.reason'],
    ['a legal-aid application kept at the desk', { requestType: 'legal-aid-application', handling: { mode: 'desk' } }, 422, 'TICKET.NOT_A_DESK_REQUEST', 'handling.mode'],
    ['a dangerous matter closed at first contact', { flags: { dangerous: true }, handling: { mode: 'resolve', ...ANSWER } }, 422, 'TICKET.DANGEROUS_MATTER', 'handling.mode'],
    ['an answer without saying whether the case was explained', { handling: { mode: 'resolve', answer: '已解答' } }, 400, 'isDefined', 'handling.caseEducationGiven'],
    ['a special line that is not open', { specialLine: 'no-such-line' }, 422, 'TICKET.SPECIAL_LINE_CLOSED', 'specialLine'],
  ])('refuses %s, naming the field, and opens nothing', async (_case, overrides, status, code, field) => {
    const marker = `拒绝测试${randomUUID()}`;
    const response = await open(wageConsultation({ summary: marker, ...overrides }));
    expect(response.status).toBe(status);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code, field })]));
    expect(await ticketsIn('tickets', 'summary', marker)).toBe(0);
  });

  it('still routes a consultation the agent sends to a local body with a reason', async () => {
    const response = await open(wageConsultation({ handling: { mode: 'dispatch', reason: '来电人要求当地法律援助中心当面解答' } }));
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('received');
    const [opened] = await outboxOf(response.body.id);
    expect(opened).toMatchObject({ type: 'ticket.opened.v1', data: { handling: 'dispatch' } });
  });

  describe('a consultation kept at the desk, then turned into a legal-aid application', () => {
    let id: string;

    it('waits at the desk, unknown to routing', async () => {
      const response = await open(wageConsultation());
      expect(response.status).toBe(201);
      expect(response.body.status).toBe('at-desk');
      id = response.body.id;
      expect(await outboxOf(id)).toEqual([expect.objectContaining({ type: 'ticket.opened.v1', data: expect.objectContaining({ handling: 'desk' }) })]);
    });

    it('lets only the responsible platform turn it into a work order', async () => {
      const response = await command(id, 'work-order', { requestType: 'legal-aid-application', reason: '申请法律援助' }, 'agent.gz');
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_OWNER' })]);
    });

    it('becomes a work order keeping its number and history: dispatch requested, with the new request type, for routing', async () => {
      const before = await getTicket(id);
      const response = await command(id, 'work-order', { requestType: 'legal-aid-application', reason: '来电人咨询后决定申请法律援助' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        ticketNumber: before.ticketNumber,
        responsible: before.responsible,
        status: 'received',
        handling: 'dispatch',
        requestType: 'legal-aid-application',
        dispatch: { previousRequestType: 'consultation', requestType: 'legal-aid-application', reason: '来电人咨询后决定申请法律援助' },
      });
      expect(response.body.timeline.map((e) => e.kind)).toEqual(['ticket.opened', 'ticket.dispatch-requested.v1']);

      const outbox = await outboxOf(id);
      expect(outbox.map((m) => m.type)).toEqual(['ticket.opened.v1', 'ticket.dispatch-requested.v1']);
      expect(outbox[1]?.data).toMatchObject({
        ticketId: id,
        ticketNumber: before.ticketNumber,
        requestType: 'legal-aid-application',
        previousRequestType: 'consultation',
        regionCode: '440605011',
        caller: { maskedName: '陈**' },
      });
      await probe.waitForEvent((e) => e.type === 'ticket.dispatch-requested.v1' && e.subject === id);
    });

    it('is not sent to routing twice: 409 TICKET.ALREADY_DISPATCHED', async () => {
      const response = await command(id, 'work-order', { requestType: 'mediation-pre-application', reason: '改为调解' });
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.ALREADY_DISPATCHED' })]);
    });

    it('cannot be resolved at the desk any more: 409 TICKET.NOT_AT_DESK', async () => {
      const response = await command(id, 'desk-resolution', ANSWER);
      expect(response.status).toBe(409);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_AT_DESK' })]);
    });
  });

  it('turns a consultation closed at the desk into a mediation application, reopening it in the same step', async () => {
    const response = await open(wageConsultation({ handling: { mode: 'resolve', ...ANSWER } }));
    const id = response.body.id;
    const converted = await command(id, 'work-order', { requestType: 'mediation-pre-application', reason: '来电人希望通过人民调解解决' });
    expect(converted.status).toBe(200);
    expect(converted.body).toMatchObject({ status: 'received', handling: 'dispatch', requestType: 'mediation-pre-application', deskResolution: { answer: ANSWER.answer } });
    expect((await outboxOf(id)).map((m) => m.type)).toEqual([
      'ticket.opened.v1',
      'ticket.resolved-at-first-contact.v1',
      'ticket.closed.v1',
      'ticket.reopened.v1',
      'ticket.dispatch-requested.v1',
    ]);
  });

  it('passes a question kept at the desk that is not the legal service\'s to a partner hotline', async () => {
    const id = (await open(wageConsultation())).body.id;
    const response = await command(id, 'transfer', { partner: '12345', reason: 'not-ours', note: '属于劳动保障监察事项' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'transferred-out', transfers: [expect.objectContaining({ partner: '12345' })] });
  });

  describe('a question asked online', () => {
    let receipt: QuestionReceiptView;
    let id: string;

    it('waits at the desk of the province\'s network platform, and the asker gets a reference and a code', async () => {
      const response = await http<QuestionReceiptView & ErrorBody>('POST', url('/api/v1/questions'), {
        channel: 'wechat',
        question: '我在南海区一家工厂上班，老板拖欠了三个月工资，我该怎么办？',
        legalCategory: 'labour-remuneration',
        regionCode: '440605011',
        language: 'yue',
        callerName: '黄志强',
        callerPhone: '13926001234',
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        ticketNumber: expect.stringMatching(/^12348-\d{8}-\d{6}$/),
        reference: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/),
        code: expect.stringMatching(/^\d{6}$/),
      });
      receipt = response.body;
      const found = await http<TicketPageView>('GET', url(`/api/v1/tickets?ticketNumber=${receipt.ticketNumber}`), undefined, await asUser('agent.gd'));
      expect(found.body.items).toHaveLength(1);
      id = found.body.items[0]!.id;
      expect(found.body.items[0]).toMatchObject({
        status: 'at-desk',
        handling: 'desk',
        channel: 'wechat',
        requestType: 'consultation',
        firstContact: { platform: '12348-network', organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线', agent: null, agentId: null },
        responsible: { organisationId: '12348-gd', basis: 'first-contact' },
      });
    });

    it('shows the asker that it waits for the duty lawyer, with no answer yet', async () => {
      const response = await lookUp(receipt.reference, receipt.code);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'at-desk', coarseStatus: 'open', answer: null });
    });

    it('is answered by the platform\'s desk and the asker reads the answer and its citations, nothing else', async () => {
      const resolved = await command(id, 'desk-resolution', ANSWER);
      expect(resolved.status).toBe(200);
      expect(resolved.body).toMatchObject({ status: 'closed', deskResolution: { answer: ANSWER.answer } });

      const response = await lookUp(receipt.reference, receipt.code);
      expect(response.body).toEqual({
        status: 'closed',
        coarseStatus: 'closed',
        nextStep: expect.objectContaining({ zh: expect.any(String) }),
        answer: { answer: ANSWER.answer, citedArticles: ANSWER.citedArticles, answeredAt: expect.any(String) },
      });
      expect(JSON.stringify(response.body)).not.toMatch(/黄志强|13926001234|resolvedBy|knowledgeEntryIds/);
    });

    it('reopens when the asker is dissatisfied at the follow-up call, to be answered again at the desk', async () => {
      const called = await command(id, 'follow-up', { result: 'unresolved', satisfaction: 'dissatisfied', note: '答复过于笼统' });
      expect(called.status).toBe(200);
      expect(called.body).toMatchObject({ status: 'reopened', handling: 'desk', underSupervision: true, answer: null });
      expect((await lookUp(receipt.reference, receipt.code)).body).toMatchObject({ status: 'reopened', answer: null });

      const again = await command(id, 'desk-resolution', { ...ANSWER, answer: '可先向南海区劳动保障监察大队投诉，携带劳动合同、工资条等材料。' });
      expect(again.status).toBe(200);
      expect(again.body.status).toBe('closed');
      expect((await lookUp(receipt.reference, receipt.code)).body.answer).toMatchObject({ answer: '可先向南海区劳动保障监察大队投诉，携带劳动合同、工资条等材料。' });
    });

    it('refuses a malformed question, naming each field', async () => {
      const response = await http<ErrorBody>('POST', url('/api/v1/questions'), { channel: 'hotline', question: '', legalCategory: 'labour-remuneration', regionCode: '4406', callerName: '黄', callerPhone: '123' });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['channel', 'question', 'regionCode', 'callerPhone']));
    });
  });

  it('keeps entities and migrations in step', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
