import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES } from '@legal-hotline/contracts';
import {
  codeMatches,
  isWellFormedReference,
  issueCallerLookup,
  LOOKUP_FAILURE_WINDOW_MS,
  lookupAnswerOf,
  lookupCodeHash,
  lookupThrottle,
  NEXT_STEPS,
  normalisedReference,
  referenceFrom,
  reissueLookupCode,
  type LookupRandomness,
} from './caller-lookup.js';

const KEY = 'unit-test-caller-hash-key-0123456789abcdef';

/** Randomness that answers what it is told to. */
function fixedRandom(bytes: number[], int: number): LookupRandomness {
  return { bytes: (count) => Uint8Array.from(bytes.slice(0, count)), int: () => int };
}

describe(referenceFrom.name, () => {
  it('encodes 50 random bits as 10 Crockford base32 characters', () => {
    expect(referenceFrom(Uint8Array.from([0, 0, 0, 0, 0, 0, 0]))).toBe('0000000000');
    expect(referenceFrom(Uint8Array.from([255, 255, 255, 255, 255, 255, 255]))).toBe('ZZZZZZZZZZ');
    expect(referenceFrom(Uint8Array.from([0, 0, 0, 0, 0, 0, 33]))).toBe('1100000000');
  });

  it('never uses the letters I, L, O or U', () => {
    for (let i = 0; i < 200; i++) {
      const random = Uint8Array.from({ length: 7 }, (_, j) => (i * 37 + j * 101) % 256);
      expect(referenceFrom(random)).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    }
  });

  it('refuses too little randomness', () => {
    expect(() => referenceFrom(Uint8Array.from([1, 2, 3]))).toThrow(RangeError);
  });
});

describe(issueCallerLookup.name, () => {
  it('issues a reference and a 6-digit code, and keeps only the code\'s keyed hash', () => {
    const { key, code } = issueCallerLookup(fixedRandom([1, 2, 3, 4, 5, 6, 7], 42), KEY);
    expect(code).toBe('000042');
    expect(isWellFormedReference(key.reference)).toBe(true);
    expect(key.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.codeHash).toBe(lookupCodeHash(key.reference, code, KEY));
    expect(JSON.stringify(key)).not.toContain(code);
  });

  it('binds the hash to the reference and the key', () => {
    expect(lookupCodeHash('ABCDEFGHJK', '123456', KEY)).not.toBe(lookupCodeHash('ABCDEFGHJ0', '123456', KEY));
    expect(lookupCodeHash('ABCDEFGHJK', '123456', KEY)).not.toBe(lookupCodeHash('ABCDEFGHJK', '123456', `${KEY}-other`));
  });

  it('re-issues a new code for the same reference', () => {
    const first = issueCallerLookup(fixedRandom([9, 9, 9, 9, 9, 9, 9], 111_111), KEY);
    const again = reissueLookupCode(first.key.reference, fixedRandom([], 222_222), KEY);
    expect(again.key.reference).toBe(first.key.reference);
    expect(again.code).toBe('222222');
    expect(codeMatches(again.key, first.key.reference, first.code, KEY)).toBe(false);
  });
});

describe(codeMatches.name, () => {
  const { key, code } = issueCallerLookup(fixedRandom([7, 6, 5, 4, 3, 2, 1], 654_321), KEY);

  it('accepts the issued code', () => {
    expect(codeMatches(key, key.reference, code, KEY)).toBe(true);
  });

  it.each(['654320', '000000', '65432', ''])('refuses %j', (wrong) => {
    expect(codeMatches(key, key.reference, wrong, KEY)).toBe(false);
  });

  it('refuses any code for an unknown reference (and for old tickets, which have none)', () => {
    expect(codeMatches(null, key.reference, code, KEY)).toBe(false);
  });
});

describe(normalisedReference.name, () => {
  it.each([
    ['abcd-efgh-jk', 'ABCDEFGHJK'],
    [' 7k3m 9q2x hp ', '7K3M9Q2XHP'],
    ['1lIo0', '11100'],
  ])('reads %j as %j', (input, reference) => {
    expect(normalisedReference(input)).toBe(reference);
  });
});

describe(lookupThrottle.name, () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it('allows a reference with fewer than 5 failures in the last 15 minutes', () => {
    expect(lookupThrottle([minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)], now)).toEqual({ allowed: true });
  });

  it('does not count failures older than 15 minutes', () => {
    expect(lookupThrottle([minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(15)], now)).toEqual({ allowed: true });
  });

  it('locks the reference after 5 failures, until the oldest of them leaves the window', () => {
    expect(lookupThrottle([minutesAgo(10), minutesAgo(8), minutesAgo(3), minutesAgo(2), minutesAgo(1)], now)).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
  });

  it('with more than 5 failures, waits until only 4 remain', () => {
    const failures = [minutesAgo(12), minutesAgo(11), minutesAgo(10), minutesAgo(9), minutesAgo(8), minutesAgo(7)];
    expect(lookupThrottle(failures, now)).toEqual({ allowed: false, retryAfterSeconds: 4 * 60 });
  });

  it('never asks to retry in less than a second', () => {
    const failures = Array.from({ length: 5 }, () => new Date(now.getTime() - LOOKUP_FAILURE_WINDOW_MS + 1));
    expect(lookupThrottle(failures, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe(lookupAnswerOf.name, () => {
  const resolution = {
    answer: '可以向劳动人事争议仲裁委员会申请仲裁，仲裁时效为一年。',
    knowledgeEntryIds: ['0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d'],
    citedArticles: ['《劳动争议调解仲裁法》第二十七条'],
    caseEducationGiven: true,
    resolvedBy: { organisation: '广东省12348公共法律服务热线', organisationId: '12348-gd', agent: '林晓', agentId: 'subject-lin-xiao' },
    resolvedAt: new Date('2026-11-24T03:00:00Z'),
  };

  it('tells status and next step only', () => {
    expect(lookupAnswerOf('merged')).toEqual({ status: 'merged', coarseStatus: 'closed', nextStep: NEXT_STEPS.merged, answer: null });
  });

  it('shows the desk\'s answer and the articles it cited, without who answered or what it relied on internally', () => {
    expect(lookupAnswerOf('closed', resolution)).toEqual({
      status: 'closed',
      coarseStatus: 'closed',
      nextStep: NEXT_STEPS.closed,
      answer: { answer: resolution.answer, citedArticles: ['《劳动争议调解仲裁法》第二十七条'], answeredAt: resolution.resolvedAt },
    });
  });

  it.each(['reopened', 'received', 'awaiting-acceptance'] as const)('hides an earlier desk answer while the ticket is %s again', (status) => {
    expect(lookupAnswerOf(status, resolution).answer).toBeNull();
  });
});

describe('NEXT_STEPS', () => {
  it.each([...TICKET_STATUSES])('has a plain sentence for %s in Chinese and English, naming nobody', (status) => {
    const { zh, en } = NEXT_STEPS[status];
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[A-Z].*\.$/);
    expect(`${zh}${en}`).not.toMatch(/中心|委员会|centre|committee/i);
  });
});
