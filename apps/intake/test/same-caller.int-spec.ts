import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { asUser, eventually, http, KafkaProbe, pendingSchemaChanges, settle, startTestService, type DemoUser, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { CallerLookupView, OpenedTicketView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { assignmentRequested, assignmentWithdrawn, nanhaiApplication, TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

/** A phone number no other test uses (the file has a database of its own). */
let phoneCounter = 0;
const freshPhone = () => `1390000${String(++phoneCounter).padStart(4, '0')}`;

describe('intake: the same caller (duplicates, merges, caller lookup, retried openings)', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const open = async (caller: Record<string, unknown>, overrides: Record<string, unknown> = {}, user: DemoUser = 'agent.gd'): Promise<OpenedTicketView> => {
    const body = nanhaiApplication({ caller: { name: '陈大明', language: 'yue', ...caller }, ...overrides });
    const response = await http<OpenedTicketView>('POST', url('/api/v1/tickets'), body, await asUser(user));
    expect(response.status).toBe(201);
    return response.body;
  };
  const getTicket = async (id: string, user: DemoUser = 'agent.gd'): Promise<TicketView> =>
    (await http<TicketView>('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser(user))).body;
  const command = async (id: string, verb: string, body: Record<string, unknown>, user: DemoUser = 'lead.gd') =>
    http<TicketView & ErrorBody>('POST', url(`/api/v1/tickets/${id}/${verb}`), body, await asUser(user));

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, { env: { REGION_PROVINCES: '44', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY } });
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('duplicate suggestions', () => {
    const phone = freshPhone();
    const idNumber = '440605199001011236';
    let first: OpenedTicketView;
    let sameCounty: OpenedTicketView;
    let elsewhere: OpenedTicketView;

    beforeAll(async () => {
      first = await open({ phone, idNumber });
    });

    it('suggests nothing for a caller\'s first ticket', () => {
      expect(first.possibleDuplicates).toEqual([]);
    });

    it('suggests the earlier ticket of the same phone, category and county (another township), by id and number only', async () => {
      sameCounty = await open({ phone }, { regionCode: '440605121', matterLocation: { arosenInRegionCode: '440605121' } });
      expect(sameCounty.possibleDuplicates).toEqual([{ id: first.id, ticketNumber: first.ticketNumber }]);
    });

    it('suggests by ID number when the caller calls from another phone', async () => {
      const otherPhone = await open({ phone: freshPhone(), idNumber });
      expect(otherPhone.possibleDuplicates.map((d) => d.id)).toEqual([first.id]);
    });

    it('does not suggest across counties or categories', async () => {
      const shunde = await open({ phone }, { regionCode: '440606005', matterLocation: { arosenInRegionCode: '440606005' } });
      expect(shunde.possibleDuplicates).toEqual([]);
      const injury = await open({ phone }, { legalCategory: 'work-injury' });
      expect(injury.possibleDuplicates).toEqual([]);
    });

    it('shows the suggestions in GET, both ways', async () => {
      expect((await getTicket(first.id)).possibleDuplicates.map((d) => d.id)).toEqual(expect.arrayContaining([sameCounty.id]));
      expect((await getTicket(sameCounty.id)).possibleDuplicates).toEqual(expect.arrayContaining([{ id: first.id, ticketNumber: first.ticketNumber }]));
    });

    it('does not confirm the number to another organisation: its agents see none of the earlier tickets', async () => {
      elsewhere = await open({ phone, idNumber }, {}, 'agent.gz');
      expect(elsewhere.possibleDuplicates).toEqual([]);
      expect((await getTicket(elsewhere.id, 'agent.gz')).possibleDuplicates).toEqual([]);
      // Nor does the other way round show 12348-gz's ticket to 12348-gd.
      expect((await getTicket(first.id)).possibleDuplicates.map((d) => d.id)).not.toContain(elsewhere.id);
    });

    it('shows another organisation a ticket it watches', async () => {
      const referred = await command(first.id, 'referrals', { organisationId: '12348-gz', organisationName: '贵州省12348公共法律服务热线', reason: '来电人在贵州务工' }, 'agent.gd');
      expect(referred.status).toBe(201);
      const again = await open({ phone }, {}, 'agent.gz');
      expect(again.possibleDuplicates).toEqual([
        { id: elsewhere.id, ticketNumber: elsewhere.ticketNumber },
        { id: first.id, ticketNumber: first.ticketNumber },
      ]);
    });

    it('shows no hint to supervisors and office staff', async () => {
      expect((await getTicket(sameCounty.id, 'supervisor.gd')).possibleDuplicates).toEqual([]);
    });

    it('keeps keyed hashes, not the numbers, for the comparison', async () => {
      const rows: { caller_phone_hash: string; caller_id_number_hash: string }[] = await svc.database.query(
        'SELECT caller_phone_hash, caller_id_number_hash FROM tickets WHERE id = $1',
        [first.id],
      );
      const row = rows[0]!;
      expect(row.caller_phone_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.caller_id_number_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(phone);
    });
  });

  describe('merge and undo', () => {
    const phone = freshPhone();
    let into: OpenedTicketView;
    let duplicate: OpenedTicketView;

    beforeAll(async () => {
      into = await open({ phone });
      duplicate = await open({ phone });
      expect(duplicate.possibleDuplicates.map((d) => d.id)).toEqual([into.id]);
    });

    it.each<[string, () => string, number, string]>([
      ['itself', () => duplicate.id, 409, 'TICKET.MERGE_INTO_ITSELF'],
      ['an unknown ticket', () => randomUUID(), 409, 'TICKET.MERGE_TARGET_UNKNOWN'],
    ])('refuses to merge into %s', async (_case, target, status, code) => {
      const response = await command(duplicate.id, 'merge', { intoTicketId: target(), reason: '重复来电' });
      expect(response.status).toBe(status);
      expect(response.body.errors).toEqual([expect.objectContaining({ code })]);
    });

    it('refuses an agent (a lead\'s right) and a lead whose organisation owns neither ticket', async () => {
      const agent = await command(duplicate.id, 'merge', { intoTicketId: into.id, reason: '重复来电' }, 'agent.gd');
      expect(agent.body.errors).toEqual([expect.objectContaining({ code: 'AUTH.ROLE_MISSING' })]);
      const stranger = await command(duplicate.id, 'merge', { intoTicketId: into.id, reason: '重复来电' }, 'lead.gz');
      expect(stranger.status).toBe(403);
      expect(stranger.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_OWNER' })]);
    });

    it('merges the duplicate (coarse closed), writes both timelines and announces it', async () => {
      const response = await command(duplicate.id, 'merge', { intoTicketId: into.id, reason: '同一来电人同一事项重复来电' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'merged', coarseStatus: 'closed', merge: { intoTicketId: into.id, statusBefore: 'received' } });
      expect(response.body.timeline.at(-1)).toMatchObject({ kind: 'ticket.merged.v1', statusAfter: 'merged', reason: '同一来电人同一事项重复来电', actorOrganisationId: '12348-gd' });

      const survivor = await getTicket(into.id);
      expect(survivor.status).toBe('received');
      expect(survivor.timeline.at(-1)).toMatchObject({ kind: 'ticket.merged.v1', statusAfter: 'received', note: `${duplicate.ticketNumber} merged into this ticket` });
      expect(survivor.possibleDuplicates.map((d) => d.id)).not.toContain(duplicate.id);

      const merged = await probe.waitForEvent((e) => e.type === 'ticket.merged.v1' && e.subject === duplicate.id);
      expect(merged.data).toMatchObject({ ticketId: duplicate.id, intoTicketId: into.id, mergedBy: { organisationId: '12348-gd', agentId: expect.any(String) } });
    });

    it('refuses to merge into a merged ticket, or to merge a merged one again', async () => {
      const third = await open({ phone });
      const intoMerged = await command(third.id, 'merge', { intoTicketId: duplicate.id, reason: 'x' });
      expect(intoMerged.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.MERGE_TARGET_CLOSED' })]);
      const again = await command(duplicate.id, 'merge', { intoTicketId: third.id, reason: 'x' });
      expect(again.status).toBe(409);
      expect(again.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' })]);
    });

    it('undoes the merge: the status it had, both timelines, ticket.merge-undone.v1', async () => {
      const response = await command(duplicate.id, 'unmerge', {});
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'received', coarseStatus: 'open', merge: null });
      expect(response.body.timeline.at(-1)).toMatchObject({ kind: 'ticket.merge-undone.v1', statusAfter: 'received' });
      expect((await getTicket(into.id)).timeline.at(-1)).toMatchObject({ kind: 'ticket.merge-undone.v1' });
      const undone = await probe.waitForEvent((e) => e.type === 'ticket.merge-undone.v1' && e.subject === duplicate.id);
      expect(undone.data).toMatchObject({ ticketId: duplicate.id, fromTicketId: into.id, undoneBy: { organisationId: '12348-gd' } });
    });

    it('refuses to undo a merge of a ticket that is not merged', async () => {
      expect((await command(duplicate.id, 'unmerge', {})).status).toBe(409);
    });

    it('returns a ticket whose body routing withdrew while it was merged to its owner on undo', async () => {
      const handled = await open({ phone: freshPhone() });
      const target = await open({ phone: freshPhone() });
      const assignmentId = randomUUID();
      await probe.publishEvent(TOPICS.assignments, assignmentRequested(handled.id, assignmentId));
      await eventually(async () => expect((await getTicket(handled.id)).status).toBe('awaiting-acceptance'));
      expect((await command(handled.id, 'merge', { intoTicketId: target.id, reason: '重复' })).body.status).toBe('merged');

      await probe.publishEvent(TOPICS.assignments, assignmentWithdrawn(handled.id, assignmentId, 'ticket-merged'));
      await eventually(async () => expect((await getTicket(handled.id)).currentHandler).toBeNull());
      expect((await getTicket(handled.id)).timeline.at(-1)).toMatchObject({ kind: 'assignment.withdrawn.v1', statusAfter: 'merged' });

      expect((await command(handled.id, 'unmerge', {})).body.status).toBe('returned-to-owner');
    });
  });

  describe('caller lookup', () => {
    // The lookup allows 10 requests a minute per client address: this block makes exactly 10,
    // then shows the 11th refused.
    let ticket: OpenedTicketView;
    let locked: OpenedTicketView;
    const lookUp = (body: Record<string, unknown>) => http<CallerLookupView & ErrorBody>('POST', url('/api/v1/ticket-lookup'), body);
    const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    beforeAll(async () => {
      ticket = await open({ phone: '13700001234', name: '王小红', idNumber: '11010519491231002X' });
      locked = await open({ phone: freshPhone() });
    });

    it('tells the caller with the reference and code status and next step, and nothing else', async () => {
      const response = await lookUp({ reference: ticket.reference, code: ticket.lookupCode });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        status: 'received',
        coarseStatus: 'open',
        nextStep: { zh: expect.stringMatching(/受理/), en: expect.stringMatching(/received/) },
        // Only a question answered and closed at the desk shows its answer.
        answer: null,
      });
      const text = JSON.stringify(response.body);
      for (const personal of ['王小红', '王', '13700001234', '11010519491231002X', '被拖欠工资', '广东省12348', ticket.ticketNumber]) expect(text).not.toContain(personal);
    });

    it('answers a wrong code exactly like an unknown reference: the same 404', async () => {
      const wrong = await lookUp({ reference: ticket.reference, code: wrongCode(ticket.lookupCode) });
      const unknown = await lookUp({ reference: 'ZZZZZZZZZZ', code: ticket.lookupCode });
      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_FOUND' })]);
    });

    it('answers a malformed request with 400 naming the fields', async () => {
      const response = await lookUp({ reference: ticket.ticketNumber, code: '12' });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e) => e.field).sort()).toEqual(['code', 'reference']);
    });

    it('locks a reference after 5 failed attempts within 15 minutes, even for the right code: 429 with Retry-After', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await lookUp({ reference: locked.reference, code: wrongCode(locked.lookupCode) })).status).toBe(404);
      }
      const response = await lookUp({ reference: locked.reference, code: locked.lookupCode });
      expect(response.status).toBe(429);
      expect(response.body.errors).toEqual([expect.objectContaining({ code: 'LOOKUP.TOO_MANY_ATTEMPTS', field: 'reference' })]);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
      expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
      // Kept in PostgreSQL, so a restart or another instance counts the same failures.
      expect(await svc.database.query('SELECT count(*)::int AS failures FROM ticket_lookup_failures WHERE reference = $1', [locked.reference])).toEqual([{ failures: 5 }]);
    });

    it('refuses an 11th request within the minute from the same client with 429 and Retry-After', async () => {
      const response = await lookUp({ reference: ticket.reference, code: ticket.lookupCode });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    });

    it('no longer answers the old lookup by ticket number and phone digits', async () => {
      expect((await http('GET', url(`/api/v1/ticket-lookup?ticketNumber=${ticket.ticketNumber}&phoneLast4=1234`))).status).toBe(404);
    });
  });

  describe('a retried opening (Idempotency-Key)', () => {
    const marker = `RETRY-${randomUUID()}`;
    const body = (summary: string) => nanhaiApplication({ summary, caller: { name: '陈大明', phone: freshPhone(), language: 'yue' } });
    const post = async (payload: Record<string, unknown>, key: string, user: DemoUser = 'agent.gd') =>
      http<OpenedTicketView & ErrorBody>('POST', url('/api/v1/tickets'), payload, { ...(await asUser(user)), 'idempotency-key': key });
    const ticketsWith = async (summary: string) => (await svc.database.query('SELECT id FROM tickets WHERE summary = $1', [summary])).length;

    it('answers a retry with the first ticket and opens no second one; the code is issued anew', async () => {
      const key = randomUUID();
      const payload = body(`${marker} first`);
      const first = await post(payload, key);
      expect(first.status).toBe(201);
      const hashBefore: { lookup_code_hash: string }[] = await svc.database.query('SELECT lookup_code_hash FROM tickets WHERE id = $1', [first.body.id]);

      const retry = await post(payload, key);
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual({ ...first.body, lookupCode: expect.stringMatching(/^\d{6}$/) });
      expect(await ticketsWith(`${marker} first`)).toBe(1);
      // The first code is not kept, so the retry carries a new one and only that one works.
      const hashAfter: { lookup_code_hash: string }[] = await svc.database.query('SELECT lookup_code_hash FROM tickets WHERE id = $1', [first.body.id]);
      expect(hashAfter[0]!.lookup_code_hash).not.toBe(hashBefore[0]!.lookup_code_hash);
      const stored = JSON.stringify(await svc.database.query('SELECT * FROM ticket_opening_requests'));
      expect(stored).not.toContain(first.body.lookupCode);
      expect(stored).not.toContain(retry.body.lookupCode);

      await settle(1000);
      expect(probe.events().filter((e) => e.type === 'ticket.opened.v1' && e.data.summary === `${marker} first`)).toHaveLength(1);
    });

    it('refuses the same key with another body: 422 IDEMPOTENCY.KEY_REUSED, nothing opened', async () => {
      const key = randomUUID();
      expect((await post(body(`${marker} original`), key)).status).toBe(201);
      const changed = await post(body(`${marker} changed`), key);
      expect(changed.status).toBe(422);
      expect(changed.body.errors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY.KEY_REUSED', field: 'Idempotency-Key' })]);
      expect(await ticketsWith(`${marker} changed`)).toBe(0);
    });

    it('scopes keys per organisation: another organisation\'s same key opens its own ticket, a colleague\'s retries the first', async () => {
      const key = randomUUID();
      const payload = body(`${marker} scoped`);
      const gd = await post(payload, key, 'agent.gd');
      const colleague = await post(payload, key, 'lead.gd');
      const gz = await post(payload, key, 'agent.gz');
      expect([gd.status, colleague.status, gz.status]).toEqual([201, 201, 201]);
      expect(colleague.body.id).toBe(gd.body.id);
      expect(gz.body.id).not.toBe(gd.body.id);
      expect(await ticketsWith(`${marker} scoped`)).toBe(2);
    });

    it('opens one ticket for concurrent retries with the same key', async () => {
      const key = randomUUID();
      const payload = body(`${marker} concurrent`);
      const answers = await Promise.all(Array.from({ length: 5 }, () => post(payload, key)));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(await ticketsWith(`${marker} concurrent`)).toBe(1);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
