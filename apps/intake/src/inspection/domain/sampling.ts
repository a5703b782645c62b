import { createHash } from 'node:crypto';

// Which answered consultations the supervisors inspect (服务质检) in a month. Per agent:
// - every complaint (投诉) the agent answered, and every ticket whose caller said on the
//   follow-up call (回访) that they were dissatisfied: these are always inspected;
// - of the rest of the agent's answered tickets, a share drawn at random: ceil(share × the
//   agent's answered tickets), so anyone who answered at least one is inspected at least once.
// The draw is seeded by the draw's id: the same id and the same tickets give the same sample,
// whoever runs it and in whatever order the tickets come, so a disputed draw can be re-run.

export const SAMPLE_REASONS = ['random', 'complaint', 'dissatisfied-follow-up'] as const;
export type SampleReason = (typeof SAMPLE_REASONS)[number];

/** A ticket an agent answered in the month: resolved at first contact, or the caller answered (答复). */
export interface AnsweredTicket {
  ticketId: string;
  agentId: string;
  /** A complaint or suggestion (request type complaint-or-suggestion). */
  complaint: boolean;
}

/** A ticket with a dissatisfied follow-up call recorded in the month, and the agent who answered it. */
export interface DissatisfiedTicket {
  ticketId: string;
  agentId: string;
}

export interface SamplingInput {
  answered: readonly AnsweredTicket[];
  dissatisfied: readonly DissatisfiedTicket[];
  /** Tickets already sampled for the month (by this draw or another one), with why. */
  alreadySampled: ReadonlyMap<string, SampleReason>;
  /**
   * Share of each agent's answered tickets to draw at random, 0 to 1; null when this draw's
   * random part was taken already (drawing again only adds what must always be inspected).
   */
  share: number | null;
  /** The draw's id: seeds the random part. */
  seed: string;
}

export interface ChosenSample {
  ticketId: string;
  agentId: string;
  reason: SampleReason;
}

/** How many of `answered` tickets an agent has inspected at random: ceil(share × answered). */
export function randomQuotaOf(answered: number, share: number): number {
  if (answered <= 0 || share <= 0) return 0;
  // Rounded first, so that 0.05 × 20 is 1 and not 1.0000000000000002 (which would ceil to 2).
  return Math.min(answered, Math.ceil(Math.round(answered * share * 1e9) / 1e9));
}

/**
 * The new samples: every complaint and dissatisfied ticket not sampled yet, then per agent the
 * random share of the remaining answered tickets, less those already drawn at random for the
 * agent among them (by an overlapping draw). A ticket is chosen at most once, for its first
 * reason in this order: complaint, dissatisfied follow-up, random.
 */
export function chooseSamples(input: SamplingInput): ChosenSample[] {
  const chosen = new Map<string, ChosenSample>();
  const choose = (ticketId: string, agentId: string, reason: SampleReason) => {
    if (!input.alreadySampled.has(ticketId) && !chosen.has(ticketId))
      chosen.set(ticketId, { ticketId, agentId, reason });
  };
  for (const ticket of sortedById(input.answered))
    if (ticket.complaint) choose(ticket.ticketId, ticket.agentId, 'complaint');
  for (const ticket of sortedById(input.dissatisfied))
    choose(ticket.ticketId, ticket.agentId, 'dissatisfied-follow-up');
  if (input.share === null) return [...chosen.values()];

  const alwaysIn = new Set([
    ...chosen.keys(),
    ...[...input.alreadySampled].filter(([, r]) => r !== 'random').map(([id]) => id),
  ]);
  for (const [agentId, tickets] of byAgent(input.answered)) {
    const quota = randomQuotaOf(tickets.length, input.share);
    const drawnAlready = tickets.filter((t) => input.alreadySampled.get(t.ticketId) === 'random').length;
    const pool = tickets.filter((t) => !alwaysIn.has(t.ticketId) && !input.alreadySampled.has(t.ticketId));
    for (const ticket of seededOrder(pool, input.seed).slice(0, Math.max(0, quota - drawnAlready))) {
      choose(ticket.ticketId, agentId, 'random');
    }
  }
  return [...chosen.values()];
}

/** The tickets in the order a seeded hash of their ids gives: a shuffle that the seed reproduces. */
export function seededOrder<T extends { ticketId: string }>(tickets: readonly T[], seed: string): T[] {
  const rank = (ticketId: string) => createHash('sha256').update(`${seed}:${ticketId}`).digest('hex');
  return tickets
    .map((ticket) => ({ ticket, rank: rank(ticket.ticketId) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.ticket.ticketId < b.ticket.ticketId ? -1 : 1))
    .map(({ ticket }) => ticket);
}

function byAgent(answered: readonly AnsweredTicket[]): Map<string, AnsweredTicket[]> {
  const agents = new Map<string, AnsweredTicket[]>();
  for (const ticket of answered) agents.set(ticket.agentId, [...(agents.get(ticket.agentId) ?? []), ticket]);
  return agents;
}

function sortedById<T extends { ticketId: string }>(tickets: readonly T[]): T[] {
  return [...tickets].sort((a, b) => (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0));
}
