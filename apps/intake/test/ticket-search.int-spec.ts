import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@legal-hotline/contracts';
import type { ErrorBody } from '@legal-hotline/service-runtime';
import {
  asUser,
  eventually,
  http,
  KafkaProbe,
  startTestService,
  type DemoUser,
  type TestService,
} from '@legal-hotline/testing';
import type { AccessTrailPageView } from '../src/caller-access/caller-access.dto.js';
import { intakeService, type IntakeConfig } from '../src/intake.service-definition.js';
import type { OpenedTicketView, TicketPageView } from '../src/tickets/ticket-view.dto.js';
import { identityOf } from './fixtures/identities.js';
import { nanhaiApplication, partnerCaseReceived, TEST_CALLER_HASH_KEY } from './fixtures/platform-events.js';

const CHEN = '13812345678';
const GUIYANG_APPLICATION = {
  regionCode: '520102016',
  matterLocation: { arosenInRegionCode: '520102016' },
  summary: '在贵阳市南明区务工被拖欠工资，申请法律援助。',
};

describe('intake: finding tickets by number and by the caller’s phone', () => {
  let svc: TestService<IntakeConfig>;
  let probe: KafkaProbe;
  const url = (path: string) => `${svc.url}${path}`;

  /**
   * Chen's ticket at 12348-gd, another caller's at 12348-gd, Chen's at 12348-gz (watched by
   * 12348-gd), and a 12345 forward of another caller in Nanhai, which 12348-gd answers.
   */
  let chenGd: OpenedTicketView;
  let otherGd: OpenedTicketView;
  let chenGz: OpenedTicketView;
  const forwardedId = randomUUID();

  const open = async (user: DemoUser, overrides: Record<string, unknown>): Promise<OpenedTicketView> => {
    const response = await http<OpenedTicketView>(
      'POST',
      url('/api/v1/tickets'),
      nanhaiApplication(overrides),
      await asUser(user),
    );
    expect(response.status).toBe(201);
    return response.body;
  };
  const search = async (user: DemoUser, query: Record<string, string>) =>
    http<TicketPageView & ErrorBody>(
      'GET',
      url(`/api/v1/tickets?${new URLSearchParams(query).toString()}`),
      undefined,
      await asUser(user),
    );
  const found = async (user: DemoUser, query: Record<string, string>): Promise<string[]> => {
    const response = await search(user, query);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(response.body.items.length);
    return response.body.items.map((item) => item.id).sort();
  };
  const searchRecords = async (): Promise<Record<string, unknown>[]> =>
    svc.database.query(
      `SELECT ticket_id, accessor_organisation_id, fields, purpose FROM pii_access_trail WHERE purpose = 'search' ORDER BY accessed_at, ticket_id`,
    );

  beforeAll(async () => {
    probe = await KafkaProbe.start();
    svc = await startTestService(intakeService, {
      env: { REGION_PROVINCES: '44,52', CALLER_HASH_KEY: TEST_CALLER_HASH_KEY },
    });
    chenGd = await open('agent.gd', {});
    otherGd = await open('agent.gd', {
      caller: { name: '黄小玲', phone: '13900001111', language: 'zh-CN' },
      channel: 'web',
    });
    chenGz = await open('agent.gz', GUIYANG_APPLICATION);
    const referral = {
      organisationId: '12348-gd',
      organisationName: '广东省12348公共法律服务热线',
      reason: '来电人在佛山务工，请广东热线知悉',
    };
    expect(
      (await http('POST', url(`/api/v1/tickets/${chenGz.id}/referrals`), referral, await asUser('agent.gz'))).status,
    ).toBe(201);
    await probe.publishEvent(TOPICS.partnerCases, partnerCaseReceived(forwardedId, '12345'));
    await eventually(async () =>
      expect((await svc.database.query('SELECT 1 FROM tickets WHERE id = $1', [forwardedId])).length).toBe(1),
    );
  });

  afterAll(async () => {
    await svc?.stop();
    await probe?.stop();
  });

  describe('by the caller’s phone', () => {
    it('finds the tickets the agent’s organisation is responsible for, by the keyed hash, however the number is written', async () => {
      expect(await found('agent.gd', { callerPhone: CHEN })).toEqual([chenGd.id]);
      expect(await found('agent.gd', { callerPhone: '+86 138-1234-5678' })).toEqual([chenGd.id]);
      expect(await found('lead.gd', { callerPhone: '8613812345678' })).toEqual([chenGd.id]);
      expect(await found('agent.gz', { callerPhone: CHEN })).toEqual([chenGz.id]);
    });

    it('finds a partner’s forward for the platform that answers it, not for another', async () => {
      expect(await found('agent.gd', { callerPhone: '13765002345' })).toEqual([forwardedId]);
      expect(await found('agent.gz', { callerPhone: '13765002345' })).toEqual([]);
    });

    it('does not find what the organisation only watches, though its list shows it: watchers see the caller masked', async () => {
      expect(await found('agent.gd', {})).toContain(chenGz.id);
      expect(await found('agent.gd', { callerPhone: CHEN })).not.toContain(chenGz.id);
    });

    it('answers the tickets masked, with no trace of the number', async () => {
      const response = await search('agent.gd', { callerPhone: CHEN });
      expect(response.body.items).toEqual([
        expect.objectContaining({ id: chenGd.id, ticketNumber: chenGd.ticketNumber }),
      ]);
      expect(JSON.stringify(response.body)).not.toContain(CHEN);
    });

    it('combines with the other filters', async () => {
      expect(
        await found('agent.gd', { callerPhone: CHEN, status: 'received', regionCode: '4406', channel: 'hotline' }),
      ).toEqual([chenGd.id]);
      expect(await found('agent.gd', { callerPhone: CHEN, regionCode: '52' })).toEqual([]);
      expect(await found('agent.gd', { callerPhone: CHEN, ticketNumber: otherGd.ticketNumber })).toEqual([]);
    });

    it('writes each ticket shown to the access trail with purpose search, and nothing for a search that found none', async () => {
      const before = (await searchRecords()).length;
      await found('agent.gd', { callerPhone: CHEN });
      await found('agent.gd', { callerPhone: '13700000000' });
      const records = await searchRecords();
      expect(records.slice(before)).toEqual([
        { ticket_id: chenGd.id, accessor_organisation_id: '12348-gd', fields: ['phone'], purpose: 'search' },
      ]);
    });

    it('shows the searches to the area’s supervisor in the trail: who, which ticket, when, why', async () => {
      const agent = await identityOf('agent.gd');
      const trail = await http<AccessTrailPageView>(
        'GET',
        url(`/api/v1/pii-access-trail?ticketId=${chenGd.id}`),
        undefined,
        await asUser('supervisor.foshan'),
      );
      expect(trail.status).toBe(200);
      expect(trail.body.items[0]).toEqual({
        id: expect.any(String),
        ticketId: chenGd.id,
        accessedBy: {
          subject: agent.subject,
          name: agent.name,
          organisationId: '12348-gd',
          organisation: agent.organisation,
        },
        fields: ['phone'],
        purpose: 'search',
        accessedAt: expect.any(String),
      });
    });

    it.each<DemoUser>(['staff.nanhai', 'supervisor.gd', 'supervisor.foshan'])(
      'refuses %s, who sees callers masked: 403 naming callerPhone, recording nothing',
      async (user) => {
        const before = (await searchRecords()).length;
        const response = await search(user, { callerPhone: CHEN });
        expect(response.status).toBe(403);
        expect(response.body.errors).toEqual([
          {
            field: 'callerPhone',
            code: 'PII.NOT_ENTITLED',
            description: expect.stringContaining('hotline agents and leads'),
          },
        ]);
        expect(await searchRecords()).toHaveLength(before);
      },
    );

    it.each(['1381234567', '138-1234-567a', '12345', ''])(
      'answers 400 naming callerPhone for %j, recording nothing',
      async (callerPhone) => {
        const before = (await searchRecords()).length;
        const response = await search('agent.gd', { callerPhone });
        expect(response.status).toBe(400);
        expect(response.body.errors.map((error) => error.field)).toEqual(['callerPhone']);
        expect(await searchRecords()).toHaveLength(before);
      },
    );
  });

  describe('by ticket number', () => {
    it('finds one ticket by its whole number, within the reader’s scope only', async () => {
      expect(await found('agent.gd', { ticketNumber: chenGd.ticketNumber })).toEqual([chenGd.id]);
      expect(await found('supervisor.foshan', { ticketNumber: chenGd.ticketNumber })).toEqual([chenGd.id]);
      expect(await found('staff.nanhai', { ticketNumber: chenGd.ticketNumber })).toEqual([]);
      expect(await found('agent.gz', { ticketNumber: chenGd.ticketNumber })).toEqual([]);
      expect(await found('supervisor.foshan', { ticketNumber: chenGz.ticketNumber })).toEqual([]);
    });

    it('finds every ticket whose number starts with a leading part, combined with the other filters', async () => {
      const day = chenGd.ticketNumber.slice(0, '12348-YYYYMMDD'.length);
      const visibleToGd = [chenGd.id, otherGd.id, chenGz.id, forwardedId].sort();
      expect(await found('agent.gd', { ticketNumber: day })).toEqual(visibleToGd);
      expect(await found('agent.gd', { ticketNumber: `${day}-` })).toEqual(visibleToGd);
      expect(await found('agent.gd', { ticketNumber: day.slice(0, 10) })).toEqual(visibleToGd);
      expect(await found('agent.gd', { ticketNumber: day, channel: 'web' })).toEqual([otherGd.id]);
      expect(await found('agent.gd', { ticketNumber: '12348-1999' })).toEqual([]);
    });

    it.each(['000042', '12348', '12348-', '12348-2026%', '12348-20261123-00004_', ' 12348-2026'])(
      'answers 400 naming ticketNumber for %j',
      async (ticketNumber) => {
        const response = await search('agent.gd', { ticketNumber });
        expect(response.status).toBe(400);
        expect(response.body.errors.map((error) => error.field)).toEqual(['ticketNumber']);
      },
    );
  });
});
