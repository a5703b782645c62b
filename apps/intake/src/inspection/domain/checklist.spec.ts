import { describe, expect, it } from '@jest/globals';
import { gradeOf, scoreChecklist, type ChecklistScores } from './checklist.js';

const full: ChecklistScores = { legalAccuracy: 5, citation: 5, clarity: 5, attitude: 5, caseEducation: 5 };

describe(scoreChecklist.name, () => {
  it.each<[Partial<ChecklistScores>, number, string]>([
    [{}, 100, 'excellent'],
    [{ caseEducation: 2 }, 91, 'excellent'],
    [{ citation: 3, clarity: 4 }, 88, 'qualified'],
    [{ legalAccuracy: 3, citation: 3, clarity: 3, attitude: 3, caseEducation: 3 }, 60, 'qualified'],
    [{ legalAccuracy: 3, citation: 3, clarity: 3, attitude: 2, caseEducation: 3 }, 57, 'unqualified'],
    [{ legalAccuracy: 0, citation: 0, clarity: 0, attitude: 0, caseEducation: 0 }, 0, 'unqualified'],
  ])('weighs the ratings 30/20/20/15/15: %j totals %d, %s', (overrides, total, grade) => {
    const outcome = scoreChecklist({ ...full, ...overrides });
    expect(outcome.ok && outcome.scored).toMatchObject({ total, grade });
  });

  it('fails an answer whose legal accuracy is rated below 3, however high its total', () => {
    const outcome = scoreChecklist({ ...full, legalAccuracy: 2 });
    expect(outcome.ok && outcome.scored).toEqual({
      scores: { ...full, legalAccuracy: 2 },
      total: 82,
      grade: 'unqualified',
      legalAccuracyFailed: true,
    });
  });

  it('names every missing or out-of-range item', () => {
    const outcome = scoreChecklist({ legalAccuracy: 6, citation: -1, clarity: 2.5, attitude: '4' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => p.field)).toEqual([
      'scores.legalAccuracy',
      'scores.citation',
      'scores.clarity',
      'scores.attitude',
      'scores.caseEducation',
    ]);
    expect(!outcome.ok && outcome.problems[4]?.message).toBe('scores.caseEducation is required');
  });
});

describe(gradeOf.name, () => {
  it.each([
    [90, false, 'excellent'],
    [89.9, false, 'qualified'],
    [60, false, 'qualified'],
    [59.9, false, 'unqualified'],
    [100, true, 'unqualified'],
  ])('grades %d (legal accuracy failed: %s) %s', (total, failed, grade) => {
    expect(gradeOf(total, failed)).toBe(grade);
  });
});
