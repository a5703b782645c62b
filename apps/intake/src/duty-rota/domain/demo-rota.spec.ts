import { describe, expect, it } from '@jest/globals';
import { DEMO_DUTY_STAFF, demoShifts } from './demo-rota.js';
import { checkNewShift, isOnOnlineDuty, type Shift } from './rota.js';

describe(demoShifts.name, () => {
  const now = new Date('2026-11-23T10:00:00+08:00');
  const shifts: Shift[] = demoShifts(now).map((shift, i) => ({ ...shift, id: `s-${i}` }));

  it.each([
    ['12348-gd', '2026-11-16T03:00:00+08:00'],
    ['12348-gd', '2026-11-23T10:00:00+08:00'],
    ['12348-gd', '2026-11-23T23:30:00+08:00'],
    ['12348-gz', '2026-11-30T19:59:00+08:00'],
    ['12348-gz', '2026-11-30T20:00:00+08:00'],
  ])('keeps someone of %s on online duty at %s', (organisationId, instant) => {
    const people = DEMO_DUTY_STAFF.filter((p) => p.organisationId === organisationId);
    const onDuty = people.filter((p) =>
      isOnOnlineDuty(
        p,
        shifts.filter((s) => s.personSubject === p.subject),
        new Date(instant),
      ),
    );
    expect(onDuty).toHaveLength(1);
  });

  it('books nobody twice at once, on platforms they serve', () => {
    for (const [index, shift] of shifts.entries()) {
      const person = DEMO_DUTY_STAFF.find((p) => p.subject === shift.personSubject)!;
      expect(checkNewShift(shift, person, shifts.slice(0, index))).toBeNull();
    }
  });

  it('has a Cantonese speaker and a Chaoshan and Hakka speaker', () => {
    expect(DEMO_DUTY_STAFF.some((p) => p.languages.includes('yue'))).toBe(true);
    expect(DEMO_DUTY_STAFF.some((p) => p.languages.includes('nan-x-chaoshan') && p.languages.includes('hak'))).toBe(
      true,
    );
  });
});
