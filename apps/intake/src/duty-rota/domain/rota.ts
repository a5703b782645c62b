import { dutyLanguageOf, type DutyLanguage } from './languages.js';

/**
 * The platforms of one 12348 service that staff take duty on: the hotline (热线平台), the
 * network platform (网络平台: web, app, WeChat) and the physical stations (实体平台). Their
 * synchronized duty is one rota.
 */
export const DUTY_PLATFORMS = ['hotline', 'network', 'station'] as const;
export type DutyPlatform = (typeof DUTY_PLATFORMS)[number];

/**
 * The platforms whose duty answers online questions. Hotline and network duty are the
 * synchronized online duty: a hotline agent between calls takes web questions as the network
 * platform's staff do. Station duty is at a counter, away from the queue.
 */
export const ONLINE_DUTY_PLATFORMS: readonly DutyPlatform[] = ['hotline', 'network'];

/** A shift longer than a day is a typing mistake, not a duty. */
export const MAX_SHIFT_HOURS = 24;

export interface DutyStaff {
  subject: string;
  name: string;
  organisationId: string;
  organisation: string;
  platforms: readonly DutyPlatform[];
  languages: readonly DutyLanguage[];
  /** Legal categories the person prefers to answer; empty: all. */
  legalCategories: readonly string[];
  active: boolean;
}

export interface Shift {
  id: string;
  personSubject: string;
  platform: DutyPlatform;
  startsAt: Date;
  /** Exclusive. */
  endsAt: Date;
}

/** A broken rota rule: a dotted code, the field at fault and whether it is bad input or a clash. */
export interface RotaProblem {
  code:
    | 'DUTY_ROTA.ENDS_BEFORE_STARTS'
    | 'DUTY_ROTA.SHIFT_TOO_LONG'
    | 'DUTY_ROTA.SHIFT_OVERLAPS'
    | 'DUTY_ROTA.PLATFORM_NOT_SERVED'
    | 'DUTY_ROTA.UNKNOWN_LANGUAGE'
    | 'DUTY_ROTA.PERSON_INACTIVE';
  kind: 'invalid' | 'conflict';
  field: string;
  message: string;
}

export function isDutyPlatform(value: string): value is DutyPlatform {
  return (DUTY_PLATFORMS as readonly string[]).includes(value);
}

/** Whether two half-open spans share an instant: a shift ending at 20:00 and one starting at 20:00 do not. */
export function overlaps(a: Pick<Shift, 'startsAt' | 'endsAt'>, b: Pick<Shift, 'startsAt' | 'endsAt'>): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export function coversInstant(shift: Pick<Shift, 'startsAt' | 'endsAt'>, at: Date): boolean {
  return shift.startsAt <= at && at < shift.endsAt;
}

/**
 * Checks a new shift against the person and their other shifts: it must end after it starts,
 * last at most a day, be on a platform the person serves, and not overlap any of their shifts
 * (one person is on one platform at a time). Returns the first problem, or null.
 */
export function checkNewShift(
  shift: Omit<Shift, 'id'>,
  person: Pick<DutyStaff, 'platforms' | 'active'>,
  existing: readonly Shift[],
): RotaProblem | null {
  if (shift.endsAt <= shift.startsAt) {
    return {
      code: 'DUTY_ROTA.ENDS_BEFORE_STARTS',
      kind: 'invalid',
      field: 'endsAt',
      message: 'endsAt must be after startsAt',
    };
  }
  if (shift.endsAt.getTime() - shift.startsAt.getTime() > MAX_SHIFT_HOURS * 3_600_000) {
    return {
      code: 'DUTY_ROTA.SHIFT_TOO_LONG',
      kind: 'invalid',
      field: 'endsAt',
      message: `a shift lasts at most ${MAX_SHIFT_HOURS} hours`,
    };
  }
  if (!person.active) {
    return {
      code: 'DUTY_ROTA.PERSON_INACTIVE',
      kind: 'conflict',
      field: 'personSubject',
      message: 'the person is not active on the rota',
    };
  }
  if (!person.platforms.includes(shift.platform)) {
    return {
      code: 'DUTY_ROTA.PLATFORM_NOT_SERVED',
      kind: 'invalid',
      field: 'platform',
      message: `the person serves ${person.platforms.join(', ') || 'no platform'}, not ${shift.platform}`,
    };
  }
  const clash = existing.find((other) => other.personSubject === shift.personSubject && overlaps(shift, other));
  if (clash) {
    return {
      code: 'DUTY_ROTA.SHIFT_OVERLAPS',
      kind: 'conflict',
      field: 'startsAt',
      message: `overlaps shift ${clash.id} (${clash.platform}, ${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()})`,
    };
  }
  return null;
}

/** Staff languages as given, each to its canonical tag; unknown ones are a problem naming them. */
export function canonicalLanguages(
  tags: readonly string[],
): { ok: true; languages: DutyLanguage[] } | { ok: false; problem: RotaProblem } {
  const unknown = tags.filter((tag) => dutyLanguageOf(tag) === null);
  if (unknown.length > 0) {
    return {
      ok: false,
      problem: {
        code: 'DUTY_ROTA.UNKNOWN_LANGUAGE',
        kind: 'invalid',
        field: 'languages',
        message: `unknown language ${unknown.join(', ')}: use zh-CN (Mandarin), yue (Cantonese), nan (Minnan), nan-x-chaoshan (Chaoshan) or hak (Hakka)`,
      },
    };
  }
  return { ok: true, languages: [...new Set(tags.map((tag) => dutyLanguageOf(tag)!))] };
}

/** Whether the person is on online duty at `at`: active, and in a hotline or network shift covering it. */
export function isOnOnlineDuty(
  person: Pick<DutyStaff, 'active'> | null,
  shifts: readonly Pick<Shift, 'platform' | 'startsAt' | 'endsAt'>[],
  at: Date,
): boolean {
  return (
    person !== null &&
    person.active &&
    shifts.some((shift) => ONLINE_DUTY_PLATFORMS.includes(shift.platform) && coversInstant(shift, at))
  );
}

/**
 * Orders colleagues for a supervisor's view of who is on duty: the least loaded first, so the
 * person to hand the next question to is at the top.
 */
export function leastLoadedFirst<P extends { openClaims: number; name: string }>(people: readonly P[]): P[] {
  return [...people].sort((a, b) => a.openClaims - b.openClaims || a.name.localeCompare(b.name, 'zh-CN'));
}
