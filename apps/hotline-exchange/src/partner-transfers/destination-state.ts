import type { EntityManager } from 'typeorm';
import type { PartnerHotline } from '@legal-hotline/contracts';

/** What one attempt to reach a partner's endpoint came to, for its per-destination state. */
export type DestinationOutcome = { succeeded: true } | { succeeded: false; error: string | null };

/**
 * Per-destination state of a partner's endpoint, shared by every kind of webhook (transfers,
 * case changes): consecutive failures count up with every failed attempt and restart at a success.
 */
export async function recordDestinationState(manager: EntityManager, partner: PartnerHotline, outcome: DestinationOutcome, now: Date): Promise<void> {
  if (outcome.succeeded) {
    await manager.query(
      `INSERT INTO partner_delivery_states (partner_code, consecutive_failures, last_success_at) VALUES ($1, 0, $2)
       ON CONFLICT (partner_code) DO UPDATE SET consecutive_failures = 0, last_success_at = EXCLUDED.last_success_at`,
      [partner, now],
    );
  } else {
    await manager.query(
      `INSERT INTO partner_delivery_states (partner_code, consecutive_failures, last_failure_at, last_error) VALUES ($1, 1, $2, $3)
       ON CONFLICT (partner_code) DO UPDATE SET consecutive_failures = partner_delivery_states.consecutive_failures + 1,
         last_failure_at = EXCLUDED.last_failure_at, last_error = EXCLUDED.last_error`,
      [partner, now, outcome.error],
    );
  }
}
