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
