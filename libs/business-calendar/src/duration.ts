import { addCalendarDays, addWorkingDays, type BusinessCalendar } from './calendar.js';

/**
 * How long a clock runs: "PT1H" (clock time), "P7D" (calendar days) or "P1WD" (working days,
 * an extension of ISO 8601 for the business calendar). Only one unit per duration keeps
 * configuration readable and the arithmetic unambiguous.
 */
export type ClockDuration = string;

const PATTERN = /^P(?:(\d+)(D|WD)|T(\d+)(H|M|S))$/;

export function isClockDuration(value: string): boolean {
  return PATTERN.test(value);
}

/** The instant a clock of this duration started at `start` falls due. */
export function dueAfter(calendar: BusinessCalendar, start: Date, duration: ClockDuration): Date {
  const match = PATTERN.exec(duration);
  if (!match) throw new RangeError(`"${duration}" is not a clock duration (e.g. PT1H, PT30M, P7D, P1WD)`);
  const [, days, dayUnit, time, timeUnit] = match;
  if (days !== undefined) {
    return dayUnit === 'WD' ? addWorkingDays(calendar, start, Number(days)) : addCalendarDays(start, Number(days));
  }
  const unitMs = timeUnit === 'H' ? 3_600_000 : timeUnit === 'M' ? 60_000 : 1000;
  return new Date(start.getTime() + Number(time) * unitMs);
}
