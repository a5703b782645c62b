/**
 * How long a change may take between taking its `updatedAt` and committing. A poll that read the
 * feed at time T may not yet see a change stamped just before T, so the next poll starts this far
 * back; partners see such items twice and keep the copy with the later `updatedAt`.
 */
export const FEED_SETTLE_MS = 5_000;

export const FEED_DEFAULT_LIMIT = 100;
export const FEED_MAX_LIMIT = 500;

/**
 * The `updatedSince` for a partner's next poll ("updates since T", DOMAIN §5). A full page
 * continues from its last item; otherwise the feed is drained up to now, less the settle time.
 * Never earlier than where this poll started, so polling always moves forward.
 */
export function nextUpdatedSince(since: Date, page: readonly { updatedAt: Date }[], limit: number, now: Date): Date {
  const last = page.at(-1);
  if (page.length >= limit && last) return last.updatedAt;
  return new Date(Math.max(since.getTime(), now.getTime() - FEED_SETTLE_MS));
}
