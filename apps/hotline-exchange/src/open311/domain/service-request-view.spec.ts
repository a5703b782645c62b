import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES, type TicketStatus } from '@legal-hotline/contracts';
import { chinaStandardTime, PLATFORM_NAME, serviceRequestOf, type TrackedCase } from './service-request-view.js';

const aTrackedCase = (overrides: Partial<TrackedCase> = {}): TrackedCase => ({
  ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
  ticketNumber: '12348-20261123-000042',
  partnerReference: '110-FS-20261123-0099',
  status: 'accepted',
  handlerName: '南海区法律援助中心',
  receivedAt: new Date('2026-11-23T02:10:00.000Z'),
  updatedAt: new Date('2026-11-23T02:20:00.000Z'),
  serviceCode: 'legal-aid-application',
  updates: [
    { at: new Date('2026-11-23T02:10:00.000Z'), status: 'received', note: 'Received from 110 as 110-FS-20261123-0099' },
    {
      at: new Date('2026-11-23T02:15:01.000Z'),
      status: 'awaiting-acceptance',
      note: 'Sent to 南海区法律援助中心 for acceptance',
    },
    { at: new Date('2026-11-23T02:20:00.000Z'), status: 'accepted', note: 'Accepted by 南海区法律援助中心' },
  ],
  ...overrides,
});

describe(serviceRequestOf.name, () => {
  it("maps the partner's case view onto an Open311 service request, times in China Standard Time", () => {
    expect(serviceRequestOf(aTrackedCase())).toEqual({
      service_request_id: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      status: 'open',
      status_notes: 'Accepted by 南海区法律援助中心',
      service_name: '法律援助申请',
      service_code: 'legal-aid-application',
      description: null,
      agency_responsible: '南海区法律援助中心',
      service_notice: expect.stringContaining('七日内'),
      requested_datetime: '2026-11-23T10:10:00.000+08:00',
      updated_datetime: '2026-11-23T10:20:00.000+08:00',
      expected_datetime: null,
      address: null,
      zipcode: null,
      lat: null,
      long: null,
      media_url: null,
      extended_attributes: {
        status: 'accepted',
        ticket_number: '12348-20261123-000042',
        partner_reference: '110-FS-20261123-0099',
        updates: [
          {
            at: '2026-11-23T10:10:00.000+08:00',
            status: 'received',
            note: 'Received from 110 as 110-FS-20261123-0099',
          },
          {
            at: '2026-11-23T10:15:01.000+08:00',
            status: 'awaiting-acceptance',
            note: 'Sent to 南海区法律援助中心 for acceptance',
          },
          { at: '2026-11-23T10:20:00.000+08:00', status: 'accepted', note: 'Accepted by 南海区法律援助中心' },
        ],
      },
    });
  });

  const coarse: Record<TicketStatus, 'open' | 'closed'> = {
    received: 'open',
    'at-desk': 'open',
    routed: 'open',
    'awaiting-acceptance': 'open',
    accepted: 'open',
    'in-progress': 'open',
    answered: 'open',
    'follow-up-due': 'open',
    closed: 'closed',
    reopened: 'open',
    'returned-to-owner': 'open',
    'transferred-out': 'open',
    merged: 'closed',
  };

  it.each(TICKET_STATUSES.map((status) => [status, coarse[status]] as const))(
    'reports %s as Open311 %s, keeping it as the extended status',
    (status, expected) => {
      const request = serviceRequestOf(aTrackedCase({ status }));
      expect(request.status).toBe(expected);
      expect(request.extended_attributes.status).toBe(status);
    },
  );

  it('names the 12348 platform as responsible while no receiving body holds the case', () => {
    expect(serviceRequestOf(aTrackedCase({ handlerName: null, status: 'returned-to-owner' })).agency_responsible).toBe(
      PLATFORM_NAME,
    );
  });

  it('names no service for a case forwarded through the partner API, which chose none', () => {
    expect(serviceRequestOf(aTrackedCase({ serviceCode: null }))).toMatchObject({
      service_code: null,
      service_name: null,
      service_notice: null,
    });
  });

  it('has no notes before the first update', () => {
    expect(serviceRequestOf(aTrackedCase({ updates: [] })).status_notes).toBeNull();
  });
});

describe(chinaStandardTime.name, () => {
  it('writes an instant with +08:00, crossing the date line of UTC', () => {
    expect(chinaStandardTime(new Date('2026-11-23T17:30:00.123Z'))).toBe('2026-11-24T01:30:00.123+08:00');
    expect(Date.parse(chinaStandardTime(new Date('2026-11-23T17:30:00.123Z')))).toBe(
      Date.parse('2026-11-23T17:30:00.123Z'),
    );
  });
});
