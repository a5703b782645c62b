import type { Hop, HopOutcome, Ticket } from './ticket.js';
import { bodyAtWork } from './hops.js';
import { isWithPartner } from './transfer-receipts.js';

/** Who the ticket waits for, as its owner (the responsible platform) sees it. */
export type WaitingOn = 'routing' | 'handling-body' | 'partner' | 'owner' | 'nobody';

/**
 * routing: choosing a body (received, routed); handling-body: a body was asked, accepted or is
 * working; partner: transferred to a partner hotline that has not answered or is working on
 * it; owner: the owner must act (answer the caller after the body or the partner finished or
 * routing gave up, answer a question kept at the desk, call back, close, decide after a
 * reopening); nobody: closed or merged.
 */
export function waitingOn(ticket: Pick<Ticket, 'status' | 'currentAssignment' | 'hops' | 'transfers'>): WaitingOn {
  switch (ticket.status) {
    case 'received':
    case 'routed':
      return 'routing';
    case 'awaiting-acceptance':
    case 'accepted':
    case 'in-progress':
    case 'answered':
      return bodyAtWork(ticket) ? 'handling-body' : 'owner';
    case 'transferred-out':
      return ticket.transfers.some(isWithPartner) ? 'partner' : 'owner';
    case 'at-desk':
    case 'follow-up-due':
    case 'reopened':
    case 'returned-to-owner':
      return 'owner';
    case 'closed':
    case 'merged':
      return 'nobody';
  }
}

/** A hand-off with how long the body had it: until it left, or until `now` while it is still there. */
export interface HopTimes {
  agencyId: string;
  agencyType: Hop['agencyType'];
  name: string;
  arrivedAt: Date;
  leftAt: Date | null;
  outcome: HopOutcome;
  reason: string | null;
  timeSpentMs: number;
  timeSpent: string;
}

export function hopTimesOf(hops: readonly Hop[], now: Date): HopTimes[] {
  return hops.map((hop) => {
    const timeSpentMs = Math.max(0, (hop.leftAt ?? now).getTime() - hop.arrivedAt.getTime());
    return {
      agencyId: hop.agencyId,
      agencyType: hop.agencyType,
      name: hop.name,
      arrivedAt: hop.arrivedAt,
      leftAt: hop.leftAt,
      outcome: hop.outcome,
      reason: hop.reason,
      timeSpentMs,
      timeSpent: readableDuration(timeSpentMs),
    };
  });
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 d 4 h", "2 h 5 min", "5 min 3 s", "42 s": the two largest units, rounded down. */
export function readableDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const seconds = Math.floor((total % MINUTE) / SECOND);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds} s`;
  return `${seconds} s`;
}
