import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import { eventually, http, KafkaProbe, pendingSchemaChanges, startTestService, type TestService } from '@legal-hotline/testing';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { OpenedTicketView, TicketView } from '../src/tickets/ticket-view.dto.js';
import { assignmentRequested, assignmentWithdrawn, nanhaiApplication, TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

const OWNER = { organisation: '广东省12348公共法律服务热线', agent: 'agent-0731' };
const STRANGER = { organisation: '佛山市南海区司法局', agent: 'clerk-9' };

/** A phone number no other test uses (the file has a database of its own). */
let phoneCounter = 0;
const freshPhone = () => `1390000${String(++phoneCounter).padStart(4, '0')}`;

describe('intake: the same caller (duplicates, merges, caller lookup)', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const open = async (caller: Record<string, unknown>, overrides: Record<string, unknown> = {}): Promise<OpenedTicketView> => {
    const response = await http<OpenedTicketView>('POST', url('/api/v1/tickets'), nanhaiApplication({ caller: { name: '陈大明', language: 'yue', ...caller }, ...overrides }));
    expect(response.status).toBe(201);
    return response.body;
  };
  const getTicket = async (id: string): Promise<TicketView> => (await http<TicketView>('GET', url(`/api/v1/tickets/${id}`))).body;
  const command = (id: string, verb: string, body: Record<string, unknown>) => http<TicketView & ErrorBody>('POST', url(`/api/v1/tickets/${id}/${verb}`), body);

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

    beforeAll(async () => {
      first = await open({ phone, idNumber });
    });

    it('suggests nothing for a caller\'s first ticket', () => {
      expect(first.possibleDuplicates).toEqual([]);
    });

    it('suggests the earlier ticket of the same phone, category and county (another township)', async () => {
      sameCounty = await open({ phone }, { regionCode: '440605121', matterLocation: { arosenInRegionCode: '440605121' } });
      expect(sameCounty.possibleDuplicates).toEqual([{ id: first.id, ticketNumber: first.ticketNumber, status: 'received', openedAt: expect.any(String) }]);
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

    it('shows the suggestions in GET, both ways, newest first', async () => {
      const ticket = await getTicket(first.id);
      expect(ticket.possibleDuplicates.map((d) => d.id)).toEqual(expect.arrayContaining([sameCounty.id]));
      expect((await getTicket(sameCounty.id)).possibleDuplicates.map((d) => d.id)).toContain(first.id);
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
      const response = await command(duplicate.id, 'merge', { actor: OWNER, intoTicketId: target(), reason: '重复来电' });
      expect(response.status).toBe(status);
      expect(response.body.errors).toEqual([expect.objectContaining({ code })]);
    });

    it('refuses an actor who owns neither ticket', async () => {
      expect((await command(duplicate.id, 'merge', { actor: STRANGER, intoTicketId: into.id, reason: '重复来电' })).status).toBe(403);
    });

    it('merges the duplicate (coarse closed), writes both timelines and announces it', async () => {
      const response = await command(duplicate.id, 'merge', { actor: OWNER, intoTicketId: into.id, reason: '同一来电人同一事项重复来电' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'merged', coarseStatus: 'closed', merge: { intoTicketId: into.id, statusBefore: 'received' } });
      expect(response.body.timeline.at(-1)).toMatchObject({ kind: 'ticket.merged.v1', statusAfter: 'merged', reason: '同一来电人同一事项重复来电' });

      const survivor = await getTicket(into.id);
      expect(survivor.status).toBe('received');
      expect(survivor.timeline.at(-1)).toMatchObject({ kind: 'ticket.merged.v1', statusAfter: 'received', note: `${duplicate.ticketNumber} merged into this ticket` });
      expect(survivor.possibleDuplicates.map((d) => d.id)).not.toContain(duplicate.id);

      const merged = await probe.waitForEvent((e) => e.type === 'ticket.merged.v1' && e.subject === duplicate.id);
      expect(merged.data).toMatchObject({ ticketId: duplicate.id, intoTicketId: into.id, mergedBy: OWNER });
    });

    it('refuses to merge into a merged ticket, or to merge a merged one again', async () => {
      const third = await open({ phone });
      const intoMerged = await command(third.id, 'merge', { actor: OWNER, intoTicketId: duplicate.id, reason: 'x' });
      expect(intoMerged.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.MERGE_TARGET_CLOSED' })]);
      const again = await command(duplicate.id, 'merge', { actor: OWNER, intoTicketId: third.id, reason: 'x' });
      expect(again.status).toBe(409);
      expect(again.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.INVALID_TRANSITION' })]);
    });

    it('undoes the merge: the status it had, both timelines, ticket.merge-undone.v1', async () => {
      const response = await command(duplicate.id, 'unmerge', { actor: OWNER });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'received', coarseStatus: 'open', merge: null });
      expect(response.body.timeline.at(-1)).toMatchObject({ kind: 'ticket.merge-undone.v1', statusAfter: 'received' });
      expect((await getTicket(into.id)).timeline.at(-1)).toMatchObject({ kind: 'ticket.merge-undone.v1' });
      const undone = await probe.waitForEvent((e) => e.type === 'ticket.merge-undone.v1' && e.subject === duplicate.id);
      expect(undone.data).toMatchObject({ ticketId: duplicate.id, fromTicketId: into.id, undoneBy: OWNER });
    });

    it('refuses to undo a merge of a ticket that is not merged', async () => {
      expect((await command(duplicate.id, 'unmerge', { actor: OWNER })).status).toBe(409);
    });

    it('returns a ticket whose body routing withdrew while it was merged to its owner on undo', async () => {
      const handled = await open({ phone: freshPhone() });
      const target = await open({ phone: freshPhone() });
      const assignmentId = randomUUID();
      await probe.publishEvent(TOPICS.assignments, assignmentRequested(handled.id, assignmentId));
      await eventually(async () => expect((await getTicket(handled.id)).status).toBe('awaiting-acceptance'));
      expect((await command(handled.id, 'merge', { actor: OWNER, intoTicketId: target.id, reason: '重复' })).body.status).toBe('merged');

      await probe.publishEvent(TOPICS.assignments, assignmentWithdrawn(handled.id, assignmentId, 'ticket-merged'));
      await eventually(async () => expect((await getTicket(handled.id)).currentHandler).toBeNull());
      expect((await getTicket(handled.id)).timeline.at(-1)).toMatchObject({ kind: 'assignment.withdrawn.v1', statusAfter: 'merged' });

      expect((await command(handled.id, 'unmerge', { actor: OWNER })).body.status).toBe('returned-to-owner');
    });
  });

  describe('caller lookup', () => {
    const phone = '13700001234';
    let ticket: OpenedTicketView;

    beforeAll(async () => {
      ticket = await open({ phone, name: '王小红', idNumber: '11010519491231002X' });
    });

    const lookUp = (ticketNumber: string, phoneLast4: string) =>
      http('GET', url(`/api/v1/ticket-lookup?ticketNumber=${encodeURIComponent(ticketNumber)}&phoneLast4=${phoneLast4}`));

    it('tells the caller the status and the next step, with the right last four digits', async () => {
      const response = await lookUp(ticket.ticketNumber, '1234');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        ticketNumber: ticket.ticketNumber,
        status: 'received',
        coarseStatus: 'open',
        nextStep: { zh: expect.stringMatching(/受理/), en: expect.stringMatching(/received/) },
        updatedAt: expect.any(String),
      });
    });

    it('carries no personal information', async () => {
      const text = JSON.stringify((await lookUp(ticket.ticketNumber, '1234')).body);
      for (const personal of ['王小红', '王', phone, '11010519491231002X', '被拖欠工资', '广东省12348', 'agent-0731']) expect(text).not.toContain(personal);
    });

    it('answers wrong digits exactly like an unknown ticket number: 404', async () => {
      const wrong = await lookUp(ticket.ticketNumber, '1235');
      const unknown = await lookUp('12348-20200101-999999', '1234');
      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ code: 'TICKET.NOT_FOUND' })]);
    });

    it('answers a malformed query with 400', async () => {
      expect((await lookUp(ticket.ticketNumber, '12')).status).toBe(400);
      expect((await lookUp('42', '1234')).status).toBe(400);
    });
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
