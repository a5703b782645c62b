// The quality inspection checklist (质检评分表). Each item is rated 0 to 5 and weighs its share of
// 100 points; legal accuracy decides alone whether an answer can pass: a wrong statement of the
// law misleads the caller however polite and clear it was.

export const CHECKLIST_ITEMS = ['legalAccuracy', 'citation', 'clarity', 'attitude', 'caseEducation'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** Points of each item in a total of 100. */
export const CHECKLIST_WEIGHTS: Readonly<Record<ChecklistItem, number>> = {
  legalAccuracy: 30, // 法律适用准确
  citation: 20, // 引用法条规范
  clarity: 20, // 表达清晰
  attitude: 15, // 服务态度
  caseEducation: 15, // 个案普法
};

/** The highest rating of an item. */
export const MAX_ITEM_SCORE = 5;
/** A legal-accuracy rating below this fails the answer (不合格), whatever its total. */
export const LEGAL_ACCURACY_PASS = 3;
/** Totals from which an answer is excellent (优秀) or qualified (合格). */
export const EXCELLENT_FROM = 90;
export const QUALIFIED_FROM = 60;

export const GRADES = ['excellent', 'qualified', 'unqualified'] as const;
/** excellent 优秀, qualified 合格, unqualified 不合格. */
export type Grade = (typeof GRADES)[number];

export type ChecklistScores = Record<ChecklistItem, number>;

export interface ScoredChecklist {
  scores: ChecklistScores;
  /** 0 to 100, whole: each rating's share of its item's weight (every weight is a multiple of 5). */
  total: number;
  grade: Grade;
  /** Legal accuracy rated below the pass mark. */
  legalAccuracyFailed: boolean;
}

export interface ScoreProblem {
  /** `scores.<item>`. */
  field: string;
  message: string;
}

export type ScoringOutcome = { ok: true; scored: ScoredChecklist } | { ok: false; problems: ScoreProblem[] };

/** Checks that every item is rated with a whole number 0 to 5, then totals and grades the ratings. */
export function scoreChecklist(given: Partial<Record<ChecklistItem, unknown>>): ScoringOutcome {
  const problems: ScoreProblem[] = [];
  for (const item of CHECKLIST_ITEMS) {
    const value = given[item];
    if (value === undefined || value === null) {
      problems.push({ field: `scores.${item}`, message: `scores.${item} is required` });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_ITEM_SCORE) {
      problems.push({
        field: `scores.${item}`,
        message: `scores.${item} must be a whole number from 0 to ${MAX_ITEM_SCORE}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const scores = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, given[item] as number])) as ChecklistScores;
  const points = CHECKLIST_ITEMS.reduce(
    (sum, item) => sum + (scores[item] * CHECKLIST_WEIGHTS[item]) / MAX_ITEM_SCORE,
    0,
  );
  const total = Math.round(points);
  const legalAccuracyFailed = scores.legalAccuracy < LEGAL_ACCURACY_PASS;
  return { ok: true, scored: { scores, total, grade: gradeOf(total, legalAccuracyFailed), legalAccuracyFailed } };
}

export function gradeOf(total: number, legalAccuracyFailed: boolean): Grade {
  if (legalAccuracyFailed || total < QUALIFIED_FROM) return 'unqualified';
  return total >= EXCELLENT_FROM ? 'excellent' : 'qualified';
}
