import { describe, expect, it } from '@jest/globals';
import { PartnerCaseError } from './partner-case.error.js';
import { checkCursorGiven, CURSOR_PATTERN, nextCursorOf, positionAfter } from './pull-feed.js';

describe(positionAfter.name, () => {
  it('starts from the first change without a cursor', () => {
    expect(positionAfter(undefined)).toBe(0n);
  });

  it('reads a cursor as its position, beyond the range of a JavaScript number', () => {
    expect(positionAfter('42')).toBe(42n);
    expect(positionAfter('900719925474099312')).toBe(900719925474099312n);
  });
});

describe(nextCursorOf.name, () => {
  it("continues after the page's last change", () => {
    expect(nextCursorOf(3n, [{ cursor: '4' }, { cursor: '5' }])).toBe('5');
  });

  it('stays where it was when nothing came after the cursor, so the next read sees what commits meanwhile', () => {
    expect(nextCursorOf(5n, [])).toBe('5');
    expect(nextCursorOf(0n, [])).toBe('0');
  });
});

describe(checkCursorGiven.name, () => {
  it('accepts any cursor up to the latest change', () => {
    expect(() => checkCursorGiven(0n, 0n)).not.toThrow();
    expect(() => checkCursorGiven(7n, 7n)).not.toThrow();
  });

  it('refuses a cursor the feed has not reached, naming after: reading on from it would skip changes', () => {
    const refusal = (() => {
      try {
        checkCursorGiven(8n, 7n);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(PartnerCaseError);
    expect(refusal).toMatchObject({ code: 'FEED.CURSOR_UNKNOWN', kind: 'invalid', field: 'after' });
  });
});

describe('CURSOR_PATTERN', () => {
  it.each(['0', '1', '42', '999999999999999999'])('takes %s', (cursor) => {
    expect(CURSOR_PATTERN.test(cursor)).toBe(true);
  });

  it.each(['', '-1', '01', '1.5', '2026-11-23T10:00:00+08:00', '1000000000000000000', ' 1'])('refuses %p', (cursor) => {
    expect(CURSOR_PATTERN.test(cursor)).toBe(false);
  });
});
