import type { EntityManager } from 'typeorm';

// One advisory lock per ticket, held to the end of the transaction. Every handler that changes
// a ticket's hand-offs (route, re-route, record a decision, withdraw, pause, fire a clock) takes
// it FIRST, before any row lock, so they run one at a time per ticket and never deadlock.
const keyOf = (ticketId: string) => `routing:ticket:${ticketId}`;

export async function lockTicket(manager: EntityManager, ticketId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [keyOf(ticketId)]);
}

/** The timer already holds a clock row when it needs the ticket: it must not wait, or it could deadlock. */
export async function tryLockTicket(manager: EntityManager, ticketId: string): Promise<boolean> {
  const [row] = await manager.query<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked', [
    keyOf(ticketId),
  ]);
  return row?.locked === true;
}
