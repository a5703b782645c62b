import { describe, expect, it } from '@jest/globals';
import { canonicalLanguages, checkNewShift, isOnOnlineDuty, leastLoadedFirst, overlaps, type Shift } from './rota.js';

const at = (local: string) => new Date(`${local}+08:00`);
const shift = (id: string, platform: Shift['platform'], from: string, to: string, personSubject = 'p-1'): Shift => ({
  id,
  personSubject,
  platform,
  startsAt: at(from),
  endsAt: at(to),
});
const person = { platforms: ['hotline', 'network'] as const, active: true };

describe(overlaps.name, () => {
  it.each([
    ['back to back', '2026-11-23T08:00', '2026-11-23T20:00', '2026-11-23T20:00', '2026-11-24T08:00', false],
    ['one minute over', '2026-11-23T08:00', '2026-11-23T20:01', '2026-11-23T20:00', '2026-11-24T08:00', true],
    ['one inside the other', '2026-11-23T08:00', '2026-11-23T20:00', '2026-11-23T10:00', '2026-11-23T12:00', true],
    ['apart', '2026-11-23T08:00', '2026-11-23T12:00', '2026-11-23T13:00', '2026-11-23T17:00', false],
  ])('%s', (_case, aFrom, aTo, bFrom, bTo, expected) => {
    expect(overlaps(shift('a', 'hotline', aFrom, aTo), shift('b', 'hotline', bFrom, bTo))).toBe(expected);
  });
});

describe(checkNewShift.name, () => {
  const existing = [shift('day', 'hotline', '2026-11-23T08:00', '2026-11-23T20:00')];
  const candidate = (from: string, to: string, platform: Shift['platform'] = 'network') => ({
    personSubject: 'p-1',
    platform,
    startsAt: at(from),
    endsAt: at(to),
  });

  it('accepts a shift right after another', () => {
    expect(checkNewShift(candidate('2026-11-23T20:00', '2026-11-24T08:00'), person, existing)).toBeNull();
  });

  it.each([
    [
      'ends before it starts',
      candidate('2026-11-24T08:00', '2026-11-23T20:00'),
      'DUTY_ROTA.ENDS_BEFORE_STARTS',
      'endsAt',
      'invalid',
    ],
    [
      'ends as it starts',
      candidate('2026-11-24T08:00', '2026-11-24T08:00'),
      'DUTY_ROTA.ENDS_BEFORE_STARTS',
      'endsAt',
      'invalid',
    ],
    [
      'lasts over a day',
      candidate('2026-11-24T08:00', '2026-11-25T08:01'),
      'DUTY_ROTA.SHIFT_TOO_LONG',
      'endsAt',
      'invalid',
    ],
    [
      'is on a platform the person does not serve',
      candidate('2026-11-24T08:00', '2026-11-24T12:00', 'station'),
      'DUTY_ROTA.PLATFORM_NOT_SERVED',
      'platform',
      'invalid',
    ],
    [
      'overlaps the person’s day shift (on another platform too)',
      candidate('2026-11-23T19:00', '2026-11-23T23:00'),
      'DUTY_ROTA.SHIFT_OVERLAPS',
      'startsAt',
      'conflict',
    ],
  ])('refuses a shift that %s', (_case, shiftToAdd, code, field, kind) => {
    expect(checkNewShift(shiftToAdd, person, existing)).toMatchObject({ code, field, kind });
  });

  it('names the clashing shift', () => {
    expect(checkNewShift(candidate('2026-11-23T19:00', '2026-11-23T23:00'), person, existing)?.message).toContain(
      'day',
    );
  });

  it('ignores other people’s shifts', () => {
    const colleagues = [shift('other', 'network', '2026-11-23T08:00', '2026-11-23T20:00', 'p-2')];
    expect(checkNewShift(candidate('2026-11-23T10:00', '2026-11-23T12:00'), person, colleagues)).toBeNull();
  });

  it('refuses a shift for someone inactive', () => {
    expect(
      checkNewShift(candidate('2026-11-24T08:00', '2026-11-24T12:00'), { ...person, active: false }, []),
    ).toMatchObject({ code: 'DUTY_ROTA.PERSON_INACTIVE' });
  });
});

describe(isOnOnlineDuty.name, () => {
  const shifts = [
    shift('h', 'hotline', '2026-11-23T08:00', '2026-11-23T20:00'),
    shift('s', 'station', '2026-11-24T09:00', '2026-11-24T17:00'),
  ];
  it.each([
    ['at the start of a hotline shift', '2026-11-23T08:00', true],
    ['a minute before it ends', '2026-11-23T19:59', true],
    ['when it ends', '2026-11-23T20:00', false],
    ['before it', '2026-11-23T07:59', false],
    ['on a station shift (at a counter, away from the queue)', '2026-11-24T10:00', false],
  ])('%s: %s', (_case, instant, expected) => {
    expect(isOnOnlineDuty({ active: true }, shifts, at(instant))).toBe(expected);
  });

  it('counts a network shift as online duty', () => {
    expect(
      isOnOnlineDuty(
        { active: true },
        [shift('n', 'network', '2026-11-23T08:00', '2026-11-23T20:00')],
        at('2026-11-23T12:00'),
      ),
    ).toBe(true);
  });

  it('never for someone off the rota or inactive', () => {
    expect(isOnOnlineDuty(null, shifts, at('2026-11-23T12:00'))).toBe(false);
    expect(isOnOnlineDuty({ active: false }, shifts, at('2026-11-23T12:00'))).toBe(false);
  });
});

describe(canonicalLanguages.name, () => {
  it('stores aliases as their language, once', () => {
    expect(canonicalLanguages(['zh', 'zh-HK', 'yue'])).toEqual({ ok: true, languages: ['zh-CN', 'yue'] });
  });

  it('names the languages it does not know', () => {
    const result = canonicalLanguages(['zh-CN', 'klingon']);
    expect(result).toMatchObject({ ok: false, problem: { code: 'DUTY_ROTA.UNKNOWN_LANGUAGE', field: 'languages' } });
    expect(!result.ok && result.problem.message).toContain('klingon');
  });
});

describe(leastLoadedFirst.name, () => {
  it('puts the person holding the fewest questions first', () => {
    const people = [
      { name: '林晓', openClaims: 2 },
      { name: '黄建华', openClaims: 0 },
      { name: '杨敏', openClaims: 1 },
    ];
    expect(leastLoadedFirst(people).map((p) => p.openClaims)).toEqual([0, 1, 2]);
  });
});
