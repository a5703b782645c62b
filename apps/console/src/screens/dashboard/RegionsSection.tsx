import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Skeleton, Table, Typography } from 'antd';
import { useCallback, useMemo, type HTMLAttributes } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { regionChartHeightOf, regionMatrixOf, regionOptionOf, type RegionBreakdown } from './chart-options';
import { DashboardChart } from './DashboardChart';
import { dashboardApi, type FigureQuery } from './dashboard-api';
import { breakdownLevelOf, drillTargetOf, type RegionLevel } from './region-scope';
import { FIGURES_REFRESH_MS } from './sections';

const LEVEL_NAMES: Record<RegionLevel, string> = {
  province: '省',
  city: '市（州）',
  county: '县（市、区）',
  township: '乡镇（街道）',
};

export interface RegionsSectionProps {
  query: FigureQuery;
  /** The region shown, as a prefix; null: all the person may see. */
  region: string | null;
  onDrill: (region: string) => void;
}

/** Tickets by region one level down × legal category; a region's bar or name leads into it. */
export function RegionsSection({ query, region, onDrill }: RegionsSectionProps) {
  const level = breakdownLevelOf(region);
  const figures = useQuery({
    queryKey: ['dashboard', 'regions', query],
    queryFn: () => dashboardApi.regions(query),
    enabled: level !== null,
    placeholderData: keepPreviousData,
    refetchInterval: FIGURES_REFRESH_MS,
  });
  const matrix = useMemo(() => regionMatrixOf(figures.data?.rows ?? []), [figures.data]);
  const option = useMemo(() => regionOptionOf(matrix), [matrix]);
  const drillable = (row: RegionBreakdown) => drillTargetOf(region, row.code);
  const onItemClick = useCallback(
    ({ dataIndex }: { dataIndex: number }) => {
      const row = matrix.regions[dataIndex];
      const target = row ? drillTargetOf(region, row.code) : null;
      if (target) onDrill(target);
    },
    [matrix, region, onDrill],
  );

  const levelName = LEVEL_NAMES[(figures.data?.level as RegionLevel | undefined) ?? level ?? 'township'] ?? '下级地区';
  const title = `各${levelName} × 法律事项类别`;

  if (level === null) {
    return (
      <Card title="地区 × 法律事项类别" size="small">
        <Empty description="已到乡镇（街道）一级，不再向下细分。可通过上方地区导航返回上一级。" />
      </Card>
    );
  }

  return (
    <Card title={title} size="small" extra={<Typography.Text type="secondary">点击地区查看下一级</Typography.Text>}>
      {figures.error ? <ErrorAlert error={figures.error} title="地区统计加载失败" /> : null}
      {!figures.data ? (
        figures.error ? null : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )
      ) : matrix.total === 0 ? (
        <Empty description="该期间、该地区没有受理工单" />
      ) : (
        <>
          <DashboardChart
            testId="dashboard-regions-chart"
            option={option}
            height={regionChartHeightOf(matrix)}
            onItemClick={onItemClick}
            label={`各${levelName}工单数按法律事项类别堆叠的条形图，共 ${matrix.regions.length} 个地区、${matrix.total} 件`}
            table={{
              caption: title,
              columns: ['地区', ...matrix.categories.map((category) => category.label), '合计'],
              rows: matrix.regions.map((row) => [
                row.name,
                ...matrix.categories.map((category) => row.byCategory[category.code] ?? 0),
                row.total,
              ]),
            }}
          />
          <Table<RegionBreakdown>
            size="small"
            style={{ marginTop: 16 }}
            rowKey="code"
            dataSource={matrix.regions}
            pagination={matrix.regions.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            onRow={(row) => ({ 'data-testid': `dashboard-region-row-${row.code}` }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: '地区',
                dataIndex: 'name',
                render: (_, row) => {
                  const target = drillable(row);
                  return target ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      onClick={() => onDrill(target)}
                      aria-label={`查看${row.name}下一级`}
                    >
                      {row.name}
                    </Button>
                  ) : (
                    row.name
                  );
                },
              },
              { title: '工单数', dataIndex: 'total', align: 'right', width: 100, sorter: (a, b) => a.total - b.total },
              {
                title: '主要法律事项类别',
                key: 'categories',
                render: (_, row) =>
                  matrix.categories
                    .filter((category) => (row.byCategory[category.code] ?? 0) > 0)
                    .sort((a, b) => (row.byCategory[b.code] ?? 0) - (row.byCategory[a.code] ?? 0))
                    .slice(0, 3)
                    .map((category) => `${category.label} ${row.byCategory[category.code]}`)
                    .join('、'),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
