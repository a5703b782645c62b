import type { components } from '../../api/generated/routing';
import {
  AVAILABILITY_LABELS,
  LANGUAGE_LABELS,
  LEGAL_CATEGORY_LABELS,
  REQUEST_TYPE_LABELS,
  WEEKDAY_LABELS,
  labelOf,
} from '../../i18n/labels';

// The agency directory as its keeper edits it: duty hours between the form and the API's weekly
// schedule, jurisdictions in force, and the audit trail in words.

export type AgencyDetail = components['schemas']['AgencyDetailView'];
export type Jurisdiction = components['schemas']['JurisdictionView'];
export type AuditEntry = components['schemas']['AuditEntryView'];

/**
 * The 6-digit division code of a supervisor's area ("4406" → "440600", "44" → "440000"), for the
 * directory's region filter; null without an area.
 */
export function areaRegionCodeOf(area: string | null | undefined): string | null {
  if (!area || !/^\d{2,12}$/.test(area)) return null;
  if (area.length <= 6) return area.padEnd(6, '0');
  return area.length <= 9 ? area.padEnd(9, '0') : area.padEnd(12, '0');
}

export interface DutySpan {
  from: string;
  to: string;
}

/** The duty hours form: one list of spans per ISO weekday, "1" = Monday … "7" = Sunday. */
export type DutyHoursForm = Record<string, DutySpan[]>;

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** HH:MM on a 24-hour clock; "24:00" ends a day. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function spansOf(value: unknown): DutySpan[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((span): span is DutySpan => typeof span === 'object' && span !== null && typeof (span as DutySpan).from === 'string' && typeof (span as DutySpan).to === 'string')
    .map((span) => ({ from: span.from, to: span.to }));
}

/** The API's schedule as the form's seven days (a day without duty has no spans). */
export function dutyHoursFormOf(schedule: Record<string, unknown>): DutyHoursForm {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, spansOf(schedule[day])]));
}

/**
 * The form's days as the API's schedule: trimmed times, empty rows dropped, days without duty
 * left out (the schedule replaces the whole week).
 */
export function dutyHoursOf(form: Partial<Record<string, (Partial<DutySpan> | undefined)[] | undefined>>): Record<string, DutySpan[]> {
  const schedule: Record<string, DutySpan[]> = {};
  for (const day of WEEKDAYS) {
    const spans = (form[day] ?? [])
      .map((span) => ({ from: span?.from?.trim() ?? '', to: span?.to?.trim() ?? '' }))
      .filter((span) => span.from !== '' || span.to !== '');
    if (spans.length > 0) schedule[day] = spans;
  }
  return schedule;
}

/** A problem with one span, in Chinese, or null when it is well formed. */
export function spanProblemOf(span: Partial<DutySpan> | undefined): string | null {
  const from = span?.from?.trim() ?? '';
  const to = span?.to?.trim() ?? '';
  if (!TIME_PATTERN.test(from) || from === '24:00') return '开始时间请按 08:30 格式填写';
  if (!TIME_PATTERN.test(to)) return '结束时间请按 17:30 格式填写（可填 24:00）';
  if (from >= to) return '开始时间须早于结束时间';
  return null;
}

/** "周一至周五 08:30–17:30；周六 09:00–12:00", days with the same hours joined. */
export function scheduleText(schedule: Record<string, unknown>): string {
  const days = WEEKDAYS.map((day) => ({ day, hours: spansOf(schedule[day]).map((s) => `${s.from}–${s.to}`).join('、') })).filter((d) => d.hours !== '');
  if (days.length === 0) return '无值班时间';
  const groups: { first: string; last: string; hours: string }[] = [];
  for (const { day, hours } of days) {
    const previous = groups[groups.length - 1];
    if (previous && previous.hours === hours && Number(previous.last) + 1 === Number(day)) previous.last = day;
    else groups.push({ first: day, last: day, hours });
  }
  return groups
    .map((g) => `${labelOf(WEEKDAY_LABELS, g.first)}${g.first === g.last ? '' : `至${labelOf(WEEKDAY_LABELS, g.last)}`} ${g.hours}`)
    .join('；');
}

/** In force on `day` (YYYY-MM-DD, Asia/Shanghai): started, and not yet ended. */
export function inForce(jurisdiction: Jurisdiction, day: string): boolean {
  return jurisdiction.effectiveFrom <= day && (jurisdiction.effectiveTo === null || jurisdiction.effectiveTo > day);
}

/** Closed: no jurisdiction applies today or later. */
export function isClosed(agency: Pick<AgencyDetail, 'jurisdictions'>, today: string): boolean {
  return agency.jurisdictions.every((j) => j.effectiveTo !== null && j.effectiveTo <= today);
}

function jurisdictionText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '无';
  const j = value as Partial<Jurisdiction>;
  return `${j.regionCode ?? '?'}（${j.effectiveFrom ?? '?'} 起${j.effectiveTo ? `，${j.effectiveTo} 止` : ''}）`;
}

function listText(labels: Record<string, string>, value: unknown, emptyText: string): string {
  if (!Array.isArray(value)) return typeof value === 'string' ? value : '—';
  return value.length === 0 ? emptyText : value.map((code) => labelOf(labels, String(code))).join('、');
}

/** One field's value in words. */
function settingText(field: string, value: unknown): string {
  switch (field) {
    case 'availability':
      return labelOf(AVAILABILITY_LABELS, String(value));
    case 'dutyHours':
      return typeof value === 'object' && value !== null ? scheduleText(value as Record<string, unknown>) : '—';
    case 'languages':
      return listText(LANGUAGE_LABELS, value, '无');
    case 'legalCategories':
      return listText(LEGAL_CATEGORY_LABELS, value, '全部类别');
    case 'requestTypes':
      return listText(REQUEST_TYPE_LABELS, value, '无');
    default:
      return JSON.stringify(value);
  }
}

const SETTING_NAMES: Record<string, string> = {
  availability: '接待状态',
  dutyHours: '值班时间',
  languages: '服务语言',
  legalCategories: '受理事项类别',
  requestTypes: '受理诉求类型',
};

/** What an audit entry changed, one line per field or jurisdiction: "接待状态：正常 → 无人值守". */
export function auditChangeLines(entry: Pick<AuditEntry, 'changeKind' | 'before' | 'after'>): string[] {
  switch (entry.changeKind) {
    case 'agency-updated':
      return Object.keys(entry.after).map(
        (field) => `${SETTING_NAMES[field] ?? field}：${settingText(field, entry.before[field])} → ${settingText(field, entry.after[field])}`,
      );
    case 'jurisdiction-added':
      return [`新增管辖：${jurisdictionText(entry.after.jurisdiction)}`];
    case 'jurisdiction-ended':
      return [`结束管辖：${jurisdictionText(entry.after.jurisdiction)}`];
    case 'agency-closed': {
      const ended = Array.isArray(entry.after.jurisdictions) ? (entry.after.jurisdictions as unknown[]) : [];
      return ended.length === 0 ? ['撤销机构'] : ended.map((j) => `结束管辖：${jurisdictionText(j)}`);
    }
  }
}
