/** When failed deliveries are retried and how often their alert repeats; from configuration. */
export interface DeliveryPolicy {
  /** Back-off after the first failed attempt, in ms; it doubles with every further failure. */
  backoffBaseMs: number;
  /** Longest back-off, in ms. */
  backoffMaxMs: number;
  /** Shortest time between two alerts about the same failing transfer, in ms. */
  alertRepeatMs: number;
}

/**
 * Back-off after `failedAttempts` failures (1 or more): exponential with "equal jitter". The
 * ceiling doubles from the base up to the maximum, and the delay is drawn from its upper half.
 * Jitter keeps transfers that failed together (a partner outage) from retrying in lock-step; the
 * upper half keeps each back-off at least as long as the previous one until the maximum is
 * reached, so a partner that is down is asked less and less often. `random` returns [0, 1).
 */
export function backoffDelayMs(failedAttempts: number, policy: Pick<DeliveryPolicy, 'backoffBaseMs' | 'backoffMaxMs'>, random: () => number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  // 2 ** exponent grows to Infinity for absurd attempt counts; min() keeps it at the maximum.
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** exponent);
  const half = ceiling / 2;
  return Math.round(half + Math.min(Math.max(random(), 0), 1) * half);
}

/**
 * Whether a failing transfer's alert is raised at this failure: on the first one, then again
 * once `repeatMs` have passed since the last alert — never more often, however fast it fails.
 */
export function alertDue(lastAlertAt: Date | null, now: Date, repeatMs: number): boolean {
  return lastAlertAt === null || now.getTime() - lastAlertAt.getTime() >= repeatMs;
}
