import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Form, Input, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  LEGAL_CATEGORY_LABELS,
  PRIORITY_LABELS,
  SATISFACTION_LABELS,
  SPECIAL_LINE_STATUS_COLOURS,
  SPECIAL_LINE_STATUS_LABELS,
  TICKET_STATUS_LABELS,
  labelOf,
} from '../../i18n/labels';
import { DashboardChart } from '../dashboard/DashboardChart';
import { categoryChartOption, periodText } from './special-lines';

function rate(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/** A special line's details and report (专线报告): its tickets, first-contact resolution, follow-ups, online questions and knowledge section. */
export function SpecialLineReportScreen() {
  const { code = '' } = useParams();
  const principal = usePrincipal();
  const reader = hasRole(principal, 'supervisor', 'owner-lead');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const line = useQuery({
    queryKey: ['special-lines', 'line', code],
    queryFn: () => unwrap(intake.GET('/v1/special-lines/{code}', { params: { path: { code } } })),
  });
  const report = useQuery({
    queryKey: ['special-lines', 'report', code, from, to],
    queryFn: () =>
      unwrap(
        intake.GET('/v1/special-lines/{code}/report', {
          params: { path: { code }, query: { ...(from ? { from } : {}), ...(to ? { to } : {}) } },
        }),
      ),
    enabled: reader,
  });
  const data = report.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/special-lines">返回专线管理</Link>
      <ErrorAlert error={line.error} />
      {line.data ? (
        <>
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {line.data.name}
            </Typography.Title>
            <Tag color={SPECIAL_LINE_STATUS_COLOURS[line.data.status]}>
              {labelOf(SPECIAL_LINE_STATUS_LABELS, line.data.status)}
            </Tag>
          </Space>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'code', label: '专线代码', children: line.data.code },
              { key: 'region', label: '服务范围', children: line.data.regionName ?? '全平台' },
              { key: 'period', label: '期间', children: periodText(line.data) },
              { key: 'priority', label: '工单优先级', children: labelOf(PRIORITY_LABELS, line.data.priority) },
              {
                key: 'hours',
                label: '网络咨询答复时限',
                children: line.data.onlineAnswerHours === null ? '平台默认' : `${line.data.onlineAnswerHours} 工作小时`,
              },
              {
                key: 'categories',
                label: '受理类别',
                children: line.data.legalCategories.map((c) => labelOf(LEGAL_CATEGORY_LABELS, c)).join('、'),
              },
              { key: 'description', label: '说明', span: 2, children: line.data.description || '—' },
            ]}
          />
        </>
      ) : line.isLoading ? (
        <Skeleton active />
      ) : null}
      {reader ? (
        <Card
          title="专线报告"
          extra={
            <Form layout="inline">
              <Form.Item label="开始日期" htmlFor="line-report-from">
                <Input
                  id="line-report-from"
                  type="date"
                  value={from}
                  onChange={(event) => setFrom(event.target.value)}
                />
              </Form.Item>
              <Form.Item label="结束日期" htmlFor="line-report-to">
                <Input id="line-report-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
              </Form.Item>
            </Form>
          }
        >
          <ErrorAlert error={report.error} />
          {!data ? (
            report.isLoading ? (
              <Skeleton active />
            ) : null
          ) : (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="special-line-report">
              <Typography.Text type="secondary">
                统计期间：{data.from} 至 {data.to}（北京时间，含首尾两日；默认为专线开设至今）
              </Typography.Text>
              <Row gutter={[16, 16]}>
                <Col xs={12} md={6}>
                  <Statistic title="受理工单" value={data.tickets.opened} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title="即时办结"
                    value={data.tickets.resolvedAtFirstContact}
                    suffix={`（${rate(data.tickets.firstContactResolutionRate)}）`}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title="转办（工单）"
                    value={data.tickets.dispatched}
                    suffix={
                      data.tickets.convertedFromDesk > 0
                        ? `（其中坐席转出 ${data.tickets.convertedFromDesk}）`
                        : undefined
                    }
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title="回访满意率"
                    value={rate(data.followUps.satisfiedRate)}
                    suffix={`（${data.followUps.calls} 次回访）`}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title="已办结 / 办理中" value={`${data.tickets.closed} / ${data.tickets.open}`} />
                </Col>
                {data.onlineQuestions ? (
                  <Col xs={12} md={6}>
                    <Statistic
                      title="网络咨询按时答复率"
                      value={rate(data.onlineQuestions.inTimeRate)}
                      suffix={`（${data.onlineQuestions.answeredInTime}/${data.onlineQuestions.answered}，超时未答 ${data.onlineQuestions.overdue}）`}
                    />
                  </Col>
                ) : null}
                {data.knowledgeSection ? (
                  <Col xs={12} md={6}>
                    <Statistic
                      title="专线知识库条目（已发布/全部）"
                      value={`${data.knowledgeSection.published} / ${data.knowledgeSection.entries}`}
                    />
                  </Col>
                ) : null}
              </Row>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={14}>
                  <Card size="small" title="按法律事项类别">
                    {data.byLegalCategory.length === 0 ? (
                      <Typography.Text type="secondary">统计期间没有工单</Typography.Text>
                    ) : (
                      <DashboardChart
                        option={categoryChartOption(data)}
                        height={Math.max(160, data.byLegalCategory.length * 36)}
                        label={`按法律事项类别的工单数：${data.byLegalCategory.map((row) => `${labelOf(LEGAL_CATEGORY_LABELS, row.legalCategory)} ${row.count} 件`).join('，')}`}
                        table={{
                          caption: '按法律事项类别的工单数',
                          columns: ['类别', '工单数'],
                          rows: data.byLegalCategory.map((row) => [
                            labelOf(LEGAL_CATEGORY_LABELS, row.legalCategory),
                            row.count,
                          ]),
                        }}
                        testId="special-line-category-chart"
                      />
                    )}
                  </Card>
                </Col>
                <Col xs={24} lg={10}>
                  <Card size="small" title="工单状态与回访">
                    <Table
                      size="small"
                      rowKey="status"
                      pagination={false}
                      dataSource={data.byStatus.filter((row) => row.count > 0)}
                      locale={{ emptyText: '统计期间没有工单' }}
                      columns={[
                        { title: '状态', dataIndex: 'status', render: (s: string) => labelOf(TICKET_STATUS_LABELS, s) },
                        { title: '工单数', dataIndex: 'count', align: 'right' },
                      ]}
                    />
                    <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
                      回访：
                      {data.followUps.bySatisfaction
                        .map((row) => `${labelOf(SATISFACTION_LABELS, row.satisfaction)} ${row.count}`)
                        .join('，')}
                    </Typography.Paragraph>
                  </Card>
                </Col>
              </Row>
            </Space>
          )}
        </Card>
      ) : null}
    </Space>
  );
}
