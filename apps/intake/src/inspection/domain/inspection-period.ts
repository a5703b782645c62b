// An inspection period is a calendar month in Asia/Shanghai (UTC+8 all year, no daylight
// saving): samples, draws and the per-agent figures are all by month.

/** A month as the platform reports by it: "2026-11", from its first instant to the next month's. */
export interface InspectionPeriod {
  /** YYYY-MM. */
  period: string;
  /** 00:00 on the 1st, Asia/Shanghai. */
  startsAt: Date;
  /** 00:00 on the 1st of the next month, Asia/Shanghai: the end, excluded. */
  endsBefore: Date;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month `text` names ("2026-11"); null unless it is YYYY-MM with a month 01 to 12. */
export function inspectionPeriodOf(text: string): InspectionPeriod | null {
  const match = MONTH.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return {
    period: text,
    startsAt: new Date(Date.UTC(year, month - 1, 1) - SHANGHAI_OFFSET_MS),
    endsBefore: new Date(Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS),
  };
}

/** Whether the month has begun at `now`: a month not yet begun has nothing to sample. */
export function hasBegun(period: InspectionPeriod, now: Date): boolean {
  return period.startsAt.getTime() <= now.getTime();
}
