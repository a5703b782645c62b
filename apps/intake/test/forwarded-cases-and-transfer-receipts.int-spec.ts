import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS, type PlatformEvent } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
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
import type { CallerDetailsView } from '../src/caller-access/caller-access.dto.js';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { SupervisionAlertPageView } from '../src/supervision/supervision-alert.dto.js';
import type { OwnerTicketPageView, TicketView } from '../src/tickets/ticket-view.dto.js';
import {
  nanhaiApplication,
  partnerCaseReceived,
  returnedToOwner,
  TEST_CALLER_HASH_KEY,
  transferAcceptanceOverdue,
  transferAccepted,
  transferProgress,
  transferRejected,
  transferResult,
} from './fixtures/platform-events.js';

const GUANGDONG = { organisationId: '12348-gd', organisation: '广东省12348公共法律服务热线' };
const GUIZHOU = { organisationId: '12348-gz', organisation: '贵州省12348公共法律服务热线' };

describe('intake: who answers a forwarded case, and a partner’s receipts of a transfer', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  const getAs = async (user: DemoUser, id: string) =>
    http<TicketView & ErrorBody>('GET', url(`/api/v1/tickets/${id}`), undefined, await asUser(user));
  const getTicket = async (id: string, user: DemoUser = 'agent.gd'): Promise<TicketView> => {
    const response = await getAs(user, id);
    expect(response.status).toBe(200);
    return response.body;
  };
  /** A command's answer: the ticket, or the error shape. Closing needs a lead. */
  const command = async (
    id: string,
    verb: string,
    body: Record<string, unknown> = {},
    user: DemoUser = verb === 'close' ? 'lead.gd' : 'agent.gd',
  ) => http<TicketView & ErrorBody>('POST', url(`/api/v1/tickets/${id}/${verb}`), body, await asUser(user));
  const publish = (topic: (typeof TOPICS)[keyof typeof TOPICS], event: PlatformEvent) =>
    probe.publishEvent(topic, event);
  const statusBecomes = (id: string, status: string, user: DemoUser = 'agent.gd') =>
    eventually(async () => {
      const ticket = await getTicket(id, user);
      expect(ticket.status).toBe(status);
      return ticket;
    });
  const forward = async (overrides: Parameters<typeof partnerCaseReceived>[3] = {}): Promise<string> => {
    const ticketId = randomUUID();
    await publish(TOPICS.partnerCases, partnerCaseReceived(ticketId, '12345', {}, overrides));
    await eventually(async () =>
      expect(await svc.database.query('SELECT 1 FROM tickets WHERE id = $1', [ticketId])).toHaveLength(1),
    );
    return ticketId;
  };
  const ownersList = async (user: DemoUser) =>
    (await http<OwnerTicketPageView>('GET', url('/api/v1/owners/tickets?pageSize=100'), undefined, await asUser(user)))
      .body.items;

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, {
      env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY },
    });
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('a case 12345 forwarded in Nanhai: the Guangdong platform answers it', () => {
    let id: string;

    beforeAll(async () => {
      id = await forward();
      await publish(TOPICS.routingDecisions, returnedToOwner(id));
      await statusBecomes(id, 'returned-to-owner');
    });

    it('keeps 12345 as first contact and names the responsible platform, with why, in the ticket and its opening', async () => {
      const ticket = await getTicket(id);
      expect(ticket.firstContact).toMatchObject({ platform: '12345', organisationId: 'partner-hotline:12345' });
      expect(ticket.responsible).toEqual({ ...GUANGDONG, basis: 'region-platform' });
      expect(ticket.timeline[0]?.note).toContain(
        '广东省12348公共法律服务热线 answers the caller and closes (region platform)',
      );
    });

    it('is in the Guangdong platform’s owner view, waiting for it, and not in Guizhou’s', async () => {
      expect((await ownersList('agent.gd')).find((t) => t.id === id)).toMatchObject({
        waitingOn: 'owner',
        responsible: { ...GUANGDONG, basis: 'region-platform' },
      });
      expect((await ownersList('agent.gz')).map((t) => t.id)).not.toContain(id);
    });

    it('refuses the Guizhou platform: 403 TICKET.NOT_OWNER naming the responsible platform; it cannot even read it', async () => {
      const refused = await command(id, 'answer', { answer: '已答复' }, 'agent.gz');
      expect(refused.status).toBe(403);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          code: 'TICKET.NOT_OWNER',
          description: expect.stringContaining(
            'only 广东省12348公共法律服务热线, the platform responsible for this ticket',
          ),
        }),
      ]);
      expect((await getAs('agent.gz', id)).body.errors).toEqual([
        expect.objectContaining({ code: 'ACCESS.OTHER_BODY' }),
      ]);
      expect((await getTicket(id)).status).toBe('returned-to-owner');
    });

    it('lets its agent read the caller in full to call back', async () => {
      const response = await http<CallerDetailsView & ErrorBody>(
        'GET',
        url(`/api/v1/tickets/${id}/caller?purpose=call-back`),
        undefined,
        await asUser('agent.gd'),
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: '李强', phone: '13765002345' });
    });

    it('is answered, called back and closed by 12348-gd', async () => {
      const answered = await command(id, 'answer', { answer: '已告知来电人可向南海区法律援助中心申请法律援助' });
      expect(answered.status).toBe(200);
      expect(answered.body.status).toBe('follow-up-due');
      expect((await command(id, 'follow-up', { result: 'resolved', satisfaction: 'satisfied' })).status).toBe(200);
      const closed = await command(id, 'close');
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        firstContact: { organisationId: 'partner-hotline:12345' },
        responsible: { organisationId: '12348-gd' },
      });
      expect(closed.body.timeline.slice(-3).map((e) => [e.kind, e.actorOrganisationId])).toEqual([
        ['ticket.answered.v1', '12348-gd'],
        ['ticket.follow-up-recorded.v1', '12348-gd'],
        ['ticket.closed.v1', '12348-gd'],
      ]);
    });
  });

  it('gives a case to the 12348 platform the partner chose, wherever it lies', async () => {
    const id = await forward({ responsibleOrganisationId: '12348-gz' });
    expect((await getTicket(id, 'agent.gz')).responsible).toEqual({ ...GUIZHOU, basis: 'partner-choice' });
    expect((await getAs('agent.gd', id)).status).toBe(403);
  });

  it('falls back to the region’s platform when the partner chose one that is no 12348 platform, and says so', async () => {
    const id = await forward({ responsibleOrganisationId: '12348-xx' });
    const ticket = await getTicket(id);
    expect(ticket.responsible).toEqual({ ...GUANGDONG, basis: 'region-platform' });
    expect(ticket.timeline[0]?.note).toContain('region platform; 12345 chose 12348-xx, which is no 12348 platform');
  });

  it('gives a case in Guizhou to the Guizhou platform', async () => {
    const id = await forward({ regionCode: '520581' });
    expect((await getTicket(id, 'agent.gz')).responsible).toEqual({ ...GUIZHOU, basis: 'region-platform' });
  });

  describe('a transfer out to 12345 and its receipts', () => {
    /** A ticket routing gave back and the owner passed to a partner: its id and the transfer's. */
    const transferredOut = async (
      partner: '12345' | '12368' = '12345',
    ): Promise<{ id: string; transferId: string }> => {
      const created = await http<{ id: string }>(
        'POST',
        url('/api/v1/tickets'),
        nanhaiApplication(),
        await asUser('agent.gd'),
      );
      const id = created.body.id;
      await publish(TOPICS.routingDecisions, returnedToOwner(id));
      await statusBecomes(id, 'returned-to-owner');
      const response = await command(id, 'transfer', { partner, reason: 'not-ours', note: '属劳动保障监察事项' });
      expect(response.status).toBe(200);
      expect(response.body.transfers[0]).toMatchObject({
        receipt: 'awaiting-acceptance',
        acceptedAt: null,
        rejection: null,
        overdue: null,
        result: null,
      });
      return { id, transferId: response.body.transfers[0]!.transferId };
    };

    it('accepted, progress, result: the owner answers the caller, calls back and closes', async () => {
      const { id, transferId } = await transferredOut();
      await publish(TOPICS.partnerTransfers, transferAccepted(id, transferId));
      await publish(TOPICS.partnerTransfers, transferProgress(id, transferId));
      const result = transferResult(id, transferId);
      await publish(TOPICS.partnerTransfers, result);
      const ticket = await eventually(async () => {
        const current = await getTicket(id);
        expect(current.transfers[0]?.receipt).toBe('completed');
        return current;
      });
      expect(ticket.status).toBe('transferred-out');
      expect(ticket.transfers[0]).toMatchObject({
        acceptedAt: expect.any(String),
        partnerReference: '12345-FS-0042',
        result: {
          outcome: 'handled',
          actionTaken: '劳动监察已责令用人单位支付工资',
          replyToCaller: '已告知来电人劳动监察的处理结果',
          completedAt: expect.any(String),
        },
      });
      expect(ticket.timeline.slice(-3)).toEqual([
        expect.objectContaining({
          source: 'hotline-exchange',
          kind: 'partner-transfer.accepted.v1',
          actorOrganisationId: 'partner-hotline:12345',
          actor: '佛山市12345热线值班台',
          reason: null,
          note: '已受理',
        }),
        expect.objectContaining({
          kind: 'partner-transfer.progress-reported.v1',
          note: '已联系来电人，转人社部门处理',
        }),
        expect.objectContaining({
          kind: 'partner-transfer.result-reported.v1',
          reason: 'handled',
          note: '已告知来电人劳动监察的处理结果',
        }),
      ]);
      expect((await ownersList('agent.gd')).find((t) => t.id === id)?.waitingOn).toBe('owner');

      // A repeat of the result under another event id changes nothing.
      await publish(TOPICS.partnerTransfers, transferResult(id, transferId));
      await settle(1000);
      expect((await getTicket(id)).timeline).toHaveLength(ticket.timeline.length);

      expect((await command(id, 'answer', { answer: '已告知来电人劳动监察的处理结果' })).body.status).toBe(
        'follow-up-due',
      );
      expect((await command(id, 'follow-up', { result: 'resolved', satisfaction: 'satisfied' })).status).toBe(200);
      expect((await command(id, 'close')).body.status).toBe('closed');
    });

    it('rejected: back with the owner with the reason and the next step, a supervisor alerted; the owner passes it on', async () => {
      const { id, transferId } = await transferredOut();
      const rejection = transferRejected(id, transferId, '12345', 'outside-our-area', 'transfer-to-another-partner');
      await publish(TOPICS.partnerTransfers, rejection);
      const ticket = await statusBecomes(id, 'returned-to-owner');
      expect(ticket.transfers[0]).toMatchObject({
        receipt: 'rejected',
        rejection: {
          reason: 'outside-our-area',
          note: '属法律服务事项',
          suggestedNextStep: 'transfer-to-another-partner',
        },
      });
      expect(ticket.timeline.slice(-2)).toEqual([
        expect.objectContaining({
          kind: 'partner-transfer.rejected.v1',
          statusAfter: 'returned-to-owner',
          reason: 'outside-our-area',
          note: '属法律服务事项',
        }),
        expect.objectContaining({
          source: 'intake',
          kind: 'supervision.alert-raised.v1',
          reason: 'partner-transfer-returned',
        }),
      ]);

      const alert = await probe.waitForEvent(
        (e) =>
          e.type === 'supervision.alert-raised.v1' && e.subject === id && e.data.kind === 'partner-transfer-returned',
      );
      expect(alert).toMatchObject({
        source: 'intake',
        correlationId: rejection.correlationId,
        causationId: rejection.id,
        data: {
          severity: 'warning',
          agencyId: 'partner-hotline:12345',
          message: expect.stringContaining('12345 rejected the transfer'),
        },
      });
      const listed = await eventually(async () => {
        const response = await http<SupervisionAlertPageView>(
          'GET',
          url(`/api/v1/supervision/alerts?kind=partner-transfer-returned&ticketId=${id}`),
          undefined,
          await asUser('supervisor.gd'),
        );
        expect(response.body.total).toBe(1);
        return response.body;
      });
      expect(listed.items[0]).toMatchObject({
        severity: 'warning',
        message: expect.stringContaining('suggested next step: transfer-to-another-partner'),
      });

      const again = await command(id, 'transfer', { partner: '12368', reason: 'not-ours' });
      expect(again.status).toBe(200);
      expect(again.body.status).toBe('transferred-out');
      expect(again.body.transfers.map((t) => [t.partner, t.receipt])).toEqual([
        ['12345', 'rejected'],
        ['12368', 'awaiting-acceptance'],
      ]);
    });

    it('overdue: back with the owner; a late acceptance is recorded and the ticket stays with the owner', async () => {
      const { id, transferId } = await transferredOut();
      await publish(TOPICS.partnerTransfers, transferAcceptanceOverdue(id, transferId));
      await statusBecomes(id, 'returned-to-owner');
      await publish(TOPICS.partnerTransfers, transferAccepted(id, transferId, '12345', true));
      const ticket = await eventually(async () => {
        const current = await getTicket(id);
        expect(current.transfers[0]?.receipt).toBe('accepted');
        return current;
      });
      expect(ticket.status).toBe('returned-to-owner');
      expect(ticket.transfers[0]?.overdue).toMatchObject({ suggestedNextStep: 'call-the-partner' });
      expect(ticket.timeline.find((e) => e.kind === 'partner-transfer.acceptance-overdue.v1')).toMatchObject({
        actor: null,
        reason: 'acceptance-overdue',
        note: null,
      });
      expect(ticket.timeline.at(-1)).toMatchObject({
        kind: 'partner-transfer.accepted.v1',
        reason: 'late',
        note: '已受理',
      });
      expect((await command(id, 'answer', { answer: '已告知来电人12345已受理' })).body.status).toBe('follow-up-due');
    });

    it('records a result for a transfer it never heard of as news, without a dead letter', async () => {
      const { id } = await transferredOut();
      const unknownTransfer = randomUUID();
      const stray = transferResult(id, unknownTransfer);
      await publish(TOPICS.partnerTransfers, stray);
      const ticket = await eventually(async () => {
        const current = await getTicket(id);
        expect(current.timeline.at(-1)?.kind).toBe('partner-transfer.result-reported.v1');
        return current;
      });
      expect(ticket.status).toBe('transferred-out');
      expect(ticket.transfers).toHaveLength(1);
      expect(ticket.transfers[0]?.receipt).toBe('awaiting-acceptance');
      expect(ticket.timeline.at(-1)).toMatchObject({
        source: 'hotline-exchange',
        reason: 'handled',
        note: '已告知来电人劳动监察的处理结果',
      });
      expect(probe.messages.filter((m) => m.topic === TOPICS.deadLetters && m.key === unknownTransfer)).toEqual([]);
    });
  });

  it('backfills the tickets opened before: own ones from their first contact, forwards by their region, transfers with no receipt yet', async () => {
    const own = (
      await http<{ id: string }>('POST', url('/api/v1/tickets'), nanhaiApplication(), await asUser('agent.gz'))
    ).body.id;
    const guizhouForward = await forward({ regionCode: '520581' });
    const chosenForward = await forward({ responsibleOrganisationId: '12348-gz' });
    const withTransfer = (
      await svc.database.query<{ id: string }>(`SELECT id FROM tickets WHERE jsonb_array_length(transfers) > 0 LIMIT 1`)
    )[0]!.id;
    // Back to before the responsible platform: undo it and every migration added after it.
    const undone = svc.dataSource.migrations.filter((m) => Number(/\d{13}$/.exec(m.name ?? '')?.[0] ?? 0) >= 1795800000000).length;
    for (let i = 0; i < undone; i++) await svc.dataSource.undoLastMigration();
    const [legacy] = await svc.database.query(`SELECT transfers->0 AS transfer FROM tickets WHERE id = $1`, [
      withTransfer,
    ]);
    expect(legacy?.transfer).not.toHaveProperty('receipt');
    await svc.dataSource.runMigrations();

    const responsible = async (id: string) =>
      (
        await svc.database.query(
          `SELECT responsible_organisation_id AS id, responsible_organisation AS name, responsible_basis AS basis FROM tickets WHERE id = $1`,
          [id],
        )
      )[0];
    expect(await responsible(own)).toEqual({
      id: '12348-gz',
      name: '贵州省12348公共法律服务热线',
      basis: 'first-contact',
    });
    expect(await responsible(guizhouForward)).toEqual({
      id: '12348-gz',
      name: '贵州省12348公共法律服务热线',
      basis: 'region-platform',
    });
    // The partner's choice was not recorded before: the region decides.
    expect(await responsible(chosenForward)).toEqual({
      id: '12348-gd',
      name: '广东省12348公共法律服务热线',
      basis: 'region-platform',
    });
    expect((await getTicket(withTransfer)).transfers[0]).toMatchObject({
      receipt: 'awaiting-acceptance',
      acceptedAt: null,
      rejection: null,
      overdue: null,
      result: null,
    });
  });

  it('documents the responsible platform and the receipts in the OpenAPI document the clients are generated from', async () => {
    type Schema = {
      properties?: Record<string, { enum?: string[]; $ref?: string; nullable?: boolean; allOf?: unknown[] }>;
      required?: string[];
    };
    const document = await http<{ components: { schemas: Record<string, Schema> } }>('GET', url('/docs-json'));
    const { schemas } = document.body.components;
    expect(schemas.TicketSummaryView?.required).toContain('responsible');
    expect(schemas.ResponsibleView?.properties?.basis?.enum).toEqual([
      'first-contact',
      'region-platform',
      'partner-choice',
    ]);
    expect(schemas.TransferView?.properties?.receipt?.enum).toEqual([
      'awaiting-acceptance',
      'accepted',
      'rejected',
      'overdue',
      'completed',
    ]);
    expect(Object.keys(schemas.TransferView?.properties ?? {})).toEqual(
      expect.arrayContaining(['acceptedAt', 'rejection', 'overdue', 'result']),
    );
    expect(schemas.TransferRejectionView?.properties?.suggestedNextStep?.enum).toContain('route-to-a-body');
  });

  it('has migrations that match the entities', async () => {
    expect(await pendingSchemaChanges(svc.dataSource)).toEqual([]);
  });
});
