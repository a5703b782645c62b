import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CHANNEL_LABELS, LEGAL_CATEGORY_LABELS, SATISFACTION_LABELS, labelOf } from '../../i18n/labels';
import { formatDuration } from '../../lib/time';
import type { AcceptanceRow, RegionCategoryCount, SummaryFigures, TicketsPerDayFigures } from './figures';
import { datesOf } from './period';

// From the services' figures to what the charts draw. Pure: the screen renders what these return.

export type DashboardChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * Series colours, each at least 3:1 against white (WCAG 2.1 non-text contrast), so thin bars and
 * legend marks stay visible. A code keeps its colour across periods and drill levels.
 */
export const PALETTE = [
  '#1d4ed8',
  '#b91c1c',
  '#15803d',
  '#a16207',
  '#7e22ce',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#c2410c',
  '#4338ca',
  '#0f766e',
  '#9d174d',
  '#57534e',
  '#1e40af',
  '#854d0e',
  '#6d28d9',
] as const;

export const SATISFACTION_COLOURS: Record<string, string> = {
  satisfied: '#15803d',
  'basically-satisfied': '#a16207',
  dissatisfied: '#b91c1c',
};

/** The codes of a label table in its order, then any code the console does not know yet. */
function orderedCodes(labels: Record<string, string>, present: Iterable<string>): string[] {
  const known = Object.keys(labels);
  const seen = new Set(present);
  return [...known.filter((code) => seen.has(code)), ...[...seen].filter((code) => !known.includes(code)).sort()];
}

function colourOf(labels: Record<string, string>, code: string): string {
  const index = Object.keys(labels).indexOf(code);
  return PALETTE[(index >= 0 ? index : Object.keys(labels).length + code.length) % PALETTE.length]!;
}

/** "85.7%" of a rate from 0 to 1; "—" for none. */
export function percentText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** "2 小时 5 分钟" of minutes; "—" for none. */
export function minutesText(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  return formatDuration(minutes * 60_000);
}

const TEXT = { color: 'rgba(0, 0, 0, 0.75)' };

// ---- tickets per day by channel ---------------------------------------------------------------

export interface ChannelSeries {
  channel: string;
  label: string;
  /** One count per day of `dates`. */
  counts: number[];
  total: number;
}

export interface TicketsPerDayChart {
  /** Every day of the period, also those without a ticket. */
  dates: string[];
  /** Channels with at least one ticket, in the label table's order. */
  series: ChannelSeries[];
  /** Tickets per day, all channels. */
  totals: number[];
  total: number;
}

export function ticketsPerDayChartOf(figures: TicketsPerDayFigures): TicketsPerDayChart {
  const dates = datesOf(figures);
  const position = new Map(dates.map((date, index) => [date, index]));
  const byChannel = new Map<string, number[]>();
  for (const { date, channel, count } of figures.days) {
    const index = position.get(date);
    if (index === undefined || count === 0) continue;
    const counts = byChannel.get(channel) ?? dates.map(() => 0);
    counts[index]! += count;
    byChannel.set(channel, counts);
  }
  const series = orderedCodes(CHANNEL_LABELS, byChannel.keys()).map((channel) => {
    const counts = byChannel.get(channel)!;
    return { channel, label: labelOf(CHANNEL_LABELS, channel), counts, total: counts.reduce((sum, n) => sum + n, 0) };
  });
  const totals = dates.map((_, index) => series.reduce((sum, s) => sum + s.counts[index]!, 0));
  return { dates, series, totals, total: totals.reduce((sum, n) => sum + n, 0) };
}

export function ticketsPerDayOptionOf(chart: TicketsPerDayChart): DashboardChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: TEXT },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: chart.dates.map((date) => date.slice(5)), axisLabel: TEXT },
    yAxis: { type: 'value', name: '工单数', minInterval: 1, axisLabel: TEXT, nameTextStyle: TEXT },
    series: chart.series.map((s) => ({
      type: 'bar',
      name: s.label,
      stack: 'channel',
      barMaxWidth: 40,
      data: s.counts,
      itemStyle: { color: colourOf(CHANNEL_LABELS, s.channel), borderColor: '#fff', borderWidth: 0.5 },
      emphasis: { focus: 'series' },
    })),
  };
}

// ---- region × legal category ----------------------------------------------------------------

export interface RegionBreakdown {
  code: string;
  name: string;
  total: number;
  /** Count per legal category code. */
  byCategory: Record<string, number>;
}

export interface RegionMatrix {
  /** Most tickets first, then by code. */
  regions: RegionBreakdown[];
  /** Categories with at least one ticket, in the label table's order. */
  categories: { code: string; label: string; total: number }[];
  total: number;
}

