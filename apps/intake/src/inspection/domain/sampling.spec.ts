import { describe, expect, it } from '@jest/globals';
import {
  chooseSamples,
  randomQuotaOf,
  seededOrder,
  type AnsweredTicket,
  type SampleReason,
  type SamplingInput,
} from './sampling.js';

/** `count` answered tickets of `agentId`, ids `<agentId>-01`..., the first `complaints` of them complaints. */
function answeredBy(agentId: string, count: number, complaints = 0): AnsweredTicket[] {
  return Array.from({ length: count }, (_, i) => ({
    ticketId: `${agentId}-${String(i + 1).padStart(2, '0')}`,
    agentId,
    complaint: i < complaints,
  }));
}

function input(overrides: Partial<SamplingInput>): SamplingInput {
  return { answered: [], dissatisfied: [], alreadySampled: new Map(), share: 0.05, seed: 'draw-1', ...overrides };
}

function countsByAgentAndReason(
  samples: ReturnType<typeof chooseSamples>,
): Record<string, Partial<Record<SampleReason, number>>> {
  const counts: Record<string, Partial<Record<SampleReason, number>>> = {};
  for (const { agentId, reason } of samples)
    counts[agentId] = { ...counts[agentId], [reason]: (counts[agentId]?.[reason] ?? 0) + 1 };
  return counts;
}

describe(randomQuotaOf.name, () => {
  it.each([
    [0, 0.05, 0],
    [1, 0.05, 1],
    [19, 0.05, 1],
    [20, 0.05, 1],
    [21, 0.05, 2],
    [40, 0.05, 2],
    [41, 0.05, 3],
    [100, 0.05, 5],
    [10, 0.1, 1],
    [11, 0.1, 2],
    [3, 1, 3],
    [7, 0.5, 4],
    [5, 0, 0],
  ])('%i answered at a share of %f: %i drawn at random', (answered, share, quota) => {
    expect(randomQuotaOf(answered, share)).toBe(quota);
  });
});

describe(chooseSamples.name, () => {
  it('draws ceil(share × answered) per agent at random, at least one for anyone who answered', () => {
    const sut = chooseSamples(
      input({ answered: [...answeredBy('lin', 40), ...answeredBy('chen', 21), ...answeredBy('wu', 1)] }),
    );
    expect(countsByAgentAndReason(sut)).toEqual({ lin: { random: 2 }, chen: { random: 2 }, wu: { random: 1 } });
    for (const sample of sut) expect(sample.ticketId.startsWith(sample.agentId)).toBe(true);
  });

  it('takes every complaint and every dissatisfied follow-up besides the random share of the rest', () => {
    const sut = chooseSamples(
      input({
        answered: answeredBy('lin', 20, 3),
        dissatisfied: [
          { ticketId: 'lin-10', agentId: 'lin' },
          { ticketId: 'lin-11', agentId: 'lin' },
          { ticketId: 'other-ticket', agentId: 'chen' },
        ],
      }),
    );
    expect(countsByAgentAndReason(sut)).toEqual({
      lin: { complaint: 3, 'dissatisfied-follow-up': 2, random: 1 },
      chen: { 'dissatisfied-follow-up': 1 },
    });
    const random = sut.filter((s) => s.reason === 'random').map((s) => s.ticketId);
    expect(random).not.toEqual(expect.arrayContaining(['lin-01', 'lin-02', 'lin-03', 'lin-10', 'lin-11']));
  });

  it('takes a dissatisfied complaint once, as a complaint', () => {
    const sut = chooseSamples(
      input({ answered: answeredBy('lin', 1, 1), dissatisfied: [{ ticketId: 'lin-01', agentId: 'lin' }] }),
    );
    expect(sut).toEqual([{ ticketId: 'lin-01', agentId: 'lin', reason: 'complaint' }]);
  });

  it('draws the same tickets for the same draw id, whatever order they come in, and others for another id', () => {
    const answered = answeredBy('lin', 100);
    const first = chooseSamples(input({ answered, seed: 'draw-1' }));
    const again = chooseSamples(input({ answered: [...answered].reverse(), seed: 'draw-1' }));
    expect(again.map((s) => s.ticketId).sort()).toEqual(first.map((s) => s.ticketId).sort());
    const other = chooseSamples(input({ answered, seed: 'draw-2' }));
    expect(other).toHaveLength(5);
    expect(other.map((s) => s.ticketId).sort()).not.toEqual(first.map((s) => s.ticketId).sort());
  });

  it('drawing again adds only complaints and dissatisfied follow-ups not sampled yet', () => {
    const answered = answeredBy('lin', 40, 1);
    const first = chooseSamples(input({ answered }));
    const sampled = new Map(first.map((s) => [s.ticketId, s.reason]));
    const sut = chooseSamples(
      input({
        answered: [
          ...answered,
          { ticketId: 'lin-41', agentId: 'lin', complaint: true },
          { ticketId: 'lin-42', agentId: 'lin', complaint: false },
        ],
        dissatisfied: [{ ticketId: 'lin-05', agentId: 'lin' }],
        alreadySampled: sampled,
        share: null,
      }),
    );
    const expected = [{ ticketId: 'lin-41', agentId: 'lin', reason: 'complaint' }];
    if (!sampled.has('lin-05')) expected.push({ ticketId: 'lin-05', agentId: 'lin', reason: 'dissatisfied-follow-up' });
    expect(sut).toEqual(expected);
  });

  it('counts tickets an overlapping draw took at random toward the quota, and never samples a ticket twice', () => {
    const answered = answeredBy('lin', 40);
    const sut = chooseSamples(
      input({ answered, alreadySampled: new Map<string, SampleReason>([['lin-07', 'random']]) }),
    );
    expect(sut).toHaveLength(1);
    expect(sut[0]?.ticketId).not.toBe('lin-07');
    expect(
      chooseSamples(
        input({
          answered,
          alreadySampled: new Map<string, SampleReason>([
            ['lin-07', 'random'],
            ['lin-08', 'random'],
          ]),
        }),
      ),
    ).toEqual([]);
  });

  it('takes all of a small pool when the quota is larger', () => {
    expect(
      chooseSamples(input({ answered: answeredBy('lin', 3, 2), share: 1 }))
        .map((s) => s.reason)
        .sort(),
    ).toEqual(['complaint', 'complaint', 'random']);
  });
});

describe(seededOrder.name, () => {
  it('is a permutation of the tickets', () => {
    const tickets = answeredBy('lin', 30);
    expect(
      seededOrder(tickets, 'x')
        .map((t) => t.ticketId)
        .sort(),
    ).toEqual(tickets.map((t) => t.ticketId));
  });
});
