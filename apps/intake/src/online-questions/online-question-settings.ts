import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { loadCalendar, type BusinessCalendar } from '@legal-hotline/business-calendar';
import { parseOfficeHours, type OfficeHours } from './domain/answer-deadline.js';

/** How the online question queue works; from IntakeConfig. */
export interface OnlineQuestionSettings {
  /** BUSINESS_CALENDAR_FILE, or the library's calendar. */
  calendar: BusinessCalendar;
  /** ONLINE_ANSWER_OFFICE_HOURS: the office hours of working days within which answer time counts. */
  officeHours: OfficeHours;
  /** ONLINE_ANSWER_WORKING_HOURS: the answer time of a question on no special line. */
  answerWorkingHours: number;
  /** ONLINE_QUESTION_MAX_OPEN_CLAIMS. */
  maxOpenClaims: number;
  /** ONLINE_QUESTION_OVERDUE_SCAN_MS. */
  overdueScanMs: number;
}

export const ONLINE_QUESTION_SETTINGS = Symbol('ONLINE_QUESTION_SETTINGS');

/** Reads the configuration, already validated at start-up (a problem here is a programming error). */
export function onlineQuestionSettingsOf(values: {
  calendarFile: string | undefined;
  officeHours: string;
  answerWorkingHours: number;
  maxOpenClaims: number;
  overdueScanMs: number;
}): OnlineQuestionSettings {
  const office = parseOfficeHours(values.officeHours);
  if (!office.ok) throw new Error(`ONLINE_ANSWER_OFFICE_HOURS: ${office.problem}`);
  return {
    calendar: loadCalendar(values.calendarFile),
    officeHours: office.hours,
    answerWorkingHours: values.answerWorkingHours,
    maxOpenClaims: values.maxOpenClaims,
    overdueScanMs: values.overdueScanMs,
  };
}

/** ONLINE_ANSWER_OFFICE_HOURS as start-up checks it. */
@ValidatorConstraint({ name: 'officeHours' })
export class OfficeHoursText implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseOfficeHours(value).ok;
  }

  defaultMessage({ value }: ValidationArguments): string {
    const parsed =
      typeof value === 'string' ? parseOfficeHours(value) : { ok: false as const, problem: 'must be text' };
    return `ONLINE_ANSWER_OFFICE_HOURS must be local spans like 08:30-12:00,13:30-17:30: ${parsed.ok ? '' : parsed.problem}`;
  }
}
