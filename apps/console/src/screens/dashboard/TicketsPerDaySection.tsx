import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ticketsPerDayChartOf, ticketsPerDayOptionOf } from './chart-options';
import { DashboardChart } from './DashboardChart';
import { dashboardApi, type FigureQuery } from './dashboard-api';
import { periodText } from './period';
import { FIGURES_REFRESH_MS } from './sections';

/** Tickets opened per Beijing day, stacked by channel. */
export function TicketsPerDaySection({ query }: { query: FigureQuery }) {
  const figures = useQuery({
    queryKey: ['dashboard', 'tickets-per-day', query],
    queryFn: () => dashboardApi.ticketsPerDay(query),
    placeholderData: keepPreviousData,
    refetchInterval: FIGURES_REFRESH_MS,
  });
  const chart = useMemo(() => (figures.data ? ticketsPerDayChartOf(figures.data) : null), [figures.data]);
  const option = useMemo(() => (chart ? ticketsPerDayOptionOf(chart) : null), [chart]);

  return (
    <Card
      title="每日受理量（按渠道）"
      size="small"
      extra={
        chart ? <Typography.Text data-testid="dashboard-per-day-total">合计 {chart.total} 件</Typography.Text> : null
      }
    >
      {figures.error ? <ErrorAlert error={figures.error} title="每日受理量加载失败" /> : null}
      {!chart || !option ? (
        figures.error ? null : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )
      ) : chart.total === 0 ? (
        <Empty description="该期间没有受理工单" />
      ) : (
        <DashboardChart
          testId="dashboard-per-day-chart"
          option={option}
          height={320}
          label={`每日受理量柱状图，${periodText(query)}，共 ${chart.total} 件：${chart.series.map((s) => `${s.label} ${s.total} 件`).join('，')}`}
          table={{
            caption: `每日受理量（按渠道），${periodText(query)}`,
            columns: ['日期', ...chart.series.map((s) => s.label), '合计'],
            rows: chart.dates.map((date, index) => [
              date,
              ...chart.series.map((s) => s.counts[index]!),
              chart.totals[index]!,
            ]),
          }}
        />
      )}
    </Card>
  );
}
