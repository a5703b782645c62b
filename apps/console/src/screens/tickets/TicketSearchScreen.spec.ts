import { describe, expect, it } from 'vitest';
import { regionPrefixOf, searchQueryOf } from './TicketSearchScreen';

describe('ticket search', () => {
  it('searches a region by the prefix its code stands for', () => {
    expect(regionPrefixOf('440000')).toBe('44');
    expect(regionPrefixOf('440600')).toBe('4406');
    expect(regionPrefixOf('440605')).toBe('440605');
    expect(regionPrefixOf('440605011')).toBe('440605011');
  });

  it('leaves empty fields out and sends the phone as digits', () => {
    expect(searchQueryOf({ ticketNumber: ' 12348-2026 ', callerPhone: '138 1234 5678', region: ['440000', '440600'], status: '' }, 2)).toEqual({
      page: 2,
      pageSize: 20,
      ticketNumber: '12348-2026',
      callerPhone: '13812345678',
      regionCode: '4406',
    });
  });

  it('lists the sampled desk tickets still waiting for their follow-up call', () => {
    expect(searchQueryOf({ callbacks: true }, 1)).toEqual({
      page: 1,
      pageSize: 20,
      handling: 'desk',
      followUpSampled: 'true',
      followUpRecorded: 'false',
    });
  });
});
