import { readFileSync } from 'node:fs';
import { DEFAULT_CALENDAR, type BusinessCalendar } from './calendar.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a calendar file (same shape as DEFAULT_CALENDAR) or returns the default. A year in the
 * file replaces the default's year; other default years stay.
 */
export function loadCalendar(file: string | undefined): BusinessCalendar {
  if (!file) return DEFAULT_CALENDAR;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BusinessCalendar>;
  for (const [year, days] of Object.entries(parsed.years ?? {})) {
    for (const date of [...days.holidays, ...days.makeUpWorkdays]) {
      if (!DATE.test(date) || !date.startsWith(year)) throw new Error(`${file}: "${date}" is not a date of ${year}`);
    }
  }
  return { timeZone: parsed.timeZone ?? DEFAULT_CALENDAR.timeZone, years: { ...DEFAULT_CALENDAR.years, ...parsed.years } };
}
