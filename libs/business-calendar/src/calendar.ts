/**
 * China's working-day calendar. Operational clocks (open a transfer work order within 1 working
 * day, answer the caller within 5 working days) count working days; statutory clocks count
 * calendar days. Public holidays and the make-up working days that move weekends around them
 * (调休) change every year, so they are data, not code.
 */
export interface CalendarYear {
  /** Local dates (Asia/Shanghai) that are days off although they are Monday to Friday, e.g. "2026-10-01". */
  holidays: string[];
  /** Local dates that are working days although they are Saturday or Sunday (调休上班). */
  makeUpWorkdays: string[];
}

export interface BusinessCalendar {
  /** IANA time zone of the local dates; the platform uses Asia/Shanghai. */
  timeZone: string;
  years: Record<string, CalendarYear>;
}

/**
 * 2026 as published by the General Office of the State Council (国务院办公厅关于2026年部分节假日安排的通知).
 * Configurable: deployments load their own file (see `loadCalendar`) when a year is added or corrected.
 */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  years: {
    '2026': {
      holidays: [
        '2026-01-01', '2026-01-02', '2026-01-03',
        '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
        '2026-04-04', '2026-04-05', '2026-04-06',
        '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
        '2026-06-19', '2026-06-20', '2026-06-21',
        '2026-09-25', '2026-09-26', '2026-09-27',
        '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
      ],
      makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
  },
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local calendar date of an instant, as "YYYY-MM-DD". */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/** Working day: a make-up working day, or a Monday-to-Friday that is not a public holiday. */
export function isWorkingDay(calendar: BusinessCalendar, instant: Date): boolean {
  const date = localDate(instant, calendar.timeZone);
  const year = calendar.years[date.slice(0, 4)];
  if (year?.makeUpWorkdays.includes(date)) return true;
  if (year?.holidays.includes(date)) return false;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

/** Local midnight (start of the day) of the instant's date in the calendar's time zone. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return new Date(`${localDate(instant, timeZone)}T00:00:00${offset === '' ? 'Z' : offset}`);
}

/**
 * The same local time `days` working days later. A start on a day off counts from the start of
 * the next working day, so a Saturday request given "1 working day" is due when Monday ends.
 */
export function addWorkingDays(calendar: BusinessCalendar, start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number >= 0, got ${days}`);
  let cursor = new Date(start);
  if (!isWorkingDay(calendar, cursor)) {
    do cursor = new Date(startOfLocalDay(cursor, calendar.timeZone).getTime() + DAY_MS);
    while (!isWorkingDay(calendar, cursor));
  }
  let remaining = days;
  while (remaining > 0) {
    cursor = new Date(cursor.getTime() + DAY_MS);
    if (isWorkingDay(calendar, cursor)) remaining -= 1;
  }
  return cursor;
}

/** Calendar days, for statutory clocks (Legal Aid Law Art. 43: 7 days to decide, 3 to assign). */
export function addCalendarDays(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}
