import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TICKET_STATUS_COLOURS, TICKET_STATUS_LABELS, labelOf } from '../../i18n/labels';
import { percentText, satisfactionOptionOf, satisfactionSlicesOf } from './chart-options';
import { DashboardChart } from './DashboardChart';
import { dashboardApi, type FigureQuery } from './dashboard-api';
import { FIGURES_REFRESH_MS } from './sections';

const CARDS = [
  { key: 'opened', title: '受理工单', hint: '期间新受理的工单' },
  { key: 'closed', title: '已办结', hint: '期间受理、现已办结或合并' },
  { key: 'open', title: '未办结', hint: '期间受理、尚未办结' },
  { key: 'urgent', title: '紧急', hint: '紧急工单，含紧情要情' },
  { key: 'dangerous', title: '紧情要情', hint: '已移交 110 的危急情形' },
  { key: 'greenChannel', title: '绿色通道', hint: '农民工欠薪与退役军人事项' },
  { key: 'migrantWorkerWageClaims', title: '农民工欠薪', hint: '农民工追索劳动报酬' },
  { key: 'veterans', title: '退役军人', hint: '来电人为退役军人' },
] as const;

/** Statistic cards for the period, and the follow-up satisfaction. */
export function SummarySection({ query }: { query: FigureQuery }) {
  const summary = useQuery({
    queryKey: ['dashboard', 'summary', query],
    queryFn: () => dashboardApi.summary(query),
    placeholderData: keepPreviousData,
    refetchInterval: FIGURES_REFRESH_MS,
  });
  const slices = useMemo(() => satisfactionSlicesOf(summary.data?.satisfaction ?? []), [summary.data]);
  const option = useMemo(() => satisfactionOptionOf(slices), [slices]);

  if (summary.error) return <ErrorAlert error={summary.error} title="工单概况加载失败" />;
  if (!summary.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const figures = summary.data;

  return (
    <Row gutter={[16, 16]} data-testid="dashboard-summary">
      <Col xs={24} xl={16}>
        <Card title="工单概况" size="small" styles={{ body: { paddingBottom: 8 } }}>
          <Row gutter={[16, 16]}>
            {CARDS.map((card) => (
              <Col key={card.key} xs={12} md={6}>
                <Statistic
                  title={card.title}
                  value={figures[card.key]}
                  suffix="件"
                  data-testid={`dashboard-stat-${card.key}`}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {card.hint}
                </Typography.Text>
              </Col>
            ))}
          </Row>
          {figures.byStatus.length > 0 ? (
            <Space wrap size={[4, 8]} style={{ marginTop: 16 }} aria-label="按当前状态">
              <Typography.Text type="secondary">按当前状态：</Typography.Text>
              {figures.byStatus
                .filter((entry) => entry.count > 0)
                .map((entry) => (
                  <Tag key={entry.status} color={TICKET_STATUS_COLOURS[entry.status]}>
                    {labelOf(TICKET_STATUS_LABELS, entry.status)} {entry.count}
                  </Tag>
                ))}
            </Space>
          ) : null}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title="回访满意度" size="small" style={{ height: '100%' }}>
          <Row gutter={16}>
            <Col span={12}>
              <Statistic
                title="满意率"
                value={percentText(figures.satisfiedRate)}
                data-testid="dashboard-satisfied-rate"
              />
            </Col>
            <Col span={12}>
              <Statistic title="回访次数" value={figures.followUps} suffix="次" />
            </Col>
          </Row>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            期间内记录的回访；满意率 =（满意 + 基本满意）÷ 回访次数
          </Typography.Text>
          {slices.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该期间没有回访记录" />
          ) : (
            <DashboardChart
              option={option}
              height={220}
              label={`回访满意度饼图：${slices.map((slice) => `${slice.label} ${slice.count} 次`).join('，')}`}
              table={{
                caption: '回访满意度',
                columns: ['满意度', '回访次数', '占比'],
                rows: slices.map((slice) => [slice.label, slice.count, percentText(slice.share)]),
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
