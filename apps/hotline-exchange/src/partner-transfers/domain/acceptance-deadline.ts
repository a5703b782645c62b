import { dueAfter, isClockDuration, type BusinessCalendar, type ClockDuration } from '@legal-hotline/business-calendar';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import type { TransferReason } from './transfer-delivery.js';

/** The two clocks a partner works to: urgent transfers (a danger transfer always is) and the rest. */
export const ACCEPTANCE_PRIORITIES = ['urgent', 'normal'] as const;
export type AcceptancePriority = (typeof ACCEPTANCE_PRIORITIES)[number];

/**
 * How long each partner hotline has to accept or reject a transfer (PARTNER_ACCEPTANCE_DEADLINES),
 * per priority, on the business calendar: PT<n>H / PT<n>M / PT<n>S clock time, P<n>D calendar
 * days, P<n>WD working days (holidays and make-up working days, 调休, counted).
 *
 * The defaults follow each partner's way of working: 110 dispatches within minutes, so an urgent
 * transfer is answered within a quarter of an hour; 12345 and 12355 open work orders within a
 * working day (urgent ones within hours, like the provincial 12348 rules); 12368, the courts'
 * line, takes two working days for ordinary matters.
 */
export type PartnerAcceptanceDeadlines = Readonly<Record<PartnerHotline, Readonly<Record<AcceptancePriority, ClockDuration>>>>;

export const DEFAULT_PARTNER_ACCEPTANCE_DEADLINES =
  '{"110":{"urgent":"PT15M","normal":"PT1H"},"12345":{"urgent":"PT2H","normal":"P1WD"},"12355":{"urgent":"PT2H","normal":"P1WD"},"12368":{"urgent":"PT4H","normal":"P2WD"}}';

export type PartnerAcceptanceDeadlinesParse = { ok: true; deadlines: PartnerAcceptanceDeadlines } | { ok: false; problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPartner = (key: string): key is PartnerHotline => (PARTNER_HOTLINES as readonly string[]).includes(key);
const isPriority = (key: string): key is AcceptancePriority => (ACCEPTANCE_PRIORITIES as readonly string[]).includes(key);

/** A duration the business calendar understands and that is longer than nothing. */
function durationProblem(path: string, value: unknown): string | null {
  if (typeof value !== 'string' || !isClockDuration(value)) {
    return `${path}: ${JSON.stringify(value)} is not a duration (PT15M, PT2H, PT30S, P7D, P1WD)`;
  }
  return /^P(T)?0+[A-Z]/.test(value) ? `${path}: ${value} is no time at all` : null;
}

/**
 * Reads PARTNER_ACCEPTANCE_DEADLINES. Every partner and both priorities must be named, so a
 * deployment that sets the variable states all its deadlines; every problem is reported, so
 * start-up can refuse with all of them at once.
 */
export function parsePartnerAcceptanceDeadlines(text: string): PartnerAcceptanceDeadlinesParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(value)) return { ok: false, problems: ['must be a JSON object of partner → {"urgent": duration, "normal": duration}'] };

  const problems: string[] = [];
  const deadlines: Partial<Record<PartnerHotline, Record<AcceptancePriority, ClockDuration>>> = {};
  for (const [partner, entry] of Object.entries(value)) {
    if (!isPartner(partner)) {
      problems.push(`${partner}: not a partner hotline (${PARTNER_HOTLINES.join(', ')})`);
      continue;
    }
    if (!isRecord(entry)) {
      problems.push(`${partner}: must be an object of priority → duration, e.g. {"urgent":"PT2H","normal":"P1WD"}`);
      continue;
    }
    const durations: Partial<Record<AcceptancePriority, ClockDuration>> = {};
    for (const [priority, duration] of Object.entries(entry)) {
      if (!isPriority(priority)) {
        problems.push(`${partner}.${priority}: not a priority (${ACCEPTANCE_PRIORITIES.join(', ')})`);
        continue;
      }
      const problem = durationProblem(`${partner}.${priority}`, duration);
      if (problem) problems.push(problem);
      else durations[priority] = duration as string;
    }
    for (const priority of ACCEPTANCE_PRIORITIES) {
      if (!(priority in entry)) problems.push(`${partner}.${priority}: missing (every priority needs a duration)`);
    }
    deadlines[partner] = durations as Record<AcceptancePriority, ClockDuration>;
  }
  for (const partner of PARTNER_HOTLINES) {
    if (!(partner in value)) problems.push(`${partner}: missing (every partner hotline needs its deadlines)`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, deadlines: deadlines as PartnerAcceptanceDeadlines };
}

/** A danger transfer is urgent whatever its flag says: the caller may be at risk (紧情要情). */
export function acceptancePriorityOf(transfer: { urgent: boolean; reason: TransferReason }): AcceptancePriority {
  return transfer.urgent || transfer.reason === 'danger' ? 'urgent' : 'normal';
}

/** When the partner must have accepted or rejected the transfer: its deadline counted from the owner's request. */
export function acceptanceDueAt(
  deadlines: PartnerAcceptanceDeadlines,
  calendar: BusinessCalendar,
  transfer: { partner: PartnerHotline; urgent: boolean; reason: TransferReason; requestedAt: Date },
): Date {
  return dueAfter(calendar, transfer.requestedAt, deadlines[transfer.partner][acceptancePriorityOf(transfer)]);
}
