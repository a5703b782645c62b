import {
  coarseStatusOf,
  SATISFACTION_LEVELS,
  TICKET_STATUSES,
  type Satisfaction,
  type TicketStatus,
} from '@legal-hotline/contracts';

// The dashboard's summary figures, assembled from the counts the database aggregates.

/** Statuses that count as closed: closed, and merged into another ticket (the coarse status). */
export const CLOSED_TICKET_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter(
  (status) => coarseStatusOf(status) === 'closed',
);

/** The satisfaction rate (满意率) counts satisfied (满意) and basically satisfied (基本满意) callers. */
export const SATISFIED_LEVELS: readonly Satisfaction[] = ['satisfied', 'basically-satisfied'];

/** Counts over the tickets opened in the period. */
export interface OpenedTicketCounts {
  opened: number;
  closed: number;
  urgent: number;
  dangerous: number;
  greenChannel: number;
  migrantWorkerWageClaims: number;
  veterans: number;
}

export const NO_OPENED_TICKETS: OpenedTicketCounts = {
  opened: 0,
  closed: 0,
  urgent: 0,
  dangerous: 0,
  greenChannel: 0,
  migrantWorkerWageClaims: 0,
  veterans: 0,
};

export interface TicketSummary extends OpenedTicketCounts {
  open: number;
  /** Every status, in the vocabulary's order, zero where none. */
  byStatus: { status: TicketStatus; count: number }[];
  /** Every satisfaction level of the follow-up calls recorded in the period, zero where none. */
  satisfaction: { satisfaction: Satisfaction; count: number }[];
  followUps: number;
  /** Share of the follow-up calls with a satisfied or basically satisfied caller, 0 to 1 (4 decimals); null without calls. */
  satisfiedRate: number | null;
}

export function ticketSummaryOf(
  counts: OpenedTicketCounts,
  byStatus: readonly { status: TicketStatus; count: number }[],
  bySatisfaction: readonly { satisfaction: Satisfaction; count: number }[],
): TicketSummary {
  const statusCount = new Map(byStatus.map((row) => [row.status, row.count]));
  const satisfactionCount = new Map(bySatisfaction.map((row) => [row.satisfaction, row.count]));
  const satisfaction = SATISFACTION_LEVELS.map((level) => ({
    satisfaction: level,
    count: satisfactionCount.get(level) ?? 0,
  }));
  const followUps = satisfaction.reduce((sum, row) => sum + row.count, 0);
  const satisfied = satisfaction
    .filter((row) => SATISFIED_LEVELS.includes(row.satisfaction))
    .reduce((sum, row) => sum + row.count, 0);
  return {
    ...counts,
    open: counts.opened - counts.closed,
    byStatus: TICKET_STATUSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    satisfaction,
    followUps,
    satisfiedRate: followUps === 0 ? null : Math.round((satisfied / followUps) * 10_000) / 10_000,
  };
}
