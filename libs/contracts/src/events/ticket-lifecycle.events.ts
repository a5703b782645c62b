import { z } from 'zod';
import { Actor, FollowUpResult, Instant, Satisfaction } from '../vocabulary.js';

/** The owner answered the caller (答复). */
export const TicketAnsweredV1 = z.object({
  ticketId: z.uuid(),
  answeredBy: Actor,
  /** What the caller was told, in brief. */
  answer: z.string().min(1).max(4000),
  answeredAt: Instant,
});
export type TicketAnsweredV1 = z.infer<typeof TicketAnsweredV1>;

/**
 * The desk answered the request during the contact and closed it (即时办结): a consultation,
 * guidance request or complaint answered on the call or in writing, with legal education for the
 * caller's own case (个案普法). It never reached routing.
 */
export const TicketResolvedAtFirstContactV1 = z.object({
  ticketId: z.uuid(),
  /** What the caller was told. */
  answer: z.string().min(1).max(8000),
  /** Knowledge base entries (知识库) the answer relied on. */
  knowledgeEntryIds: z.array(z.uuid()).max(20),
  /** Articles cited to the caller, e.g. "《法律援助法》第三十一条". */
  citedArticles: z.array(z.string().min(1).max(200)).max(20),
  /** Legal education for the caller's own case (个案普法) was given. */
  caseEducationGiven: z.boolean(),
  resolvedBy: Actor,
  resolvedAt: Instant,
});
export type TicketResolvedAtFirstContactV1 = z.infer<typeof TicketResolvedAtFirstContactV1>;

/** The follow-up call (回访) was made and its result recorded. */
export const TicketFollowUpRecordedV1 = z.object({
  ticketId: z.uuid(),
  result: FollowUpResult,
  satisfaction: Satisfaction,
  note: z.string().max(2000).nullable(),
  recordedBy: Actor,
  recordedAt: Instant,
});
export type TicketFollowUpRecordedV1 = z.infer<typeof TicketFollowUpRecordedV1>;

/** The first-contact owner closed the ticket (办结). */
export const TicketClosedV1 = z.object({
  ticketId: z.uuid(),
  closedBy: Actor,
  closedAt: Instant,
});
export type TicketClosedV1 = z.infer<typeof TicketClosedV1>;

/** The ticket was reopened, e.g. after a dissatisfied follow-up; it goes to supervision (督办). */
export const TicketReopenedV1 = z.object({
  ticketId: z.uuid(),
  reason: z.string().min(1).max(2000),
  reopenedBy: Actor,
  /** True when a supervisor now follows the ticket. */
  underSupervision: z.boolean(),
  reopenedAt: Instant,
});
export type TicketReopenedV1 = z.infer<typeof TicketReopenedV1>;

/** A duplicate ticket was merged into another; its work continues there. */
export const TicketMergedV1 = z.object({
  ticketId: z.uuid(),
  intoTicketId: z.uuid(),
  mergedBy: Actor,
  reason: z.string().max(2000).nullable(),
  mergedAt: Instant,
});
export type TicketMergedV1 = z.infer<typeof TicketMergedV1>;

/** A merge was undone: the ticket is open on its own again, in the status it had. */
export const TicketMergeUndoneV1 = z.object({
  ticketId: z.uuid(),
  fromTicketId: z.uuid(),
  undoneBy: Actor,
  undoneAt: Instant,
});
export type TicketMergeUndoneV1 = z.infer<typeof TicketMergeUndoneV1>;
