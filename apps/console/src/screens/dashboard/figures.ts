// The figures as the dashboard reads them: only the fields its charts and tables use, so both
// the services' generated types and test data fit.

export interface DayChannelCount {
  /** Asia/Shanghai calendar day, "YYYY-MM-DD". */
  date: string;
  channel: string;
  count: number;
}

export interface TicketsPerDayFigures {
  from: string;
  to: string;
  days: DayChannelCount[];
}

export interface RegionCategoryCount {
  /** Full division code: 440600, 440605 or 440605011. */
  regionCode: string;
  regionName: string | null;
  legalCategory: string;
  count: number;
}

export interface RegionFigures {
  level: string;
  parentCode: string | null;
  rows: RegionCategoryCount[];
}

export interface AcceptanceRow {
  agencyId: string;
  agencyName: string;
  agencyType: string;
  regionCode: string;
  handedOff: number;
  accepted: number;
  rejected: number;
  pending: number;
  withdrawn?: number;
  overdue: number;
  /** From 0 to 1. */
  overdueRate: number;
  p50Minutes: number | null;
  p90Minutes: number | null;
  p95Minutes: number | null;
}

export interface AcceptanceFigures {
  from: string;
  to: string;
  rows: AcceptanceRow[];
}

export interface SummaryFigures {
  opened: number;
  closed: number;
  open: number;
  byStatus: { status: string; count: number }[];
  urgent: number;
  dangerous: number;
  greenChannel: number;
  migrantWorkerWageClaims: number;
  veterans: number;
  satisfaction: { satisfaction: string; count: number }[];
  followUps: number;
  /** From 0 to 1; null when no follow-up was recorded. */
  satisfiedRate: number | null;
}
