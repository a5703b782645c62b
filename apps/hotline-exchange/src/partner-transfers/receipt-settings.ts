import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { loadCalendar, type BusinessCalendar } from '@legal-hotline/business-calendar';
import {
  DEFAULT_PARTNER_ACCEPTANCE_DEADLINES,
  parsePartnerAcceptanceDeadlines,
  type PartnerAcceptanceDeadlines,
} from './domain/acceptance-deadline.js';

/** How partners' business receipts are watched; from HotlineExchangeConfig. */
export interface ReceiptSettings {
  /** PARTNER_ACCEPTANCE_DEADLINES. */
  deadlines: PartnerAcceptanceDeadlines;
  /** BUSINESS_CALENDAR_FILE, or the library's calendar. */
  calendar: BusinessCalendar;
  /** PARTNER_ACCEPTANCE_POLL_MS. */
  pollMs: number;
}

export const RECEIPT_SETTINGS = Symbol('RECEIPT_SETTINGS');

/** Reads the configuration, already validated at start-up (a problem here is a programming error). */
export function receiptSettingsOf(values: { deadlines: string; calendarFile: string | undefined; pollMs: number }): ReceiptSettings {
  const parsed = parsePartnerAcceptanceDeadlines(values.deadlines);
  if (!parsed.ok) throw new Error(`PARTNER_ACCEPTANCE_DEADLINES: ${parsed.problems.join('; ')}`);
  return { deadlines: parsed.deadlines, calendar: loadCalendar(values.calendarFile), pollMs: values.pollMs };
}

/** PARTNER_ACCEPTANCE_DEADLINES as start-up checks it: every problem named at once. */
@ValidatorConstraint({ name: 'partnerAcceptanceDeadlines' })
export class PartnerAcceptanceDeadlinesJson implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parsePartnerAcceptanceDeadlines(value).ok;
  }

  defaultMessage({ value }: ValidationArguments): string {
    const parsed = typeof value === 'string' ? parsePartnerAcceptanceDeadlines(value) : { ok: false as const, problems: ['must be text'] };
    const problems = parsed.ok ? [] : parsed.problems;
    return `PARTNER_ACCEPTANCE_DEADLINES must be JSON like ${DEFAULT_PARTNER_ACCEPTANCE_DEADLINES}: ${problems.join('; ')}`;
  }
}
