import { dueAfter, isClockDuration, type BusinessCalendar, type ClockDuration } from '@legal-hotline/business-calendar';
import { CHANNELS, type Channel } from '@legal-hotline/contracts';
import { PRIORITIES, type Priority } from './priority.js';

/**
 * How long a receiving body has to accept or reject an assignment (ACCEPTANCE_DEADLINES): a
 * duration per priority, optionally overridden for tickets from one intake channel. One flat
 * JSON object: a priority key holds a duration, a channel key holds the priorities it overrides.
 *
 *   {"urgent":"PT1H","green-channel":"PT4H","normal":"P1WD","partner":{"normal":"PT8H"}}
 *
 * Durations are the business calendar's: PT<n>H / PT<n>M / PT<n>S clock time, P<n>D calendar
 * days, P<n>WD working days (holidays and make-up working days, 调休, counted). The defaults
 * follow the provincial 12348 rules (e.g. Shandong 2017): urgent work orders within 1 hour,
 * others within 1 working day; the green channel sits between them.
 */
export interface AcceptanceDeadlinePolicy {
  readonly byPriority: Readonly<Record<Priority, ClockDuration>>;
  readonly byChannel: Readonly<Partial<Record<Channel, Readonly<Partial<Record<Priority, ClockDuration>>>>>>;
}

export const DEFAULT_ACCEPTANCE_DEADLINES = '{"urgent":"PT1H","green-channel":"PT4H","normal":"P1WD"}';

export type AcceptanceDeadlinePolicyParse =
  | { ok: true; policy: AcceptanceDeadlinePolicy }
  | { ok: false; problems: string[] };

const isPriority = (key: string): key is Priority => (PRIORITIES as readonly string[]).includes(key);
const isChannel = (key: string): key is Channel => (CHANNELS as readonly string[]).includes(key);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A duration the business calendar understands and that is longer than nothing. */
function durationProblem(path: string, value: unknown): string | null {
  if (typeof value !== 'string' || !isClockDuration(value)) {
    return `${path}: ${JSON.stringify(value)} is not a duration (PT1H, PT30M, PT2S, P7D, P1WD)`;
  }
  return /^P(T)?0+[A-Z]/.test(value) ? `${path}: ${value} is no time at all` : null;
}

/** Reads ACCEPTANCE_DEADLINES; every problem is named so that start-up can refuse with all of them. */
export function parseAcceptanceDeadlines(text: string): AcceptanceDeadlinePolicyParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(value)) return { ok: false, problems: ['must be a JSON object'] };

  const problems: string[] = [];
  const byPriority: Partial<Record<Priority, ClockDuration>> = {};
  const byChannel: Partial<Record<Channel, Partial<Record<Priority, ClockDuration>>>> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (isPriority(key)) {
      const problem = durationProblem(key, entry);
      if (problem) problems.push(problem);
      else byPriority[key] = entry as string;
    } else if (isChannel(key)) {
      if (!isRecord(entry)) {
        problems.push(`${key}: a channel takes an object of priority → duration, e.g. {"normal":"PT8H"}`);
        continue;
      }
      const overrides: Partial<Record<Priority, ClockDuration>> = {};
      for (const [priority, duration] of Object.entries(entry)) {
        if (!isPriority(priority)) {
          problems.push(`${key}.${priority}: not a priority (${PRIORITIES.join(', ')})`);
          continue;
        }
        const problem = durationProblem(`${key}.${priority}`, duration);
        if (problem) problems.push(problem);
        else overrides[priority] = duration as string;
      }
      byChannel[key] = overrides;
    } else {
      problems.push(`${key}: neither a priority (${PRIORITIES.join(', ')}) nor a channel (${CHANNELS.join(', ')})`);
    }
  }
  // Every priority is named: a deployment that sets the variable states all its deadlines.
  for (const priority of PRIORITIES) {
    if (!(priority in value)) problems.push(`${priority}: missing (every priority needs a duration)`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: { byPriority: byPriority as Record<Priority, ClockDuration>, byChannel } };
}

export interface AcceptanceDeadline {
  priority: Priority;
  duration: ClockDuration;
  /** Which entry of the policy applied: `acceptance.<priority>` or `acceptance.<channel>.<priority>`. */
  rule: string;
  dueAt: Date;
}

/** When the assignment requested at `requestedAt` must be accepted or rejected, and by which rule. */
export function acceptanceDeadline(
  policy: AcceptanceDeadlinePolicy,
  calendar: BusinessCalendar,
  requestedAt: Date,
  ticket: { priority: Priority; channel: Channel },
): AcceptanceDeadline {
  const { priority, channel } = ticket;
  const override = policy.byChannel[channel]?.[priority];
  const duration = override ?? policy.byPriority[priority];
  return {
    priority,
    duration,
    rule: override ? `acceptance.${channel}.${priority}` : `acceptance.${priority}`,
    dueAt: dueAfter(calendar, requestedAt, duration),
  };
}

/** "2026-11-24 10:15" in the calendar's time zone, for explanations and alerts people read. */
export function localDateTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** "acceptance due by 2026-11-24 10:15 Asia/Shanghai (acceptance.normal: P1WD)". */
export function describeDeadline(deadline: AcceptanceDeadline, timeZone: string): string {
  const workingDays = deadline.duration.endsWith('WD') ? ', working days on the business calendar' : '';
  return `acceptance due by ${localDateTime(deadline.dueAt, timeZone)} ${timeZone} (${deadline.rule}: ${deadline.duration}${workingDays})`;
}
