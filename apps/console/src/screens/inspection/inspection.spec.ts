import { describe, expect, it } from 'vitest';
import {
  figureRowsOf,
  figuresChartOption,
  liveScoreOf,
  monthOf,
  monthOptions,
  rateText,
  type AgentFigure,
} from './inspection';

function aFigure(agentId: string, name: string, contacts: number, resolved: number): AgentFigure {
  return {
    agentId,
    agentName: name,
    contacts,
    resolvedAtFirstContact: resolved,
    transfers: { total: 2, dispatchedAtOpening: 1, turnedIntoWorkOrders: 1, partnerTransfers: 0 },
    followUps: { satisfied: 3, basicallySatisfied: 1, dissatisfied: 1, total: 5, satisfiedRate: 0.8 },
    inspection: { reviewed: 2, meanScore: 86.5, unqualified: 0 },
  };
}

describe('the checklist score', () => {
  it('weighs each 0–5 rating by its item and grades the total as the service does', () => {
    expect(liveScoreOf({ legalAccuracy: 5, citation: 5, clarity: 5, attitude: 5, caseEducation: 5 })).toEqual({
      total: 100,
      complete: true,
      grade: 'excellent',
      legalAccuracyFailed: false,
    });
    // 24 + 16 + 16 + 12 + 12 = 80
    expect(liveScoreOf({ legalAccuracy: 4, citation: 4, clarity: 4, attitude: 4, caseEducation: 4 })).toMatchObject({
      total: 80,
      grade: 'qualified',
    });
    expect(liveScoreOf({ legalAccuracy: 3, citation: 2, clarity: 2, attitude: 2, caseEducation: 2 }).grade).toBe(
      'unqualified',
    );
  });

  it('fails an answer whose legal accuracy is below 3, whatever the total', () => {
    expect(liveScoreOf({ legalAccuracy: 2, citation: 5, clarity: 5, attitude: 5, caseEducation: 5 })).toEqual({
      total: 82,
      complete: true,
      grade: 'unqualified',
      legalAccuracyFailed: true,
    });
  });

  it('counts the items rated so far and grades only when all are', () => {
    expect(liveScoreOf({ legalAccuracy: 5, citation: 5 })).toEqual({
      total: 50,
      complete: false,
      grade: null,
      legalAccuracyFailed: false,
    });
    expect(liveScoreOf(undefined)).toMatchObject({ total: 0, grade: null });
  });
});

describe('the months', () => {
  it('are Beijing months, the latest first', () => {
    // 2026-11-30 20:00 UTC is already December in Beijing.
    const now = new Date('2026-11-30T20:00:00Z');
    expect(monthOf(now)).toBe('2026-12');
    expect(monthOptions(3, now)).toEqual([
      { value: '2026-12', label: '2026年12月' },
      { value: '2026-11', label: '2026年11月' },
      { value: '2026-10', label: '2026年10月' },
    ]);
  });
});

describe('the per-agent figures', () => {
  it('come most contacts first, with the first-contact rate', () => {
    const rows = figureRowsOf([aFigure('a', '杨敏', 4, 1), aFigure('b', '林晓', 10, 7)]);
    expect(rows.map((row) => row.name)).toEqual(['林晓', '杨敏']);
    expect(rows[0]).toMatchObject({
      contacts: 10,
      resolvedAtFirstContact: 7,
      firstContactRate: 0.7,
      transfers: 2,
      satisfiedRate: 0.8,
      meanScore: 86.5,
    });
    expect(rateText(rows[0]!.satisfiedRate)).toBe('80.0%');
    expect(rateText(null)).toBe('—');
  });

  it('show an agent only their own row', () => {
    expect(
      figureRowsOf([aFigure('a', '杨敏', 4, 1), aFigure('b', '林晓', 10, 7)], 'a').map((row) => row.agentId),
    ).toEqual(['a']);
  });

  it('chart contacts, resolved and transfers per agent', () => {
    const option = figuresChartOption(figureRowsOf([aFigure('b', '林晓', 10, 7)]));
    expect((option.series as { name: string; data: number[] }[]).map((s) => [s.name, s.data])).toEqual([
      ['受理量', [10]],
      ['即时办结', [7]],
      ['转办', [2]],
    ]);
  });
});
