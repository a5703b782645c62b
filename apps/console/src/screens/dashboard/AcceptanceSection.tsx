import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Table, Typography } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { regionOf } from '../../components/regions';
import { AGENCY_TYPE_LABELS, labelOf } from '../../i18n/labels';
import {
  acceptanceChartHeightOf,
  acceptanceChartRowsOf,
  acceptanceOptionOf,
  minutesText,
  percentText,
} from './chart-options';
import { DashboardChart } from './DashboardChart';
import { dashboardApi, type FigureQuery } from './dashboard-api';
import type { AcceptanceRow } from './figures';
import { FIGURES_REFRESH_MS } from './sections';

function SeatName({ code }: { code: string }) {
  const region = useQuery({
    queryKey: ['region', code],
    queryFn: () => regionOf(code),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return <>{region.data?.name ?? code}</>;
}

const byNullable = (a: number | null, b: number | null) =>
  (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);

/** How fast each body accepts or rejects what it is handed, and how often the deadline passes first. */
export function AcceptanceSection({ query }: { query: FigureQuery }) {
  const figures = useQuery({
    queryKey: ['dashboard', 'acceptance', query],
    queryFn: () => dashboardApi.acceptance(query),
    placeholderData: keepPreviousData,
    refetchInterval: FIGURES_REFRESH_MS,
  });
  const rows = useMemo(() => figures.data?.rows ?? [], [figures.data]);
  const charted = useMemo(() => acceptanceChartRowsOf(rows), [rows]);
  const option = useMemo(() => acceptanceOptionOf(charted.rows), [charted]);
  const handedOff = rows.reduce((sum, row) => sum + row.handedOff, 0);
  const overdue = rows.reduce((sum, row) => sum + row.overdue, 0);

  return (
    <Card
      title="承办机构接收时效"
      size="small"
      extra={
        figures.data ? (
          <Typography.Text>
            移交 {handedOff} 件，超期 {overdue} 件（{percentText(handedOff === 0 ? null : overdue / handedOff)}）
          </Typography.Text>
        ) : null
      }
    >
      {figures.error ? <ErrorAlert error={figures.error} title="接收时效加载失败" /> : null}
      {!figures.data ? (
        figures.error ? null : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )
      ) : rows.length === 0 ? (
        <Empty description="该期间没有移交给承办机构的事项" />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            接收用时：自移交至承办机构接收或退回所经过的自然时间（暂停计时不扣除）。
            {charted.truncated ? `图中为接收用时（P90）最长的 ${charted.rows.length} 个机构，全部机构见下表。` : null}
          </Typography.Paragraph>
          <DashboardChart
            testId="dashboard-acceptance-chart"
            option={option}
            height={acceptanceChartHeightOf(charted.rows.length)}
            label={`各承办机构接收用时（中位数、P90、P95）与超期率条形图，共 ${charted.rows.length} 个机构`}
            summary="各机构的具体数值见图下方的表格。"
          />
          <Table<AcceptanceRow>
            size="small"
            style={{ marginTop: 16 }}
            rowKey="agencyId"
            dataSource={[...rows]}
            scroll={{ x: 1100 }}
            pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            onRow={(row) =>
              ({ 'data-testid': `dashboard-acceptance-row-${row.agencyId}` }) as HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: '承办机构', dataIndex: 'agencyName', fixed: 'left', width: 200 },
              {
                title: '类型',
                dataIndex: 'agencyType',
                width: 130,
                render: (type: string) => labelOf(AGENCY_TYPE_LABELS, type),
              },
              {
                title: '所在地区',
                dataIndex: 'regionCode',
                width: 120,
                render: (code: string) => <SeatName code={code} />,
              },
              { title: '移交', dataIndex: 'handedOff', align: 'right', sorter: (a, b) => a.handedOff - b.handedOff },
              { title: '已接收', dataIndex: 'accepted', align: 'right' },
              { title: '已退回', dataIndex: 'rejected', align: 'right' },
              { title: '待接收', dataIndex: 'pending', align: 'right' },
              { title: '超期', dataIndex: 'overdue', align: 'right', sorter: (a, b) => a.overdue - b.overdue },
              {
                title: '超期率',
                dataIndex: 'overdueRate',
                align: 'right',
                defaultSortOrder: 'descend',
                sorter: (a, b) => a.overdueRate - b.overdueRate,
                render: (rate: number) => percentText(rate),
              },
              {
                title: '中位数',
                dataIndex: 'p50Minutes',
                align: 'right',
                sorter: (a, b) => byNullable(a.p50Minutes, b.p50Minutes),
                render: minutesText,
              },
              {
                title: 'P90',
                dataIndex: 'p90Minutes',
                align: 'right',
                sorter: (a, b) => byNullable(a.p90Minutes, b.p90Minutes),
                render: minutesText,
              },
              {
                title: 'P95',
                dataIndex: 'p95Minutes',
                align: 'right',
                sorter: (a, b) => byNullable(a.p95Minutes, b.p95Minutes),
                render: minutesText,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
