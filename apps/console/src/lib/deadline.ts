import { formatDuration } from './time';

export type DeadlineTone = 'ok' | 'amber' | 'red' | 'done';

export interface DeadlineState {
  tone: DeadlineTone;
  /** "剩余 5 小时 3 分钟" or "已超期 2 小时". */
  text: string;
  remainingMs: number;
}

/** Amber when less than a quarter of the allowed time (or under 4 hours) is left; red when past due. */
export function deadlineStateOf(dueAt: string, startedAt: string | null, now: number, settled = false): DeadlineState {
  const due = Date.parse(dueAt);
  const remainingMs = due - now;
  if (settled) return { tone: 'done', text: '已处理', remainingMs };
  if (remainingMs <= 0) return { tone: 'red', text: `已超期 ${formatDuration(-remainingMs)}`, remainingMs };
  const allowed = startedAt ? due - Date.parse(startedAt) : Number.POSITIVE_INFINITY;
  const amber = remainingMs < Math.min(4 * 3_600_000, allowed / 4) || remainingMs < allowed / 4;
  return { tone: amber ? 'amber' : 'ok', text: `剩余 ${formatDuration(remainingMs)}`, remainingMs };
}

/** Colours with at least 4.5:1 contrast on white (WCAG 2.1 AA). */
export const DEADLINE_COLOURS: Record<DeadlineTone, string> = {
  ok: '#1d6b32',
  amber: '#8a5300',
  red: '#b3261e',
  done: '#595959',
};