export function regionMatrixOf(rows: readonly RegionCategoryCount[]): RegionMatrix {
  const regions = new Map<string, RegionBreakdown>();
  const categoryTotals = new Map<string, number>();
  for (const row of rows) {
    if (row.count === 0) continue;
    const region = regions.get(row.regionCode) ?? {
      code: row.regionCode,
      name: row.regionName || row.regionCode,
      total: 0,
      byCategory: {},
    };
    region.total += row.count;
    region.byCategory[row.legalCategory] = (region.byCategory[row.legalCategory] ?? 0) + row.count;
    regions.set(row.regionCode, region);
    categoryTotals.set(row.legalCategory, (categoryTotals.get(row.legalCategory) ?? 0) + row.count);
  }
  const sorted = [...regions.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const categories = orderedCodes(LEGAL_CATEGORY_LABELS, categoryTotals.keys()).map((code) => ({
    code,
    label: labelOf(LEGAL_CATEGORY_LABELS, code),
    total: categoryTotals.get(code)!,
  }));
  return { regions: sorted, categories, total: sorted.reduce((sum, region) => sum + region.total, 0) };
}

/** Room for one bar per region, so names never overlap. */
export function regionChartHeightOf(matrix: RegionMatrix): number {
  return Math.max(220, 90 + matrix.regions.length * 30);
}

export function regionOptionOf(matrix: RegionMatrix): DashboardChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0, textStyle: TEXT },
    grid: { left: 8, right: 24, top: 48, bottom: 36, containLabel: true },
    // The region with most tickets on top.
    yAxis: { type: 'category', inverse: true, data: matrix.regions.map((region) => region.name), axisLabel: TEXT },
    xAxis: {
      type: 'value',
      name: '工单数',
      nameLocation: 'middle',
      nameGap: 28,
      minInterval: 1,
      axisLabel: TEXT,
      nameTextStyle: TEXT,
    },
    series: matrix.categories.map((category) => ({
      type: 'bar',
      name: category.label,
      stack: 'category',
      barMaxWidth: 32,
      data: matrix.regions.map((region) => region.byCategory[category.code] ?? 0),
      itemStyle: { color: colourOf(LEGAL_CATEGORY_LABELS, category.code), borderColor: '#fff', borderWidth: 0.5 },
      emphasis: { focus: 'series' },
      cursor: 'pointer',
    })),
  };
}

// ---- acceptance per body --------------------------------------------------------------------

export const ACCEPTANCE_CHART_LIMIT = 20;

/**
 * The bodies the chart draws: the slowest first (by p90, then overdue rate), at most `limit` so
 * the bars stay readable; the table below lists every body.
 */
export function acceptanceChartRowsOf<Row extends AcceptanceRow>(
  rows: readonly Row[],
  limit = ACCEPTANCE_CHART_LIMIT,
): { rows: Row[]; truncated: boolean } {
  const sorted = [...rows].sort(
    (a, b) =>
      (b.p90Minutes ?? -1) - (a.p90Minutes ?? -1) ||
      b.overdueRate - a.overdueRate ||
      a.agencyName.localeCompare(b.agencyName, 'zh-CN'),
  );
  return { rows: sorted.slice(0, limit), truncated: sorted.length > limit };
}

export function acceptanceChartHeightOf(count: number): number {
  return Math.max(220, 90 + count * 44);
}

/** Two panels side by side over the same bodies: acceptance time percentiles, and the overdue rate. */
export function acceptanceOptionOf(rows: readonly AcceptanceRow[]): DashboardChartOption {
  const names = rows.map((row) => row.agencyName);
  const minutes = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? `${value} 分钟` : '—'),
    },
    legend: { top: 0, textStyle: TEXT },
    grid: [
      { left: 8, width: '58%', top: 48, bottom: 36, containLabel: true },
      { right: 24, width: '24%', top: 48, bottom: 36, containLabel: true },
    ],
    yAxis: [
      {
        type: 'category',
        gridIndex: 0,
        inverse: true,
        data: names,
        axisLabel: { ...TEXT, width: 160, overflow: 'truncate' },
      },
      { type: 'category', gridIndex: 1, inverse: true, data: names, axisLabel: { show: false } },
    ],
    xAxis: [
      {
        type: 'value',
        gridIndex: 0,
        name: '接收用时（分钟）',
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: TEXT,
        nameTextStyle: TEXT,
      },
      {
        type: 'value',
        gridIndex: 1,
        name: '超期率',
        nameLocation: 'middle',
        nameGap: 28,
        min: 0,
        max: 100,
        axisLabel: { ...TEXT, formatter: '{value}%' },
        nameTextStyle: TEXT,
      },
    ],
    series: [
      {
        type: 'bar',
        name: '中位数（P50）',
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 16,
        data: rows.map((row) => minutes(row.p50Minutes)),
        itemStyle: { color: PALETTE[0] },
      },
      {
        type: 'bar',
        name: 'P90',
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 16,
        data: rows.map((row) => minutes(row.p90Minutes)),
        itemStyle: { color: PALETTE[3] },
      },
      {
        type: 'bar',
        name: 'P95',
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 16,
        data: rows.map((row) => minutes(row.p95Minutes)),
        itemStyle: { color: PALETTE[4] },
      },
      {
        type: 'bar',
        name: '超期率',
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 24,
        data: rows.map((row) => Math.round(row.overdueRate * 1000) / 10),
        itemStyle: { color: PALETTE[1] },
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? `${value}%` : '—') },
      },
    ],
  };
}

// ---- follow-up satisfaction -----------------------------------------------------------------

export interface SatisfactionSlice {
  code: string;
  label: string;
  count: number;
  /** Of all follow-ups with a satisfaction, 0 to 1. */
  share: number;
}

export function satisfactionSlicesOf(satisfaction: SummaryFigures['satisfaction']): SatisfactionSlice[] {
  const counts = new Map<string, number>();
  for (const { satisfaction: code, count } of satisfaction) counts.set(code, (counts.get(code) ?? 0) + count);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return orderedCodes(SATISFACTION_LABELS, counts.keys())
    .filter((code) => counts.get(code)! > 0)
    .map((code) => ({
      code,
      label: labelOf(SATISFACTION_LABELS, code),
      count: counts.get(code)!,
      share: total === 0 ? 0 : counts.get(code)! / total,
    }));
}

export function satisfactionOptionOf(slices: readonly SatisfactionSlice[]): DashboardChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 次（{d}%）' },
    legend: { bottom: 0, textStyle: TEXT },
    series: [
      {
        type: 'pie',
        name: '回访满意度',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%', color: TEXT.color },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        data: slices.map((slice) => ({
          name: slice.label,
          value: slice.count,
          itemStyle: { color: SATISFACTION_COLOURS[slice.code] ?? PALETTE[12] },
        })),
      },
    ],
  };
}
