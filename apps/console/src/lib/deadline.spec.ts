import { describe, expect, it } from 'vitest';
import { deadlineStateOf } from './deadline';

const HOUR = 3_600_000;

describe('deadline countdown colours', () => {
  const started = '2026-12-01T00:00:00Z';
  const due = '2026-12-08T00:00:00Z';
  const dueMs = Date.parse(due);

  it('is calm with plenty of time, amber in the last quarter, red once past', () => {
    expect(deadlineStateOf(due, started, dueMs - 5 * 24 * HOUR).tone).toBe('ok');
    expect(deadlineStateOf(due, started, dueMs - 24 * HOUR).tone).toBe('amber');
    const late = deadlineStateOf(due, started, dueMs + 2 * HOUR);
    expect(late.tone).toBe('red');
    expect(late.text).toBe('已超期 2 小时');
  });

  it('turns amber under four hours even for short clocks, and is settled once decided', () => {
    expect(deadlineStateOf(due, null, dueMs - 3 * HOUR).tone).toBe('amber');
    expect(deadlineStateOf(due, started, dueMs + HOUR, true).tone).toBe('done');
  });
});
