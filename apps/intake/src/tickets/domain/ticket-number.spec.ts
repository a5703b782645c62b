import { describe, expect, it } from '@jest/globals';
import { formatTicketNumber, shanghaiDate, TICKET_NUMBER_SEARCH, ticketNumberSearchOf } from './ticket-number.js';

describe(formatTicketNumber.name, () => {
  const sut = formatTicketNumber;

  it('numbers a ticket opened in the afternoon in Beijing with that day and a six-digit sequence', () => {
    expect(sut(new Date('2026-11-23T07:30:00Z'), 42)).toBe('12348-20261123-000042');
  });

  it.each([
    ['2026-11-22T15:59:59.999Z', '20261122'],
    ['2026-11-22T16:00:00.000Z', '20261123'],
    ['2026-12-31T16:00:00.000Z', '20270101'],
    ['2027-02-28T17:00:00.000Z', '20270301'],
  ])('dates an opening at %s (UTC) as %s in Asia/Shanghai', (instant, date) => {
    expect(sut(new Date(instant), 1)).toBe(`12348-${date}-000001`);
    expect(shanghaiDate(new Date(instant))).toBe(date);
  });

  it('lets the sequence grow past six digits instead of wrapping', () => {
    expect(sut(new Date('2026-11-23T00:00:00Z'), 1_234_567)).toBe('12348-20261123-1234567');
  });

  it.each([0, -1, 1.5])('refuses the sequence number %d', (sequenceNumber) => {
    expect(() => sut(new Date(), sequenceNumber)).toThrow(RangeError);
  });
});

describe(ticketNumberSearchOf.name, () => {
  const sut = ticketNumberSearchOf;

  it('searches a complete number exactly, and a leading part as a prefix', () => {
    expect(sut('12348-20261123-000042')).toEqual({ kind: 'exact', ticketNumber: '12348-20261123-000042' });
    expect(sut('12348-20261123-1000000')).toEqual({ kind: 'exact', ticketNumber: '12348-20261123-1000000' });
    expect(sut('12348-20261123-0000')).toEqual({ kind: 'prefix', prefix: '12348-20261123-0000' });
    expect(sut('12348-202611')).toEqual({ kind: 'prefix', prefix: '12348-202611' });
  });

  it.each(['12348-2', '12348-20261123', '12348-20261123-', '12348-20261123-00004', '12348-20261123-000042'])('accepts %s as a number or its leading part', (typed) => {
    expect(TICKET_NUMBER_SEARCH.test(typed)).toBe(true);
  });

  it.each(['', '1234', '12348', '12348-', '000042', '12348-202611230', '12348-20261123-00a', '12348-20261123-000042%', '12348_2026'])(
    'refuses %s: not the leading part of a ticket number',
    (typed) => {
      expect(TICKET_NUMBER_SEARCH.test(typed)).toBe(false);
    },
  );
});
