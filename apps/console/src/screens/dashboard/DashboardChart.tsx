import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerChartParts, type ECElementEvent, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import type { DashboardChartOption } from './chart-options';

// Only what the dashboard draws is bundled. SVG keeps the few bars and labels crisp at any zoom.
registerChartParts([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Hidden from sight, not from screen readers. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface DashboardChartProps {
  option: DashboardChartOption;
  /** What the chart shows, read out in place of the picture. */
  label: string;
  height: number;
  /** The chart's figures as a table for screen readers (the picture alone says nothing to them). */
  table?: ChartTable;
  /** A short text for screen readers when a visible table beside the chart already holds the figures. */
  summary?: ReactNode;
  onItemClick?: (event: { dataIndex: number; seriesName?: string; name: string }) => void;
  testId?: string;
}

/** One ECharts instance: sized to its box (ResizeObserver), given new options in place, disposed on unmount. */
export function DashboardChart({ option, label, height, table, summary, onItemClick, testId }: DashboardChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = init(element, undefined, { locale: 'ZH', renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return undefined;
    const handler = (event: ECElementEvent) => {
      if (event.componentType === 'series')
        onItemClick({ dataIndex: event.dataIndex, seriesName: event.seriesName, name: event.name });
    };
    instance.on('click', handler);
    return () => {
      // On unmount the instance is disposed first, its handlers with it.
      if (!instance.isDisposed()) instance.off('click', handler);
    };
  }, [onItemClick]);

  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />
      {table ? (
        <table style={visuallyHidden}>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) =>
                  cellIndex === 0 ? (
                    <th key={cellIndex} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={cellIndex}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {summary ? <figcaption style={visuallyHidden}>{summary}</figcaption> : null}
    </figure>
  );
}
