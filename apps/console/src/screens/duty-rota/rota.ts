import dayjs from 'dayjs';
import type { components } from '../../api/generated/intake';
import { DUTY_LANGUAGE_LABELS, labelOf } from '../../i18n/labels';
import { shanghai, ZONE } from '../../lib/time';

// The duty rota (值班排班) as a week grid: one row per person, one column per Beijing day, the
// three platforms' shifts together (同步值班). Pure: the screen renders what these return.

export type DutyShift = components['schemas']['DutyShiftView'];
export type DutyStaff = components['schemas']['DutyStaffView'];
export type DutyPlatform = DutyShift['platform'];
export type AddShiftRequest = components['schemas']['AddShiftDto'];
export type PutDutyStaffRequest = components['schemas']['PutDutyStaffDto'];

export const DUTY_PLATFORMS: DutyPlatform[] = ['hotline', 'network', 'station'];
/** The rota's languages in the order a form offers them. */
export const DUTY_LANGUAGES = ['zh-CN', 'yue', 'nan-x-chaoshan', 'nan', 'hak'] as const;

/** Beijing keeps no daylight saving time: a wall-clock time there is always at +08:00. */
const BEIJING_OFFSET = '+08:00';

/** The Monday of the Beijing week a day lies in, "YYYY-MM-DD". */
export function weekStartOf(day: string): string {
  const date = dayjs.tz(day, ZONE);
  const isoWeekday = ((date.day() + 6) % 7) + 1;
  return date.subtract(isoWeekday - 1, 'day').format('YYYY-MM-DD');
}

export function addDays(day: string, days: number): string {
  return dayjs.tz(day, ZONE).add(days, 'day').format('YYYY-MM-DD');
}

/** The seven days of the week starting on `monday`. */
export function weekDaysOf(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The instants a week's shift query covers: Monday 00:00 to the next Monday 00:00, Beijing time. */
export function weekRangeOf(monday: string): { from: string; to: string } {
  return { from: `${monday}T00:00:00${BEIJING_OFFSET}`, to: `${addDays(monday, 7)}T00:00:00${BEIJING_OFFSET}` };
}

/** "2026-12-07T08:00" typed in a date-time field, read as Beijing time. */
export function beijingInstantOf(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}${BEIJING_OFFSET}`;
}

/** A Beijing date-time field's value of an instant: "2026-12-07T08:00". */
export function localFieldOf(instant: string): string {
  return shanghai(instant).format('YYYY-MM-DDTHH:mm');
}

/** "08:00–20:00", or "20:00–次日 08:00" for a shift that ends on a later day. */
export function shiftTimeText(shift: Pick<DutyShift, 'startsAt' | 'endsAt'>): string {
  const start = shanghai(shift.startsAt);
  const end = shanghai(shift.endsAt);
  const days = end.startOf('day').diff(start.startOf('day'), 'day');
  const endText = end.format('HH:mm');
  return `${start.format('HH:mm')}–${days === 0 ? endText : days === 1 ? `次日 ${endText}` : `${end.format('MM-DD')} ${endText}`}`;
}

export interface RotaRow {
  subject: string;
  name: string;
  /** Null for someone with shifts who is no longer on the staff list. */
  staff: DutyStaff | null;
  /** By Beijing day of the shift's start, "YYYY-MM-DD" → shifts, earliest first. */
  days: Record<string, DutyShift[]>;
}

/** One row per person on the staff list (then anyone else with a shift this week), by name. */
export function rotaRowsOf(
  staff: readonly DutyStaff[],
  shifts: readonly DutyShift[],
  days: readonly string[],
): RotaRow[] {
  const rows = new Map<string, RotaRow>();
  const empty = () => Object.fromEntries(days.map((day) => [day, [] as DutyShift[]]));
  for (const person of staff)
    rows.set(person.subject, { subject: person.subject, name: person.name, staff: person, days: empty() });
  for (const shift of [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    let row = rows.get(shift.personSubject);
    if (!row) {
      row = { subject: shift.personSubject, name: shift.personName, staff: null, days: empty() };
      rows.set(shift.personSubject, row);
    }
    const day = shanghai(shift.startsAt).format('YYYY-MM-DD');
    // A shift that began the Sunday before and runs into Monday shows on Monday.
    const column = row.days[day] ? day : days[0]!;
    row.days[column]!.push(shift);
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export function languagesText(languages: readonly string[]): string {
  return languages.map((language) => labelOf(DUTY_LANGUAGE_LABELS, language)).join('、') || '—';
}

export interface ShiftForm {
  personSubject: string | undefined;
  platform: DutyPlatform | undefined;
  /** Beijing date-time field values, "YYYY-MM-DDTHH:mm". */
  startsAt: string;
  endsAt: string;
  note: string;
}

export function shiftRequestOf(form: ShiftForm): AddShiftRequest {
  return {
    personSubject: form.personSubject ?? '',
    platform: form.platform ?? 'hotline',
    startsAt: beijingInstantOf(form.startsAt),
    endsAt: beijingInstantOf(form.endsAt),
    ...(form.note.trim() !== '' ? { note: form.note.trim() } : {}),
  };
}

/** Why the service would refuse the shift's times, in Chinese; null when it takes them. */
export function shiftTimesProblemOf(form: Pick<ShiftForm, 'startsAt' | 'endsAt'>): string | null {
  if (!form.startsAt || !form.endsAt) return '请填写开始和结束时间。';
  const start = Date.parse(beijingInstantOf(form.startsAt));
  const end = Date.parse(beijingInstantOf(form.endsAt));
  if (!(end > start)) return '结束时间必须晚于开始时间。';
  if (end - start > 24 * 60 * 60 * 1000) return '一个班次最长 24 小时，请拆分为多个班次。';
  return null;
}

/** A new shift's form: the day chosen, 08:30 to 17:30 (the office hours of online duty). */
export function newShiftForm(day: string, personSubject?: string): ShiftForm {
  return { personSubject, platform: undefined, startsAt: `${day}T08:30`, endsAt: `${day}T17:30`, note: '' };
}
