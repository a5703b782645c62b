import { z } from 'zod';
import { Instant } from './vocabulary.js';

/** Services that produce events; the envelope's `source`. */
export const EVENT_SOURCES = ['intake', 'routing', 'legal-aid', 'mediation', 'hotline-exchange'] as const;
export const EventSource = z.enum(EVENT_SOURCES);
export type EventSource = z.infer<typeof EventSource>;

/**
 * The envelope every event travels in (CloudEvents-like).
 *
 * - `id`: unique per event; consumers deduplicate on it.
 * - `type`: fact in past tense with its version, e.g. `ticket.opened.v1`.
 * - `subject`: the aggregate id; also the Kafka message key.
 * - `occurredAt`: UTC ISO-8601 instant at which the fact was recorded.
 * - `correlationId`: shared by every event of one flow (one citizen request).
 * - `causationId`: the id of the event (or HTTP request) that caused this one, null at the origin.
 */
export interface EventEnvelope<TType extends string = string, TData = unknown> {
  id: string;
  type: TType;
  source: EventSource;
  subject: string;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  data: TData;
}

export const EnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z-]+(\.[a-z-]+)*\.v\d+$/, 'must look like noun.verbed.v1'),
  source: EventSource,
  subject: z.string().min(1).max(100),
  occurredAt: Instant,
  correlationId: z.string().min(1).max(100),
  causationId: z.string().min(1).max(100).nullable(),
  data: z.unknown(),
});
