import type { CaseStatusChanged } from './messages.js';

export type ChangeVerdict =
  /** Not seen before: show it. `missing` lists earlier sequences of the case never seen (normally none). */
  | { fresh: true; missing: number[] }
  /** Seen already, pushed and then pulled (or pushed twice): drop it. */
  | { fresh: false };

/**
 * The status changes of the partner's cases seen so far, from the push and the pull feed alike.
 * The platform numbers each case's changes 1, 2, 3… and pushes them in order, so a change
 * arriving after a later one of the same case, or twice, is a repeat; a jump (n+2 after n)
 * means one was missed, and the feed has it.
 */
export class CaseChanges {
  private readonly seen = new Map<string, Set<number>>();
  private readonly highest = new Map<string, number>();

  take(change: Pick<CaseStatusChanged, 'ticketId' | 'sequence'>): ChangeVerdict {
    const seen = this.seen.get(change.ticketId) ?? new Set<number>();
    if (seen.has(change.sequence)) return { fresh: false };
    const highest = this.highest.get(change.ticketId);
    seen.add(change.sequence);
    this.seen.set(change.ticketId, seen);
    // The first change seen of a case may be a late one (the simulator started after the case
    // did): only a jump after one already seen counts as missing.
    const missing: number[] = [];
    if (highest !== undefined) {
      for (let sequence = highest + 1; sequence < change.sequence; sequence++) if (!seen.has(sequence)) missing.push(sequence);
    }
    this.highest.set(change.ticketId, Math.max(highest ?? 0, change.sequence));
    return { fresh: true, missing };
  }
}

/** A forwarded case is done when the platform closed it (or merged it into another, which lives on). */
export function isFinished(change: Pick<CaseStatusChanged, 'coarseStatus'>): boolean {
  return change.coarseStatus === 'closed';
}
