import { describe, expect, it } from '@jest/globals';
import { agentFiguresOf, noFiguresFor } from './agent-figures.js';

describe(agentFiguresOf.name, () => {
  it('adds the transfers up and rates satisfied and basically satisfied callers over all calls', () => {
    const sut = agentFiguresOf({
      ...noFiguresFor('lin', '林晓'),
      contacts: 12,
      resolvedAtFirstContact: 9,
      dispatchedAtOpening: 2,
      turnedIntoWorkOrders: 1,
      partnerTransfers: 1,
      satisfied: 4,
      basicallySatisfied: 1,
      dissatisfied: 1,
      reviewed: 3,
      meanScore: 81.33333,
      unqualified: 1,
    });
    expect(sut).toEqual({
      agentId: 'lin',
      agentName: '林晓',
      contacts: 12,
      resolvedAtFirstContact: 9,
      transfers: { total: 4, dispatchedAtOpening: 2, turnedIntoWorkOrders: 1, partnerTransfers: 1 },
      followUps: { satisfied: 4, basicallySatisfied: 1, dissatisfied: 1, total: 6, satisfiedRate: 0.8333 },
      inspection: { reviewed: 3, meanScore: 81.3, unqualified: 1 },
    });
  });

  it('has no rate and no mean score without calls or reviews', () => {
    const sut = agentFiguresOf(noFiguresFor('lin', null));
    expect(sut.followUps.satisfiedRate).toBeNull();
    expect(sut.inspection.meanScore).toBeNull();
  });
});
