const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Asia/Shanghai as YYYYMMDD: the date a caller in China would name. */
export function shanghaiDate(instant: Date): string {
  const parts = Object.fromEntries(SHANGHAI_DATE.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}${parts.month}${parts.day}`;
}

/**
 * The number a caller is told: `12348-YYYYMMDD-NNNNNN`, the opening date in Asia/Shanghai and a
 * platform-wide sequence number. The sequence never restarts, so the number is unique on its
 * own; past 999,999 it simply grows a digit rather than wrap.
 */
export function formatTicketNumber(openedAt: Date, sequenceNumber: number): string {
  if (!Number.isSafeInteger(sequenceNumber) || sequenceNumber < 1) throw new RangeError(`bad ticket sequence number ${sequenceNumber}`);
  return `12348-${shanghaiDate(openedAt)}-${String(sequenceNumber).padStart(6, '0')}`;
}

/** A complete ticket number: `12348-YYYYMMDD-` and a sequence of six or more digits. */
const COMPLETE_TICKET_NUMBER = /^12348-\d{8}-\d{6,}$/;

/**
 * What an agent types to find a ticket by number: the whole number, or its leading part from
 * `12348-` and at least one digit of the date on ("12348-20261123", "12348-20261123-0000").
 */
export const TICKET_NUMBER_SEARCH = /^12348-(\d{1,7}|\d{8}(-\d{0,12})?)$/;

/** A search by ticket number: a complete number matches that ticket only, a leading part every ticket that starts with it. */
export type TicketNumberSearch = { kind: 'exact'; ticketNumber: string } | { kind: 'prefix'; prefix: string };

/** The search a typed number stands for; the caller has checked it against {@link TICKET_NUMBER_SEARCH}. */
export function ticketNumberSearchOf(typed: string): TicketNumberSearch {
  return COMPLETE_TICKET_NUMBER.test(typed) ? { kind: 'exact', ticketNumber: typed } : { kind: 'prefix', prefix: typed };
}
