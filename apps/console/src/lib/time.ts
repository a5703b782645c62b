import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Every time on a screen is Beijing time, whatever the browser's own zone. */
export const ZONE = 'Asia/Shanghai';

export function shanghai(instant: string | Date | number): dayjs.Dayjs {
  return dayjs(instant).tz(ZONE);
}

/** "2026-12-05 14:03" in Beijing time; "—" for nothing. */
export function formatInstant(instant: string | null | undefined, withSeconds = false): string {
  if (!instant) return '—';
  return shanghai(instant).format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

export function formatDate(instant: string | null | undefined): string {
  if (!instant) return '—';
  return shanghai(instant).format('YYYY-MM-DD');
}

/** A duration in Chinese: "3 天 4 小时", "25 分钟", "不足 1 分钟". */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  let rest = Math.floor(Math.abs(ms) / 60_000);
  if (rest === 0) return negative ? '超出不足 1 分钟' : '不足 1 分钟';
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const minutes = rest - hours * 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} 天`);
  if (hours > 0) parts.push(`${hours} 小时`);
  if (minutes > 0 && days === 0) parts.push(`${minutes} 分钟`);
  return parts.join(' ');
}

/** Today's date in Beijing, "YYYY-MM-DD". */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghai(now).format('YYYY-MM-DD');
}

export function daysBefore(date: string, days: number): string {
  return dayjs.tz(date, ZONE).subtract(days, 'day').format('YYYY-MM-DD');
}
