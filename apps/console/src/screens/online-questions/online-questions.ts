import type { components } from '../../api/generated/intake';
import { formatDuration } from '../../lib/time';

export type OnlineQuestion = components['schemas']['OnlineQuestionView'];

const PRIORITY_RANK: Record<string, number> = { 'green-channel': 0, urgent: 1, normal: 2 };

/**
 * The supervisor's order: overdue questions first (the ones to act on), then higher priority, then
 * the earliest due.
 */
export function supervisionOrder(questions: readonly OnlineQuestion[]): OnlineQuestion[] {
  return [...questions].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9) ||
      Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
}

/** How long the asker has waited: "2 小时 5 分钟". */
export function waitingTextOf(receivedAt: string, now: number): string {
  return formatDuration(Math.max(0, now - Date.parse(receivedAt)));
}

/** What the staff member sees above the queue: off duty, at the cap, or how many they hold. */
export function queueNoticeOf(
  queue: Pick<components['schemas']['OnlineQueueView'], 'onDuty' | 'openClaims' | 'maxOpenClaims'>,
): {
  tone: 'warning' | 'info';
  text: string;
} | null {
  if (queue.onDuty === false) {
    return {
      tone: 'warning',
      text: '您当前不在网络或热线值班时段，不能领取网络咨询。队列只向值班人员开放；如需值班，请联系坐席班长排班。',
    };
  }
  if (queue.openClaims !== null && queue.openClaims >= queue.maxOpenClaims) {
    return {
      tone: 'warning',
      text: `您已领取 ${queue.openClaims} 条未答复的咨询，达到上限 ${queue.maxOpenClaims} 条。请先答复或释放，再领取新的咨询。`,
    };
  }
  if (queue.openClaims !== null)
    return { tone: 'info', text: `您已领取 ${queue.openClaims} 条未答复的咨询（上限 ${queue.maxOpenClaims} 条）。` };
  return null;
}
