import { describe, expect, it } from '@jest/globals';
import { CaseChanges, isFinished } from './case-changes.js';

const change = (ticketId: string, sequence: number) => ({ ticketId, sequence });

describe(CaseChanges.name, () => {
  it('shows each change once, whether pushed or pulled first', () => {
    const sut = new CaseChanges();
    expect(sut.take(change('t1', 1))).toEqual({ fresh: true, missing: [] });
    expect(sut.take(change('t1', 2))).toEqual({ fresh: true, missing: [] });
    expect(sut.take(change('t1', 1))).toEqual({ fresh: false });
    expect(sut.take(change('t1', 2))).toEqual({ fresh: false });
  });

  it('names the changes skipped between two seen, so the feed can fill them in', () => {
    const sut = new CaseChanges();
    sut.take(change('t1', 1));
    expect(sut.take(change('t1', 4))).toEqual({ fresh: true, missing: [2, 3] });
    expect(sut.take(change('t1', 2))).toEqual({ fresh: true, missing: [] });
  });

  it('does not count as missing what came before the first change seen of a case', () => {
    expect(new CaseChanges().take(change('t1', 5))).toEqual({ fresh: true, missing: [] });
  });

  it('keeps each case apart', () => {
    const sut = new CaseChanges();
    sut.take(change('t1', 1));
    expect(sut.take(change('t2', 1))).toEqual({ fresh: true, missing: [] });
  });
});

describe(isFinished.name, () => {
  it('is true once the case is closed (closed or merged)', () => {
    expect(isFinished({ coarseStatus: 'closed' })).toBe(true);
    expect(isFinished({ coarseStatus: 'open' })).toBe(false);
  });
});
