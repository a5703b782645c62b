// The per-agent monthly figures (律师评价), assembled from the counts the database aggregates.

/** One agent's counts for the month, as aggregated. */
export interface AgentFigureCounts {
  agentId: string;
  agentName: string | null;
  /** Tickets the agent opened (received first) in the month. */
  contacts: number;
  /** Tickets the agent resolved at first contact (即时办结) in the month. */
  resolvedAtFirstContact: number;
  /** Of the contacts, tickets sent to routing at opening. */
  dispatchedAtOpening: number;
  /** Desk tickets the agent turned into work orders in the month. */
  turnedIntoWorkOrders: number;
  /** Transfers to partner hotlines the agent asked for in the month. */
  partnerTransfers: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** Reviewed samples of the month. */
  reviewed: number;
  /** Mean total of those; null without any. */
  meanScore: number | null;
  unqualified: number;
}

export interface AgentFigures {
  agentId: string;
  agentName: string | null;
  contacts: number;
  resolvedAtFirstContact: number;
  transfers: { total: number; dispatchedAtOpening: number; turnedIntoWorkOrders: number; partnerTransfers: number };
  followUps: {
    satisfied: number;
    basicallySatisfied: number;
    dissatisfied: number;
    total: number;
    satisfiedRate: number | null;
  };
  inspection: { reviewed: number; meanScore: number | null; unqualified: number };
}

export function noFiguresFor(agentId: string, agentName: string | null): AgentFigureCounts {
  return {
    agentId,
    agentName,
    contacts: 0,
    resolvedAtFirstContact: 0,
    dispatchedAtOpening: 0,
    turnedIntoWorkOrders: 0,
    partnerTransfers: 0,
    satisfied: 0,
    basicallySatisfied: 0,
    dissatisfied: 0,
    reviewed: 0,
    meanScore: null,
    unqualified: 0,
  };
}

/**
 * The figures of one agent. The satisfaction rate (满意率) counts satisfied and basically
 * satisfied callers, as the dashboard does; rates and means to four and one decimals.
 */
export function agentFiguresOf(counts: AgentFigureCounts): AgentFigures {
  const followUps = counts.satisfied + counts.basicallySatisfied + counts.dissatisfied;
  return {
    agentId: counts.agentId,
    agentName: counts.agentName,
    contacts: counts.contacts,
    resolvedAtFirstContact: counts.resolvedAtFirstContact,
    transfers: {
      total: counts.dispatchedAtOpening + counts.turnedIntoWorkOrders + counts.partnerTransfers,
      dispatchedAtOpening: counts.dispatchedAtOpening,
      turnedIntoWorkOrders: counts.turnedIntoWorkOrders,
      partnerTransfers: counts.partnerTransfers,
    },
    followUps: {
      satisfied: counts.satisfied,
      basicallySatisfied: counts.basicallySatisfied,
      dissatisfied: counts.dissatisfied,
      total: followUps,
      satisfiedRate:
        followUps === 0
          ? null
          : Math.round(((counts.satisfied + counts.basicallySatisfied) / followUps) * 10_000) / 10_000,
    },
    inspection: {
      reviewed: counts.reviewed,
      meanScore: counts.meanScore === null ? null : Math.round(counts.meanScore * 10) / 10,
      unqualified: counts.unqualified,
    },
  };
}
