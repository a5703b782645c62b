import {
  LEGAL_CATEGORIES,
  SATISFACTION_LEVELS,
  TICKET_STATUSES,
  type LegalCategory,
  type Satisfaction,
  type TicketStatus,
} from '@legal-hotline/contracts';
import { MAX_PERIOD_DAYS, shanghaiDayOf } from '@legal-hotline/business-calendar';
import { SATISFIED_LEVELS } from '../../dashboard/domain/ticket-figures.js';

// A special line's report (专线报告), assembled from the counts the database aggregates: what
// the line received, how much the desk answered at first contact (即时办结) and how much went
// on as work orders, how callers rated it, and whether its online questions were answered in time.

/** Counts over the line's tickets opened in the period. */
export interface LineTicketCounts {
  opened: number;
  closed: number;
  /** Answered and closed by the agent in the call (即时办结). */
  resolvedAtFirstContact: number;
  /** Sent to routing as work orders (a local body or a partner), at opening or later. */
  dispatched: number;
  /** Of those dispatched, first kept at the desk and turned into a work order afterwards. */
  convertedFromDesk: number;
}

export const NO_LINE_TICKETS: LineTicketCounts = {
  opened: 0,
  closed: 0,
  resolvedAtFirstContact: 0,
  dispatched: 0,
  convertedFromDesk: 0,
};

/** Online questions on the line's tickets opened in the period. */
export interface OnlineQuestionCounts {
  asked: number;
  answered: number;
  answeredInTime: number;
  /** Not answered, and past the time they were due (at the time of the report). */
  overdue: number;
}

export interface KnowledgeSectionCounts {
  /** Entries tagged with the line, whatever their status. */
  entries: number;
  published: number;
}

export interface SpecialLineReport {
  tickets: LineTicketCounts & {
    open: number;
    /** Resolved at first contact over opened, 0 to 1 (4 decimals); null without tickets. */
    firstContactResolutionRate: number | null;
  };
  /** Every status in the vocabulary's order, zero where none. */
  byStatus: { status: TicketStatus; count: number }[];
  /** Every legal category with at least one ticket, in the vocabulary's order. */
  byLegalCategory: { legalCategory: LegalCategory; count: number }[];
  followUps: {
    calls: number;
    /** Every satisfaction level, zero where none. */
    bySatisfaction: { satisfaction: Satisfaction; count: number }[];
    satisfiedRate: number | null;
  };
  /** Null where the platform keeps no online question queue. */
  onlineQuestions: (OnlineQuestionCounts & { inTimeRate: number | null }) | null;
  /** Null where the platform keeps no knowledge base. */
  knowledgeSection: KnowledgeSectionCounts | null;
}

/** A share to four decimals; null without a whole. */
export function rateOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

export function specialLineReportOf(figures: {
  tickets: LineTicketCounts;
  byStatus: readonly { status: TicketStatus; count: number }[];
  byLegalCategory: readonly { legalCategory: LegalCategory; count: number }[];
  bySatisfaction: readonly { satisfaction: Satisfaction; count: number }[];
  onlineQuestions: OnlineQuestionCounts | null;
  knowledgeSection: KnowledgeSectionCounts | null;
}): SpecialLineReport {
  const { tickets, onlineQuestions } = figures;
  const statusCount = new Map(figures.byStatus.map((row) => [row.status, row.count]));
  const categoryCount = new Map(figures.byLegalCategory.map((row) => [row.legalCategory, row.count]));
  const satisfactionCount = new Map(figures.bySatisfaction.map((row) => [row.satisfaction, row.count]));
  const bySatisfaction = SATISFACTION_LEVELS.map((satisfaction) => ({
    satisfaction,
    count: satisfactionCount.get(satisfaction) ?? 0,
  }));
  const calls = bySatisfaction.reduce((sum, row) => sum + row.count, 0);
  const satisfied = bySatisfaction
    .filter((row) => SATISFIED_LEVELS.includes(row.satisfaction))
    .reduce((sum, row) => sum + row.count, 0);
  return {
    tickets: {
      ...tickets,
      open: tickets.opened - tickets.closed,
      firstContactResolutionRate: rateOf(tickets.resolvedAtFirstContact, tickets.opened),
    },
    byStatus: TICKET_STATUSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    byLegalCategory: LEGAL_CATEGORIES.filter((category) => (categoryCount.get(category) ?? 0) > 0).map(
      (legalCategory) => ({
        legalCategory,
        count: categoryCount.get(legalCategory)!,
      }),
    ),
    followUps: { calls, bySatisfaction, satisfiedRate: rateOf(satisfied, calls) },
    onlineQuestions: onlineQuestions && {
      ...onlineQuestions,
      inTimeRate: rateOf(onlineQuestions.answeredInTime, onlineQuestions.answered),
    },
    knowledgeSection: figures.knowledgeSection,
  };
}

/**
 * The days a report covers when the request leaves them out: from the line's first day to today,
 * or to its last day once it is over (Asia/Shanghai calendar days). `from` stays unset (the usual
 * default of `reportingPeriodOf`) when the line started too long before, or after the `to` asked
 * for; what is asked is kept as asked, and checked by `reportingPeriodOf`.
 */
export function reportDaysOf(
  line: { startsAt: Date; endsAt: Date | null; closedAt: Date | null },
  asked: { from?: string; to?: string },
  now: Date,
): { from?: string; to: string } {
  const last = [line.endsAt, line.closedAt].reduce<Date>((a, b) => (b !== null && b < a ? b : a), now);
  const to = asked.to ?? shanghaiDayOf(last < line.startsAt ? line.startsAt : last);
  if (asked.from !== undefined) return { from: asked.from, to };
  const first = shanghaiDayOf(line.startsAt);
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000 + 1;
  return days >= 1 && days <= MAX_PERIOD_DAYS ? { from: first, to } : { to };
}
