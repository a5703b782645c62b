import { describe, expect, it } from '@jest/globals';
import { hasBegun, inspectionPeriodOf } from './inspection-period.js';

describe(inspectionPeriodOf.name, () => {
  it('reads a month as Asia/Shanghai instants, the end excluded', () => {
    expect(inspectionPeriodOf('2026-11')).toEqual({
      period: '2026-11',
      startsAt: new Date('2026-11-01T00:00:00+08:00'),
      endsBefore: new Date('2026-12-01T00:00:00+08:00'),
    });
    expect(inspectionPeriodOf('2026-12')?.endsBefore).toEqual(new Date('2027-01-01T00:00:00+08:00'));
  });

  it.each(['2026-13', '2026-00', '2026-1', '202611', '2026-11-01', ''])('refuses %j', (text) => {
    expect(inspectionPeriodOf(text)).toBeNull();
  });
});

describe(hasBegun.name, () => {
  it('has begun from its first instant in Shanghai', () => {
    const november = inspectionPeriodOf('2026-11')!;
    expect(hasBegun(november, new Date('2026-10-31T15:59:59Z'))).toBe(false);
    expect(hasBegun(november, new Date('2026-10-31T16:00:00Z'))).toBe(true);
  });
});
