import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { components } from '../../api/generated/intake';
import { LEGAL_CATEGORY_LABELS, labelOf } from '../../i18n/labels';
import { shanghai } from '../../lib/time';

// Special lines (专线): the open/change form to and from the request, and the report's chart.

export type SpecialLine = components['schemas']['SpecialLineView'];
export type SpecialLineReport = components['schemas']['SpecialLineReportView'];
export type OpenSpecialLineRequest = components['schemas']['OpenSpecialLineDto'];
export type ChangeSpecialLineRequest = components['schemas']['ChangeSpecialLineDto'];
type LegalCategory = OpenSpecialLineRequest['legalCategories'][number];
type Priority = OpenSpecialLineRequest['priority'];

/** Where a new line serves: the supervisor's own area, a region chosen in it, or the whole platform. */
export type LineScope = 'area' | 'region' | 'platform';

export interface LineForm {
  code: string;
  name: string;
  description: string;
  legalCategories: LegalCategory[];
  scope: LineScope;
  /** The region cascader's path, province first. */
  regionPath: string[];
  /** Beijing date-time field values, "YYYY-MM-DDTHH:mm"; endsAt empty for no end. */
  startsAt: string;
  endsAt: string;
  priority: Priority;
  /** Empty for the platform's default. */
  onlineAnswerHours: number | null;
}

const BEIJING_OFFSET = '+08:00';

function instantOf(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}${BEIJING_OFFSET}`;
}

function localFieldOf(instant: string): string {
  return shanghai(instant).format('YYYY-MM-DDTHH:mm');
}

export function emptyLineForm(now: Date = new Date()): LineForm {
  return {
    code: '',
    name: '',
    description: '',
    legalCategories: [],
    scope: 'area',
    regionPath: [],
    startsAt: shanghai(now).add(1, 'day').format('YYYY-MM-DDT00:00'),
    endsAt: '',
    priority: 'normal',
    onlineAnswerHours: null,
  };
}

/**
 * The region a line serves is a province, city or county (6 digits): a township chosen in the
 * cascader means its county.
 */
export function lineRegionOf(path: readonly string[]): string | null {
  const counties = path.filter((code) => /^\d{6}$/.test(code));
  return counties[counties.length - 1] ?? null;
}

function profileOf(form: LineForm): ChangeSpecialLineRequest {
  return {
    name: form.name.trim(),
    description: form.description.trim(),
    legalCategories: form.legalCategories,
    startsAt: instantOf(form.startsAt),
    endsAt: form.endsAt ? instantOf(form.endsAt) : null,
    priority: form.priority,
    onlineAnswerHours: form.onlineAnswerHours ?? null,
  };
}

export function openRequestOf(form: LineForm): OpenSpecialLineRequest {
  const request: OpenSpecialLineRequest = { ...profileOf(form), code: form.code.trim() };
  if (form.scope === 'platform') request.regionCode = null;
  if (form.scope === 'region') {
    const region = lineRegionOf(form.regionPath);
    if (region) request.regionCode = region;
  }
  return request;
}

/** A change replaces the whole profile: every field is sent, also those not changed. */
export function changeRequestOf(form: LineForm): ChangeSpecialLineRequest {
  return profileOf(form);
}

export function lineFormOf(line: SpecialLine): LineForm {
  return {
    code: line.code,
    name: line.name,
    description: line.description,
    legalCategories: line.legalCategories,
    scope: line.regionCode === null ? 'platform' : 'region',
    regionPath: line.regionCode ? [line.regionCode] : [],
    startsAt: localFieldOf(line.startsAt),
    endsAt: line.endsAt ? localFieldOf(line.endsAt) : '',
    priority: line.priority,
    onlineAnswerHours: line.onlineAnswerHours,
  };
}

/** "2026-12-01 00:00 起，长期" or "… 至 2027-03-01 00:00". */
export function periodText(line: Pick<SpecialLine, 'startsAt' | 'endsAt'>): string {
  const start = shanghai(line.startsAt).format('YYYY-MM-DD HH:mm');
  return line.endsAt ? `${start} 至 ${shanghai(line.endsAt).format('YYYY-MM-DD HH:mm')}` : `${start} 起，长期`;
}

export type ReportChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** The line's tickets per legal category, most first, as horizontal bars. */
export function categoryChartOption(report: Pick<SpecialLineReport, 'byLegalCategory'>): ReportChartOption {
  const rows = [...report.byLegalCategory].sort((a, b) => a.count - b.count);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 120, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: 'rgba(0, 0, 0, 0.75)' } },
    yAxis: {
      type: 'category',
      data: rows.map((row) => labelOf(LEGAL_CATEGORY_LABELS, row.legalCategory)),
      axisLabel: { color: 'rgba(0, 0, 0, 0.75)' },
    },
    series: [
      {
        type: 'bar',
        name: '工单数',
        data: rows.map((row) => row.count),
        itemStyle: { color: '#1d4ed8' },
        barMaxWidth: 24,
      },
    ],
  };
}
