import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What ties log lines and events of one citizen request together: the correlation id shared by
 * the whole flow, and the id of the message or request that caused the current work.
 */
export interface CorrelationContext {
  correlationId: string;
  causationId: string | null;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

export function runWithCorrelation<T>(context: CorrelationContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentCorrelation(): CorrelationContext | undefined {
  return storage.getStore();
}

const ACCEPTABLE_ID = /^[\w.:-]{1,100}$/;

/** Keeps a caller-supplied correlation id when it is well formed; otherwise starts a new one. */
export function correlationIdFrom(header: unknown): string {
  return typeof header === 'string' && ACCEPTABLE_ID.test(header) ? header : randomUUID();
}
