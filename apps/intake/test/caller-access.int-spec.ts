import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { asUser, eventually, http, KafkaProbe, pendingSchemaChanges, startTestService, type DemoUser, type TestService } from '@legal-hotline/testing';
import type { AccessTrailPageView, CallerDetailsView } from '../src/caller-access/caller-access.dto.js';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { OpenedTicketView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { identityOf } from './fixtures/identities.js';
import { assignmentAccepted, assignmentRejected, assignmentRequested, assignmentWithdrawn, nanhaiApplication, TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

const FULL_CALLER = { name: '陈大明', phone: '13812345678', idNumber: '440605199001011236' };

describe('intake: the caller in full, on a need-to-know basis (PIPL)', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const open = async (user: DemoUser = 'agent.gd', overrides: Record<string, unknown> = {}): Promise<OpenedTicketView> => {
    const response = await http<OpenedTicketView>('POST', url('/api/v1/tickets'), nanhaiApplication(overrides), await asUser(user));
    expect(response.status).toBe(201);
    return response.body;
  };
  const readCaller = async (id: string, user: DemoUser, purpose = 'call-back') =>
    http<CallerDetailsView & ErrorBody>('GET', url(`/api/v1/tickets/${id}/caller?purpose=${purpose}`), undefined, await asUser(user));
  const getTicket = async (id: string, user: DemoUser) => http<TicketView & ErrorBody>('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser(user));
  const trail = async (query: string, user: DemoUser = 'supervisor.gd') =>
    http<AccessTrailPageView & ErrorBody>('GET', url(`/api/v1/pii-access-trail?${query}`), undefined, await asUser(user));
  const trailRows = async (ticketId: string) => (await svc.database.query('SELECT id FROM pii_access_trail WHERE ticket_id = $1', [ticketId])).length;
  const hopOutcome = (id: string, outcome: string) =>
    eventually(async () => expect((await getTicket(id, 'agent.gd')).body.hops.at(-1)).toMatchObject({ outcome }));

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY } });
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('a ticket the Nanhai centre accepted', () => {
    let ticket: OpenedTicketView;
    const assignmentId = randomUUID();

    beforeAll(async () => {
      ticket = await open();
    });

    it('shows masked values in every ticket view, to the owner too', async () => {
      const view = await getTicket(ticket.id, 'agent.gd');
      expect(view.body.caller).toEqual({ name: '陈**', phone: '138********', idNumber: '44****************', language: 'yue' });
      for (const secret of Object.values(FULL_CALLER)) expect(JSON.stringify(view.body)).not.toContain(secret);
    });

    it('gives the first-contact organisation the caller in full, and records the read', async () => {
      const response = await readCaller(ticket.id, 'agent.gd', 'call-back');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ ticketId: ticket.id, ...FULL_CALLER, purpose: 'call-back', accessRecordId: expect.any(String) });
      expect(await trailRows(ticket.id)).toBe(1);
      expect((await readCaller(ticket.id, 'lead.gd', 'follow-up-call')).status).toBe(200);
    });

    it('refuses a body the ticket was only handed to (not yet accepted): it sees the ticket, masked', async () => {
      await probe.publishEvent(TOPICS.assignments, assignmentRequested(ticket.id, assignmentId));
      await eventually(async () => expect((await getTicket(ticket.id, 'staff.nanhai')).status).toBe(200));
      const response = await readCaller(ticket.id, 'staff.nanhai', 'legal-aid-review');
      expect(response.status).toBe(403);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'PII.NOT_ENTITLED' })]);
    });

    it('gives the body that accepted the caller in full', async () => {
      await probe.publishEvent(TOPICS.assignments, assignmentAccepted(ticket.id, assignmentId));
      await hopOutcome(ticket.id, 'accepted');
      const response = await readCaller(ticket.id, 'staff.nanhai', 'service-delivery');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ...FULL_CALLER, purpose: 'service-delivery' });
    });

    it.each<[DemoUser, number, string]>([
      ['staff.dushan', 403, 'ACCESS.OTHER_BODY'],
      ['mediator.guicheng', 403, 'ACCESS.OTHER_BODY'],
      ['agent.gz', 403, 'ACCESS.OTHER_BODY'],
      ['supervisor.gd', 403, 'AUTH.ROLE_MISSING'],
      ['directory.admin', 403, 'AUTH.ROLE_MISSING'],
    ])('refuses %s with %i %s, recording nothing', async (user, status, code) => {
      const before = await trailRows(ticket.id);
      const response = await readCaller(ticket.id, user);
      expect(response.status).toBe(status);
      expect(response.body.errors).toEqual([expect.objectContaining({ code })]);
      expect(await trailRows(ticket.id)).toBe(before);
    });

    it('lets supervisors of the area read the trail: who, which ticket, when, which fields, why', async () => {
      const [lead, staff, agent] = await Promise.all([identityOf('lead.gd'), identityOf('staff.nanhai'), identityOf('agent.gd')]);
      const response = await trail(`ticketId=${ticket.id}`);
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(3);
      expect(response.body.items).toEqual([
        {
          id: expect.any(String),
          ticketId: ticket.id,
          accessedBy: { subject: staff.subject, name: staff.name, organisationId: 'legal-aid-centre:440605', organisation: '南海区法律援助中心' },
          fields: ['name', 'phone', 'idNumber'],
          purpose: 'service-delivery',
          accessedAt: expect.any(String),
        },
        expect.objectContaining({ accessedBy: expect.objectContaining({ subject: lead.subject, organisationId: '12348-gd' }), purpose: 'follow-up-call' }),
        expect.objectContaining({ accessedBy: expect.objectContaining({ subject: agent.subject, name: agent.name }), purpose: 'call-back' }),
      ]);
      expect((await trail(`ticketId=${ticket.id}`, 'supervisor.foshan')).body.total).toBe(3);
      expect(JSON.stringify(response.body)).not.toContain(FULL_CALLER.phone);
    });

    it('shows another province\'s supervisor none of it, and refuses the trail to anyone but supervisors', async () => {
      const guizhou = await trail(`ticketId=${ticket.id}`, 'supervisor.gz');
      expect(guizhou.status).toBe(200);
      expect(guizhou.body).toMatchObject({ total: 0, items: [] });
      expect((await trail('', 'agent.gd')).body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);
    });

    it('filters the trail by time', async () => {
      expect((await trail(`ticketId=${ticket.id}&since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.total).toBe(0);
      expect((await trail(`since=${encodeURIComponent('2020-01-01T00:00:00+08:00')}&pageSize=1`)).body).toMatchObject({ pageSize: 1, items: [expect.any(Object)] });
    });
  });

  it.each<[string, 'rejected' | 'withdrawn']>([
    ['rejected', 'rejected'],
    ['accepted and then had withdrawn', 'withdrawn'],
  ])('refuses a body that %s the ticket', async (_case, outcome) => {
    const { id } = await open();
    const assignmentId = randomUUID();
    await probe.publishEvent(TOPICS.assignments, assignmentRequested(id, assignmentId));
    await hopOutcome(id, 'still-there');
    if (outcome === 'withdrawn') {
      await probe.publishEvent(TOPICS.assignments, assignmentAccepted(id, assignmentId));
      await hopOutcome(id, 'accepted');
      expect((await readCaller(id, 'staff.nanhai', 'service-delivery')).status).toBe(200);
    }
    await probe.publishEvent(TOPICS.assignments, outcome === 'rejected' ? assignmentRejected(id, assignmentId) : assignmentWithdrawn(id, assignmentId));
    await hopOutcome(id, outcome);
    const response = await readCaller(id, 'staff.nanhai');
    expect(response.status).toBe(403);
    expect(response.body.errors).toEqual([expect.objectContaining({ code: 'PII.NOT_ENTITLED' })]);
  });

  it('answers 400 for a missing or unknown purpose and 404 for an unknown ticket, recording nothing', async () => {
    const { id } = await open();
    const missing = await http<ErrorBody>('GET', url(`/api/v1/tickets/${id}/caller`), undefined, await asUser('agent.gd'));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'purpose' })]);
    expect((await readCaller(id, 'agent.gd', 'curiosity')).status).toBe(400);
    expect((await readCaller(randomUUID(), 'agent.gd')).body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_FOUND' })]);
    expect(await trailRows(id)).toBe(0);
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
