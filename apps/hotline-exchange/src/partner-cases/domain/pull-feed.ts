import { PartnerCaseError } from './partner-case.error.js';

export const FEED_DEFAULT_LIMIT = 100;
export const FEED_MAX_LIMIT = 500;

/**
 * A cursor of the pull feed. Partners treat it as opaque; it is the change's position in the
 * partner's feed: 1, 2, 3… in the order the changes committed, as a decimal string ("0" before
 * the first). Up to 18 digits, so it fits PostgreSQL's bigint.
 */
export const CURSOR_PATTERN = /^(0|[1-9]\d{0,17})$/;

/** Where a feed read starts: after the given cursor, or from the first change. */
export function positionAfter(cursor: string | undefined): bigint {
  return cursor === undefined ? 0n : BigInt(cursor);
}

/**
 * Positions are taken from a counter row per partner, locked by the transaction that records the
 * change until it commits. So a later position never commits before an earlier one, and a read
 * "after n" can never pass over a change that commits later: the feed skips nothing.
 */
export function nextCursorOf(after: bigint, page: readonly { cursor: string }[]): string {
  return page.at(-1)?.cursor ?? after.toString();
}

/**
 * A cursor beyond the partner's last position was not given by this feed (a typo, or another
 * partner's): reading on from it would silently skip every change up to it.
 */
export function checkCursorGiven(after: bigint, lastPosition: bigint): void {
  if (after > lastPosition) {
    throw new PartnerCaseError(
      'FEED.CURSOR_UNKNOWN',
      'invalid',
      `this feed has not reached ${after.toString()} (its latest change is ${lastPosition.toString()}): pass a cursor the feed gave you, or leave out after to start from the first change`,
      'after',
    );
  }
}
