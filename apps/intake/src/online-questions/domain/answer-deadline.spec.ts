import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CALENDAR } from '@legal-hotline/business-calendar';
import { answerDueAt, parseOfficeHours, type OfficeHours } from './answer-deadline.js';

const at = (local: string) => new Date(`${local}+08:00`);
const office = (text: string): OfficeHours => {
  const parsed = parseOfficeHours(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.hours;
};

describe(answerDueAt.name, () => {
  const day = office('08:30-17:30');
  const split = office('08:30-12:00,13:30-17:30');

  it.each([
    ['within the same working day', day, '2026-11-23T09:00', 4, '2026-11-23T13:00'],
    ['into the next working day', day, '2026-11-23T16:00', 4, '2026-11-24T11:00'],
    ['from the evening: counting starts when the office opens', day, '2026-11-23T21:00', 4, '2026-11-24T12:30'],
    ['from Friday afternoon over the weekend', day, '2026-11-27T16:30', 4, '2026-11-30T11:30'],
    ['from Saturday', day, '2026-11-28T10:00', 4, '2026-11-30T12:30'],
    ['over the lunch break', split, '2026-11-23T11:00', 2, '2026-11-23T14:30'],
    ['arriving at lunch', split, '2026-11-23T12:30', 1, '2026-11-23T14:30'],
    ['ending exactly at closing time', day, '2026-11-23T13:30', 4, '2026-11-23T17:30'],
    ['over the National Day holiday (1-7 October 2026)', day, '2026-09-30T16:30', 4, '2026-10-08T11:30'],
    ['on a make-up working day (Saturday 10 October 2026, 调休)', day, '2026-10-10T09:00', 2, '2026-10-10T11:00'],
    ['several days of hours', day, '2026-11-23T08:30', 20, '2026-11-25T10:30'],
  ])('%s', (_case, hours, received, workingHours, due) => {
    expect(answerDueAt(DEFAULT_CALENDAR, hours, at(received), workingHours)).toEqual(at(due));
  });

  it('is due at once for 0 hours, even at night', () => {
    expect(answerDueAt(DEFAULT_CALENDAR, day, at('2026-11-28T23:00'), 0)).toEqual(at('2026-11-28T23:00'));
  });

  it('takes fractions of an hour', () => {
    expect(answerDueAt(DEFAULT_CALENDAR, day, at('2026-11-23T09:00'), 1.5)).toEqual(at('2026-11-23T10:30'));
  });
});

describe(parseOfficeHours.name, () => {
  it('reads spans in order', () => {
    expect(parseOfficeHours('08:30-12:00, 13:30-24:00')).toEqual({
      ok: true,
      hours: [
        { fromMinute: 510, toMinute: 720 },
        { fromMinute: 810, toMinute: 1440 },
      ],
    });
  });

  it.each([['8:30-17:30'], ['17:30-08:30'], ['08:30-12:00,11:00-17:30'], ['13:00-17:00,08:00-12:00'], ['']])(
    'refuses %j',
    (text) => {
      expect(parseOfficeHours(text).ok).toBe(false);
    },
  );
});
