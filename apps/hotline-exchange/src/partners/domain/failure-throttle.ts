/** How many failed authentications a key id may have in a sliding window before it must wait. */
export interface FailureThrottle {
  limit: number;
  windowSeconds: number;
}

/**
 * Seconds the key id must wait before its next attempt is looked at, or null when it may try now.
 * `recentFailures` are its latest failures (at most `limit` are needed), in any order. The wait
 * ends when the oldest of the last `limit` failures leaves the window.
 */
export function retryAfterSeconds(recentFailures: readonly Date[], throttle: FailureThrottle, now: Date): number | null {
  const inWindow = recentFailures
    .map((at) => at.getTime())
    .filter((at) => at > now.getTime() - throttle.windowSeconds * 1000)
    .sort((a, b) => b - a);
  if (inWindow.length < throttle.limit) return null;
  const releasedAt = inWindow[throttle.limit - 1]! + throttle.windowSeconds * 1000;
  return Math.max(1, Math.ceil((releasedAt - now.getTime()) / 1000));
}
