import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  asUser,
  eventually,
  http,
  KafkaProbe,
  pendingSchemaChanges,
  settle,
  startTestService,
  type DemoUser,
  type TestService,
} from '@legal-hotline/testing';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import type { DutyShiftListView, DutyShiftView, DutyStaffView, OnDutyView } from '../src/duty-rota/duty-rota.dto.js';
import { seedDemoDutyRota } from '../src/duty-rota/seed-demo-duty-rota.js';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type {
  NextOnlineQuestionView,
  OnlineQuestionListView,
  OnlineQuestionView,
  OnlineQueueView,
} from '../src/online-questions/online-questions.dto.js';
import type { CallerLookupView, OpenedTicketView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { identityOf, type Identity } from './fixtures/identities.js';
import { TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

const HOUR_MS = 3_600_000;

describe('intake: duty rota (值班) and the online question queue (网络咨询)', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  let mandarinAgent: Identity;
  let cantoneseLead: Identity;
  const url = (path: string) => `${svc.url}${path}`;
  const call = async <T>(method: string, path: string, user: DemoUser, body?: unknown) =>
    http<T & ErrorBody>(method, url(path), body, await asUser(user));
  const shiftFor = (subject: string, fromHours: number, toHours: number, platform = 'network') => ({
    personSubject: subject,
    platform,
    startsAt: new Date(Date.now() + fromHours * HOUR_MS).toISOString(),
    endsAt: new Date(Date.now() + toHours * HOUR_MS).toISOString(),
  });

  /** A question from the web, kept at the desk, in the asker's language. */
  const askOnline = async (
    language: string,
    summary = '公司拖欠三个月工资，我可以怎么维权？',
  ): Promise<OpenedTicketView> => {
    const response = await call<OpenedTicketView>('POST', '/api/v1/tickets', 'agent.gd', {
      channel: 'web',
      caller: { name: '陈大明', phone: '13812345678', language, accessibilityNeeds: [] },
      requestType: 'consultation',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      summary,
      handling: { mode: 'desk' },
    });
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('at-desk');
    return response.body;
  };
  const supervisorQueue = async () =>
    (await call<OnlineQueueView>('GET', '/api/v1/online-questions', 'supervisor.gd')).body;
  const queued = async (ticketId: string) =>
    eventually(async () => {
      const item = (await supervisorQueue()).items.find((q) => q.ticketId === ticketId);
      expect(item).toBeDefined();
      return item!;
    });

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, {
      env: {
        REGION_PROVINCES: '44',
        CALLER_HASH_KEY: TEST_CALLER_HASH_KEY,
        ONLINE_QUESTION_OVERDUE_SCAN_MS: '200',
        ONLINE_QUESTION_MAX_OPEN_CLAIMS: '2',
      },
    });
    mandarinAgent = await identityOf('agent.gd');
    cantoneseLead = await identityOf('lead.gd');
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  it('keeps the rota tables as the entities describe them', async () => {
    const changes = await pendingSchemaChanges(svc.dataSource);
    expect(changes.filter((sql) => /duty_|online_questions/.test(sql))).toEqual([]);
  });

  describe('the duty rota', () => {
    it('puts people on the rota with their languages, aliases stored as their language', async () => {
      const agent = await call<DutyStaffView>('PUT', `/api/v1/duty-rota/staff/${mandarinAgent.subject}`, 'lead.gd', {
        name: mandarinAgent.name,
        platforms: ['hotline', 'network'],
        languages: ['zh-CN'],
        legalCategories: [],
      });
      expect(agent.status).toBe(200);
      const lead = await call<DutyStaffView>('PUT', `/api/v1/duty-rota/staff/${cantoneseLead.subject}`, 'lead.gd', {
        name: cantoneseLead.name,
        platforms: ['hotline', 'network', 'station'],
        languages: ['zh', 'zh-HK'],
        legalCategories: ['labour-remuneration'],
      });
      expect(lead.body).toMatchObject({
        organisationId: '12348-gd',
        organisation: '广东省12348公共法律服务热线',
        languages: ['zh-CN', 'yue'],
        active: true,
      });
    });

    it('puts the Mandarin agent on network duty now, and the Cantonese speaker only later today', async () => {
      expect(
        (
          await call<DutyShiftView>(
            'POST',
            '/api/v1/duty-rota/shifts',
            'lead.gd',
            shiftFor(mandarinAgent.subject, -1, 8),
          )
        ).status,
      ).toBe(201);
      const later = await call<DutyShiftView>('POST', '/api/v1/duty-rota/shifts', 'lead.gd', {
        ...shiftFor(cantoneseLead.subject, 9, 13, 'hotline'),
        note: '夜班前半',
      });
      expect(later.status).toBe(201);
      expect(later.body).toMatchObject({
        personName: cantoneseLead.name,
        platform: 'hotline',
        note: '夜班前半',
        createdBy: cantoneseLead.subject,
      });
    });

    it.each<[string, Record<string, unknown>, number, string, string]>([
      [
        'a shift that ends before it starts',
        { platform: 'network', startsAt: '2026-12-01T20:00:00+08:00', endsAt: '2026-12-01T08:00:00+08:00' },
        400,
        'DUTY_ROTA.ENDS_BEFORE_STARTS',
        'endsAt',
      ],
      [
        'a shift on an unknown platform',
        { platform: 'radio', startsAt: '2026-12-01T08:00:00+08:00', endsAt: '2026-12-01T20:00:00+08:00' },
        400,
        'isIn',
        'platform',
      ],
      [
        'a shift overlapping the person’s own',
        {
          platform: 'hotline',
          ...(() => {
            const s = shiftFor('x', 7, 9);
            return { startsAt: s.startsAt, endsAt: s.endsAt };
          })(),
        },
        409,
        'DUTY_ROTA.SHIFT_OVERLAPS',
        'startsAt',
      ],
    ])('refuses %s, naming field and code, and changes nothing', async (_case, body, status, code, field) => {
      const before = (
        await call<DutyShiftListView>('GET', `/api/v1/duty-rota/shifts?person=${mandarinAgent.subject}`, 'agent.gd')
      ).body.items.length;
      const response = await call('POST', '/api/v1/duty-rota/shifts', 'lead.gd', {
        personSubject: mandarinAgent.subject,
        ...body,
      });
      expect(response.status).toBe(status);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
      expect(
        (await call<DutyShiftListView>('GET', `/api/v1/duty-rota/shifts?person=${mandarinAgent.subject}`, 'agent.gd'))
          .body.items,
      ).toHaveLength(before);
    });

    it('refuses an unknown language', async () => {
      const response = await call('PUT', `/api/v1/duty-rota/staff/${mandarinAgent.subject}`, 'lead.gd', {
        name: '林晓',
        platforms: ['hotline'],
        languages: ['klingon'],
        legalCategories: [],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'languages', code: 'DUTY_ROTA.UNKNOWN_LANGUAGE' }),
      ]);
    });

    it('lets agents read the rota but not edit it; other platforms’ staff read nothing', async () => {
      expect(
        (await call('POST', '/api/v1/duty-rota/shifts', 'agent.gd', shiftFor(mandarinAgent.subject, 20, 22))).status,
      ).toBe(403);
      expect(
        (await call('GET', '/api/v1/duty-rota/shifts?organisationId=12348-gd', 'agent.gz')).body.errors[0]?.code,
      ).toBe('ACCESS.OTHER_BODY');
      const week = await call<DutyShiftListView>('GET', '/api/v1/duty-rota/shifts', 'agent.gd');
      expect(week.body.items.map((s) => s.personSubject).sort()).toEqual(
        [mandarinAgent.subject, cantoneseLead.subject].sort(),
      );
    });

    it('tells who is on duty now, with skills', async () => {
      const onDuty = await call<OnDutyView>('GET', '/api/v1/duty-rota/on-duty', 'supervisor.gd');
      expect(onDuty.body).toMatchObject({
        organisationId: '12348-gd',
        items: [expect.objectContaining({ subject: mandarinAgent.subject, languages: ['zh-CN'], openClaims: 0 })],
      });
      expect(onDuty.body.items).toHaveLength(1);
    });
  });

  describe('a Cantonese question from the web', () => {
    let question: OpenedTicketView;

    beforeAll(async () => {
      question = await askOnline('zh-HK', '我喺佛山打工，老板拖欠咗三个月人工，点算好？');
    });

    it('waits in the queue, due within the working hours on the business calendar', async () => {
      const item = await queued(question.id);
      expect(item).toMatchObject({
        ticketNumber: question.ticketNumber,
        channel: 'web',
        language: 'zh-HK',
        answerLanguage: 'yue',
        claimedBy: null,
      });
      expect(new Date(item.dueAt).getTime()).toBeGreaterThan(new Date(item.receivedAt).getTime());
    });

    it('is not offered to the on-duty Mandarin-only agent, who cannot claim it', async () => {
      const queue = await call<OnlineQueueView>('GET', '/api/v1/online-questions', 'agent.gd');
      expect(queue.body).toMatchObject({ onDuty: true, openClaims: 0, maxOpenClaims: 2 });
      expect(queue.body.items.map((q) => q.ticketId)).not.toContain(question.id);
      const claim = await call('POST', `/api/v1/online-questions/${question.id}/claim`, 'agent.gd');
      expect(claim.status).toBe(403);
      expect(claim.body.errors[0]?.code).toBe('ONLINE_QUESTION.LANGUAGE_MISMATCH');
    });

    it('cannot be claimed by the Cantonese speaker while off duty', async () => {
      expect((await call<OnlineQueueView>('GET', '/api/v1/online-questions', 'lead.gd')).body).toMatchObject({
        onDuty: false,
        items: [],
      });
      const claim = await call('POST', `/api/v1/online-questions/${question.id}/claim`, 'lead.gd');
      expect(claim.status).toBe(403);
      expect(claim.body.errors[0]?.code).toBe('ONLINE_QUESTION.NOT_ON_DUTY');
    });

    it('is claimed by the Cantonese speaker once on duty', async () => {
      expect(
        (await call('POST', '/api/v1/duty-rota/shifts', 'lead.gd', shiftFor(cantoneseLead.subject, -0.5, 8.5))).status,
      ).toBe(201);
      const queue = await call<OnlineQueueView>('GET', '/api/v1/online-questions', 'lead.gd');
      expect(queue.body.items.map((q) => q.ticketId)).toContain(question.id);
      const claim = await call<OnlineQuestionView>('POST', `/api/v1/online-questions/${question.id}/claim`, 'lead.gd');
      expect(claim.status).toBe(200);
      expect(claim.body).toMatchObject({ claimedBy: cantoneseLead.subject, claimedByName: cantoneseLead.name });
      expect(
        (await call<OnlineQuestionListView>('GET', '/api/v1/online-questions/mine', 'lead.gd')).body.items.map(
          (q) => q.ticketId,
        ),
      ).toEqual([question.id]);
      const onDuty = await call<OnDutyView>('GET', '/api/v1/duty-rota/on-duty', 'lead.gd');
      expect(onDuty.body.items.find((p) => p.subject === cantoneseLead.subject)).toMatchObject({
        openClaims: 1,
        claimedTicketIds: [question.id],
      });
    });

    it('is answered only by the person holding it', async () => {
      const answer = {
        answer: '可以先同老板协商；协商唔成，可以向劳动保障监察投诉或者申请劳动仲裁。',
        knowledgeEntryIds: [],
        citedArticles: ['《保障农民工工资支付条例》第五十条'],
        caseEducationGiven: true,
      };
      const other = await call('POST', `/api/v1/online-questions/${question.id}/answer`, 'agent.gd', answer);
      expect(other.status).toBe(403);
      expect(other.body.errors[0]?.code).toBe('ONLINE_QUESTION.NOT_CLAIMER');

      const answered = await call<TicketView>(
        'POST',
        `/api/v1/online-questions/${question.id}/answer`,
        'lead.gd',
        answer,
      );
      expect(answered.status).toBe(200);
      expect(answered.body.status).toBe('closed');
      expect((await supervisorQueue()).items.map((q) => q.ticketId)).not.toContain(question.id);
      const again = await call('POST', `/api/v1/online-questions/${question.id}/answer`, 'lead.gd', answer);
      expect(again.status).toBe(409);
      expect(again.body.errors[0]?.code).toBe('ONLINE_QUESTION.NOT_OPEN');
    });

    it('lets the asker read the answer through the caller lookup', async () => {
      const lookup = await http<CallerLookupView>('POST', url('/api/v1/ticket-lookup'), {
        reference: question.reference,
        code: question.lookupCode,
      });
      expect(lookup.status).toBe(200);
      expect(lookup.body).toMatchObject({
        status: 'closed',
        answer: { answer: expect.stringContaining('劳动仲裁'), citedArticles: ['《保障农民工工资支付条例》第五十条'] },
      });
    });
  });

  describe('a question nobody answers in time', () => {
    let question: OpenedTicketView;

    beforeAll(async () => {
      question = await askOnline('zh-CN', '邻居装修噪音扰民，可以起诉吗？');
      await queued(question.id);
    });

    it('alerts a supervisor once, however many scans pass', async () => {
      await svc.database.query(
        `UPDATE online_questions SET due_at = now() - interval '1 minute' WHERE ticket_id = $1`,
        [question.id],
      );
      const alert = await probe.waitForEvent(
        (e) => e.type === 'supervision.alert-raised.v1' && e.subject === question.id,
      );
      expect(alert).toMatchObject({
        source: 'intake',
        data: { kind: 'online-question-overdue', severity: 'warning', ticketId: question.id, agencyId: '12348-gd' },
      });
      expect(alert.type === 'supervision.alert-raised.v1' && alert.data.message).toContain(question.ticketNumber);
      await settle(1500);
      const rows: { n: string }[] = await svc.database.query(
        `SELECT count(*) AS n FROM outbox WHERE type = 'supervision.alert-raised.v1' AND aggregate_id = $1`,
        [question.id],
      );
      expect(Number(rows[0]!.n)).toBe(1);
      expect((await queued(question.id)).overdueAlertedAt).not.toBeNull();
    });
  });

  describe('two people claiming one question at once', () => {
    let question: OpenedTicketView;

    beforeAll(async () => {
      question = await askOnline('zh', '离婚后孩子抚养费怎么算？');
      await queued(question.id);
    });

    it('gives it to exactly one of them', async () => {
      const [a, b] = await Promise.all([
        call<OnlineQuestionView>('POST', `/api/v1/online-questions/${question.id}/claim`, 'agent.gd'),
        call<OnlineQuestionView>('POST', `/api/v1/online-questions/${question.id}/claim`, 'lead.gd'),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.errors[0]?.code).toBe('ONLINE_QUESTION.ALREADY_CLAIMED');
      const winner = a.status === 200 ? 'agent.gd' : 'lead.gd';
      expect((await queued(question.id)).claimedBy).toBe(
        winner === 'agent.gd' ? mandarinAgent.subject : cantoneseLead.subject,
      );
      const released = await call<OnlineQuestionView>(
        'POST',
        `/api/v1/online-questions/${question.id}/release`,
        winner,
      );
      expect(released.body.claimedBy).toBeNull();
    });
  });

  describe('fair distribution', () => {
    it('hands out the best next question, up to the cap of open claims', async () => {
      await queued((await askOnline('zh-CN', '工伤认定需要哪些材料？')).id);
      const first = await call<NextOnlineQuestionView>('POST', '/api/v1/online-questions/next', 'agent.gd');
      const second = await call<NextOnlineQuestionView>('POST', '/api/v1/online-questions/next', 'agent.gd');
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(first.body.question?.overdue).toBe(true);
      expect(second.body.question?.ticketId).not.toBe(first.body.question?.ticketId);
      const third = await call('POST', '/api/v1/online-questions/next', 'agent.gd');
      expect(third.status).toBe(409);
      expect(third.body.errors[0]?.code).toBe('ONLINE_QUESTION.TOO_MANY_CLAIMS');
    });
  });

  describe('the demo rota', () => {
    it('puts the demo users on duty round the clock, once however often it runs', async () => {
      const first = await svc.dataSource.transaction((manager) => seedDemoDutyRota(manager, new Date()));
      // Guangdong's people are on the rota already (edited above): their records stay as they are.
      expect(first.staff).toBe(2);
      expect(first.shifts).toBeGreaterThan(0);
      expect(await svc.dataSource.transaction((manager) => seedDemoDutyRota(manager, new Date()))).toEqual({
        staff: 0,
        shifts: 0,
      });
      const onDuty = await call<OnDutyView>('GET', '/api/v1/duty-rota/on-duty', 'supervisor.gz');
      expect(onDuty.body.organisationId).toBe('12348-gz');
      expect(onDuty.body.items).toHaveLength(1);
    });
  });
});
