import { describe, expect, it } from '@jest/globals';
import { Open311Error } from './open311-error.js';
import { SEARCH_LIMIT, SEARCH_SPAN_MS, serviceRequestFilterOf, ticketStatusesOf } from './service-request-filter.js';

const now = new Date('2026-11-23T02:10:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

function refusalOf(act: () => unknown): Open311Error {
  try {
    act();
  } catch (error) {
    if (error instanceof Open311Error) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(serviceRequestFilterOf.name, () => {
  it('looks up ids alone when service_request_id is given, whatever else is', () => {
    const filter = serviceRequestFilterOf(
      {
        service_request_id: ['7D5B8A9E-2C1F-4F7A-9A63-1D2E3F4A5B6C', '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c'],
        status: ['closed'],
        start_date: 'not looked at',
      },
      now,
    );
    expect(filter).toEqual({ kind: 'ids', ticketIds: ['7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c'] });
  });

  it('searches the last 90 days, newest change first, when no time is given', () => {
    expect(serviceRequestFilterOf({}, now)).toEqual({
      kind: 'search',
      serviceCodes: null,
      statuses: null,
      requestedFrom: new Date(now.getTime() - SEARCH_SPAN_MS),
      requestedTo: null,
      updatedFrom: null,
      updatedBefore: null,
      order: 'newest-change-first',
      limit: SEARCH_LIMIT,
    });
  });

  it('polls by updated_after alone, oldest change first, over every requested time', () => {
    expect(serviceRequestFilterOf({ updated_after: '2026-11-23T10:00:00+08:00' }, now)).toMatchObject({
      requestedFrom: null,
      requestedTo: null,
      updatedFrom: new Date('2026-11-23T02:00:00.000Z'),
      order: 'oldest-change-first',
    });
  });

  it('reaches 90 days from a single bound of requested_datetime', () => {
    expect(serviceRequestFilterOf({ start_date: '2026-01-01T00:00:00Z' }, now)).toMatchObject({
      requestedFrom: new Date('2026-01-01T00:00:00Z'),
      requestedTo: new Date(Date.parse('2026-01-01T00:00:00Z') + 90 * DAY),
    });
    expect(serviceRequestFilterOf({ end_date: '2026-04-01T00:00:00Z' }, now)).toMatchObject({
      requestedFrom: new Date(Date.parse('2026-04-01T00:00:00Z') - 90 * DAY),
      requestedTo: new Date('2026-04-01T00:00:00Z'),
    });
  });

  it('takes a range of exactly 90 days and refuses a longer one, naming end_date', () => {
    expect(
      serviceRequestFilterOf({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:00Z' }, now),
    ).toMatchObject({ kind: 'search' });
    expect(
      refusalOf(() =>
        serviceRequestFilterOf({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:01Z' }, now),
      ),
    ).toMatchObject({
      code: 'OPEN311.DATE_RANGE_TOO_LONG',
      status: 400,
      field: 'end_date',
    });
  });

  it('refuses ranges that end before they start', () => {
    expect(
      refusalOf(() =>
        serviceRequestFilterOf({ start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' }, now),
      ).field,
    ).toBe('end_date');
    expect(
      refusalOf(() =>
        serviceRequestFilterOf({ updated_after: '2026-02-01T00:00:00Z', updated_before: '2026-01-01T00:00:00Z' }, now),
      ).field,
    ).toBe('updated_before');
  });

  it('filters by service codes and by the platform statuses behind open or closed', () => {
    expect(
      serviceRequestFilterOf({ service_code: ['consultation', 'consultation'], status: ['closed'] }, now),
    ).toMatchObject({
      serviceCodes: ['consultation'],
      statuses: ['closed', 'merged'],
    });
  });
});

describe(ticketStatusesOf.name, () => {
  it('splits every platform status between open and closed', () => {
    const open = ticketStatusesOf(['open']);
    const closed = ticketStatusesOf(['closed']);

    expect(closed).toEqual(['closed', 'merged']);
    expect(open).toContain('returned-to-owner');
    expect(ticketStatusesOf(['open', 'closed'])).toHaveLength(open.length + closed.length);
  });
});
