import { describe, expect, it } from '@jest/globals';
import { isInstant } from './validators.js';

describe(isInstant.name, () => {
  it.each([
    ['an instant with an offset', '2026-11-23T10:00:00+08:00', true],
    ['UTC with fractions', '2026-11-23T02:00:00.123Z', true],
    ['the leap day of a leap year', '2028-02-29T00:00:00Z', true],
    ['30 February', '2026-02-30T00:00:00+08:00', false],
    ['29 February of a common year', '2026-02-29T00:00:00Z', false],
    ['hour 25', '2026-11-23T25:00:00Z', false],
    ['no offset', '2026-11-23T10:00:00', false],
    ['a date alone', '2026-11-23', false],
  ])('%s', (_case, value, valid) => {
    expect(isInstant(value)).toBe(valid);
  });
});
