import { Matches } from 'class-validator';
import { ServiceConfig } from '@legal-hotline/service-runtime';

/** Injection token of the `Inbox` (service and kind of receiving body) a service keeps. */
export const ASSIGNMENT_INBOX = Symbol('ASSIGNMENT_INBOX');

/** The variables every inbox service reads besides the common ones. */
export class AssignmentInboxConfig extends ServiceConfig {
  /**
   * Provinces whose receiving bodies this inbox knows, as comma-separated 2-digit numbers
   * ("44,52": Guangdong and Guizhou). Keep it to the provinces routing serves (ROUTING_PROVINCES)
   * or more: an office or committee outside them answers 404.
   */
  @Matches(/^\d{2}(,\d{2})*$/, { message: 'INBOX_PROVINCES must be comma-separated 2-digit province numbers, e.g. 44,52' })
  INBOX_PROVINCES = '44,52';
}

/** "44,52" → ["44", "52"], without repeats. */
export function servedProvincesOf(config: AssignmentInboxConfig): string[] {
  return [...new Set(config.INBOX_PROVINCES.split(','))];
}
