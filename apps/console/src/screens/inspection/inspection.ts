import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { components } from '../../api/generated/intake';
import { shanghai } from '../../lib/time';

// Quality inspection (服务质检) and the per-agent figures (律师评价): the checklist's live total and
// grade as the service computes them, the month options, and the figures table and chart.

export type SampleSummary = components['schemas']['SampleSummaryView'];
export type Sample = components['schemas']['SampleView'];
export type ChecklistScores = components['schemas']['ChecklistScoresDto'];
export type AgentFigure = components['schemas']['AgentFigureView'];
export type Draw = components['schemas']['DrawView'];

export type ChecklistItem = keyof ChecklistScores;
export const CHECKLIST_ITEMS: ChecklistItem[] = ['legalAccuracy', 'citation', 'clarity', 'attitude', 'caseEducation'];

/** Points of each item in a total of 100, as the service weighs them. */
export const CHECKLIST_WEIGHTS: Record<ChecklistItem, number> = {
  legalAccuracy: 30,
  citation: 20,
  clarity: 20,
  attitude: 15,
  caseEducation: 15,
};
export const MAX_ITEM_SCORE = 5;
/** Legal accuracy rated below this fails the answer whatever its total. */
export const LEGAL_ACCURACY_PASS = 3;
export const EXCELLENT_FROM = 90;
export const QUALIFIED_FROM = 60;

export type Grade = 'excellent' | 'qualified' | 'unqualified';

export interface LiveScore {
  /** Points so far, out of 100, of the items rated. */
  total: number;
  /** Every item rated. */
  complete: boolean;
  /** Null until every item is rated. */
  grade: Grade | null;
  legalAccuracyFailed: boolean;
}

/** The total and grade of the ratings given so far, as the service will compute them. */
export function liveScoreOf(scores: Partial<Record<ChecklistItem, number | null | undefined>> | undefined): LiveScore {
  const given = scores ?? {};
  let points = 0;
  let complete = true;
  for (const item of CHECKLIST_ITEMS) {
    const value = given[item];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_ITEM_SCORE) {
      complete = false;
      continue;
    }
    points += (value * CHECKLIST_WEIGHTS[item]) / MAX_ITEM_SCORE;
  }
  const total = Math.round(points);
  const accuracy = given.legalAccuracy;
  const legalAccuracyFailed = typeof accuracy === 'number' && accuracy < LEGAL_ACCURACY_PASS;
  const grade: Grade | null = !complete
    ? null
    : legalAccuracyFailed || total < QUALIFIED_FROM
      ? 'unqualified'
      : total >= EXCELLENT_FROM
        ? 'excellent'
        : 'qualified';
  return { total, complete, grade, legalAccuracyFailed };
}

/** The Beijing month of an instant, "YYYY-MM". */
export function monthOf(now: Date = new Date()): string {
  return shanghai(now).format('YYYY-MM');
}

/** This month and the `count - 1` before it, newest first, as select options ("2026年12月"). */
export function monthOptions(count: number, now: Date = new Date()): { value: string; label: string }[] {
  const first = shanghai(now).startOf('month');
  return Array.from({ length: count }, (_, index) => {
    const month = first.subtract(index, 'month');
    return { value: month.format('YYYY-MM'), label: month.format('YYYY年M月') };
  });
}

/** "92.3%" of a rate from 0 to 1; "—" for none. */
export function rateText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export interface FigureRow {
  agentId: string;
  name: string;
  contacts: number;
  resolvedAtFirstContact: number;
  /** Resolved at first contact over contacts; null without contacts. */
  firstContactRate: number | null;
  transfers: number;
  followUpCalls: number;
  satisfiedRate: number | null;
  reviewed: number;
  meanScore: number | null;
  unqualified: number;
}

/**
 * One row per agent, most contacts first. An agent sees only their own row: the service answers
 * only it, and the console keeps to that too.
 */
export function figureRowsOf(agents: readonly AgentFigure[], onlyAgentId: string | null = null): FigureRow[] {
  return agents
    .filter((agent) => onlyAgentId === null || agent.agentId === onlyAgentId)
    .map((agent) => ({
      agentId: agent.agentId,
      name: agent.agentName ?? agent.agentId,
      contacts: agent.contacts,
      resolvedAtFirstContact: agent.resolvedAtFirstContact,
      firstContactRate: agent.contacts > 0 ? agent.resolvedAtFirstContact / agent.contacts : null,
      transfers: agent.transfers.total,
      followUpCalls: agent.followUps.total,
      satisfiedRate: agent.followUps.satisfiedRate,
      reviewed: agent.inspection.reviewed,
      meanScore: agent.inspection.meanScore,
      unqualified: agent.inspection.unqualified,
    }))
    .sort((a, b) => b.contacts - a.contacts || a.name.localeCompare(b.name, 'zh-CN'));
}

export type FiguresChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Contacts, resolved at first contact and transfers per agent, as grouped bars. */
export function figuresChartOption(rows: readonly FigureRow[]): FiguresChartOption {
  const series: { name: string; key: 'contacts' | 'resolvedAtFirstContact' | 'transfers'; colour: string }[] = [
    { name: '受理量', key: 'contacts', colour: '#1d4ed8' },
    { name: '即时办结', key: 'resolvedAtFirstContact', colour: '#15803d' },
    { name: '转办', key: 'transfers', colour: '#a16207' },
  ];
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: 'rgba(0, 0, 0, 0.75)' } },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { color: 'rgba(0, 0, 0, 0.75)' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: 'rgba(0, 0, 0, 0.75)' } },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: rows.map((row) => row[s.key]),
      itemStyle: { color: s.colour },
      barMaxWidth: 28,
    })),
  };
}
