/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A span of local time within one day, `HH:MM` on a 24-hour clock; `to` is exclusive and may be "24:00". */
export interface DutySpan {
  readonly from: string;
  readonly to: string;
}

/**
 * When a body is on duty, week by week, in Asia/Shanghai local time. A day that is absent has
 * no duty. Public holidays and the working days moved around them (调休) are not modelled yet:
 * they belong to the business calendar.
 */
export type WeeklySchedule = Readonly<Partial<Record<IsoWeekday, readonly DutySpan[]>>>;

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5];
const ALL_DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Office hours of a local body: Monday to Friday, 08:30 to 17:30. */
export const OFFICE_HOURS: WeeklySchedule = Object.fromEntries(
  WEEKDAYS.map((day) => [day, [{ from: '08:30', to: '17:30' }]]),
);

/** Round-the-clock duty, like the provincial 12348 duty desk. */
export const ALWAYS_ON_DUTY: WeeklySchedule = Object.fromEntries(
  ALL_DAYS.map((day) => [day, [{ from: '00:00', to: '24:00' }]]),
);

// China keeps UTC+8 all year (no daylight saving), so local time is a fixed offset.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Weekday and `HH:MM` of an instant in Asia/Shanghai. */
export function shanghaiLocalTime(at: Date): { weekday: IsoWeekday; time: string } {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const weekday = (local.getUTCDay() === 0 ? 7 : local.getUTCDay()) as IsoWeekday;
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return { weekday, time };
}

/** Whether `schedule` has the body on duty at the instant `at`. */
export function isOnDuty(schedule: WeeklySchedule, at: Date): boolean {
  const { weekday, time } = shanghaiLocalTime(at);
  // Zero-padded HH:MM strings order like the times they name.
  return (schedule[weekday] ?? []).some((span) => span.from <= time && time < span.to);
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export type ScheduleCheck = { ok: true; schedule: WeeklySchedule } | { ok: false; problems: string[] };

/**
 * Checks a weekly schedule received from outside (the directory API): ISO weekday keys "1" to
 * "7", each a list of at most 6 spans `{from, to}` in `HH:MM` with `from` before `to`
 * ("24:00" allowed as `to`). A day left out has no duty.
 */
export function checkWeeklySchedule(value: unknown): ScheduleCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: ['must be an object of ISO weekday ("1" = Monday … "7") → [{from, to}]'] };
  }
  const problems: string[] = [];
  const schedule: Partial<Record<IsoWeekday, DutySpan[]>> = {};
  for (const [day, spans] of Object.entries(value)) {
    if (!/^[1-7]$/.test(day)) {
      problems.push(`"${day}" is not an ISO weekday (1 = Monday … 7 = Sunday)`);
      continue;
    }
    if (!Array.isArray(spans) || spans.length > 6) {
      problems.push(`${day}: must be a list of at most 6 spans`);
      continue;
    }
    const checked: DutySpan[] = [];
    for (const [index, span] of (spans as unknown[]).entries()) {
      const { from, to } = (typeof span === 'object' && span !== null ? span : {}) as { from?: unknown; to?: unknown };
      if (typeof from !== 'string' || typeof to !== 'string' || !HH_MM.test(from) || !HH_MM.test(to) || from === '24:00') {
        problems.push(`${day}[${index}]: needs from and to as HH:MM (to may be 24:00)`);
      } else if (from >= to) {
        problems.push(`${day}[${index}]: from ${from} is not before to ${to}`);
      } else {
        checked.push({ from, to });
      }
    }
    schedule[Number(day) as IsoWeekday] = checked;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, schedule };
}
