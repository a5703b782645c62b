import { describe, expect, it } from 'vitest';
import {
  beijingInstantOf,
  rotaRowsOf,
  shiftRequestOf,
  shiftTimeText,
  shiftTimesProblemOf,
  weekDaysOf,
  weekRangeOf,
  weekStartOf,
  type DutyShift,
  type DutyStaff,
} from './rota';

function aShift(overrides: Partial<DutyShift>): DutyShift {
  return {
    id: 'shift-1',
    personSubject: 'linxiao',
    personName: '林晓',
    organisationId: '12348-gd',
    platform: 'hotline',
    startsAt: '2026-12-07T00:30:00Z',
    endsAt: '2026-12-07T09:30:00Z',
    note: null,
    createdBy: '黄建华',
    ...overrides,
  };
}

function aPerson(subject: string, name: string): DutyStaff {
  return {
    subject,
    name,
    organisationId: '12348-gd',
    organisation: '广东省12348公共法律服务热线',
    platforms: ['hotline'],
    languages: ['zh-CN'],
    legalCategories: [],
    active: true,
    updatedAt: '2026-12-01T00:00:00Z',
  };
}

describe('the rota week', () => {
  it('starts on the Beijing Monday and covers seven days to the next Monday', () => {
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    expect(weekDaysOf('2026-12-07')).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    expect(weekRangeOf('2026-12-07')).toEqual({ from: '2026-12-07T00:00:00+08:00', to: '2026-12-14T00:00:00+08:00' });
  });

  it('puts each shift in its person’s row on its Beijing start day, people by name', () => {
    const days = weekDaysOf('2026-12-07');
    const rows = rotaRowsOf(
      [aPerson('linxiao', '林晓'), aPerson('huang', '黄建华')],
      [
        aShift({ id: 'late', startsAt: '2026-12-07T12:00:00Z', endsAt: '2026-12-07T23:00:00Z', platform: 'network' }),
        aShift({ id: 'early' }),
        aShift({
          id: 'gone',
          personSubject: 'left',
          personName: '杨敏',
          startsAt: '2026-12-08T01:00:00Z',
          endsAt: '2026-12-08T09:00:00Z',
        }),
      ],
      days,
    );
    expect(rows.map((row) => row.name)).toEqual(['黄建华', '林晓', '杨敏']);
    const linxiao = rows.find((row) => row.subject === 'linxiao')!;
    // 20:00 Beijing on the 7th is still the 7th.
    expect(linxiao.days['2026-12-07']!.map((shift) => shift.id)).toEqual(['early', 'late']);
    expect(rows.find((row) => row.subject === 'left')!.staff).toBeNull();
  });

  it('shows times in Beijing, marking a shift that ends the next day', () => {
    expect(shiftTimeText(aShift({}))).toBe('08:30–17:30');
    expect(shiftTimeText(aShift({ startsAt: '2026-12-07T12:00:00Z', endsAt: '2026-12-08T00:00:00Z' }))).toBe(
      '20:00–次日 08:00',
    );
  });
});

describe('a new shift', () => {
  it('reads the typed times as Beijing time', () => {
    expect(beijingInstantOf('2026-12-07T08:30')).toBe('2026-12-07T08:30:00+08:00');
    expect(
      shiftRequestOf({
        personSubject: 'linxiao',
        platform: 'network',
        startsAt: '2026-12-07T08:30',
        endsAt: '2026-12-07T17:30',
        note: ' ',
      }),
    ).toEqual({
      personSubject: 'linxiao',
      platform: 'network',
      startsAt: '2026-12-07T08:30:00+08:00',
      endsAt: '2026-12-07T17:30:00+08:00',
    });
  });

  it('is refused before sending when it ends first or lasts over 24 hours', () => {
    expect(shiftTimesProblemOf({ startsAt: '2026-12-07T08:30', endsAt: '2026-12-07T08:30' })).toBe(
      '结束时间必须晚于开始时间。',
    );
    expect(shiftTimesProblemOf({ startsAt: '2026-12-07T08:00', endsAt: '2026-12-08T08:01' })).toContain('24 小时');
    expect(shiftTimesProblemOf({ startsAt: '2026-12-07T20:00', endsAt: '2026-12-08T08:00' })).toBeNull();
  });
});
