import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { messageOf } from '../../api/errors';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  INSPECTION_GRADE_COLOURS,
  INSPECTION_GRADE_LABELS,
  LEGAL_CATEGORY_LABELS,
  REQUEST_TYPE_LABELS,
  SAMPLE_REASON_LABELS,
  SAMPLE_STATE_LABELS,
  labelOf,
  optionsOf,
} from '../../i18n/labels';
import { formatInstant } from '../../lib/time';
import { DashboardChart } from '../dashboard/DashboardChart';
import {
  figureRowsOf,
  figuresChartOption,
  monthOf,
  monthOptions,
  rateText,
  type Draw,
  type FigureRow,
  type SampleSummary,
} from './inspection';
import { ReviewResult, SampleDrawer } from './SampleDrawer';

const PAGE_SIZE = 20;
const MONTHS = monthOptions(12);

function MonthSelect({ id, value, onChange }: { id: string; value: string; onChange: (month: string) => void }) {
  return <Select id={id} style={{ width: 140 }} value={value} onChange={onChange} options={MONTHS} />;
}

function DrawResult({ draw }: { draw: Draw }) {
  return (
    <Alert
      type="success"
      showIcon
      title={
        draw.firstDrawn
          ? `已抽取 ${draw.period} 的质检样本（比例 ${rateText(draw.share)}）`
          : `${draw.period} 已于 ${formatInstant(draw.drawnAt)} 由 ${draw.drawnBy} 抽取，本次补充 ${draw.added} 件投诉或回访不满意的工单`
      }
      description={
        <Descriptions
          size="small"
          column={4}
          items={[
            { key: 'answered', label: '答复总数', children: draw.counts.answered },
            { key: 'random', label: '随机抽检', children: draw.counts.random },
            { key: 'complaint', label: '投诉', children: draw.counts.complaint },
            { key: 'dissatisfied', label: '回访不满意', children: draw.counts.dissatisfiedFollowUp },
          ]}
        />
      }
    />
  );
}

function SamplesTab() {
  const queryClient = useQueryClient();
  const [period, setPeriod] = useState(monthOf());
  const [state, setState] = useState<'pending' | 'reviewed' | undefined>('pending');
  const [page, setPage] = useState(1);
  const [share, setShare] = useState<number | null>(5);
  const [open, setOpen] = useState<string | null>(null);
  const samples = useQuery({
    queryKey: ['inspection', 'samples', period, state, page],
    queryFn: () =>
      unwrap(
        intake.GET('/v1/inspection/samples', {
          params: { query: { period, page, pageSize: PAGE_SIZE, ...(state ? { state } : {}) } },
        }),
      ),
  });
  const draw = useMutation({
    mutationFn: () =>
      unwrap(intake.POST('/v1/inspection/draws', { body: { period, ...(share ? { share: share / 100 } : {}) } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['inspection', 'samples'] }),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="抽取质检样本">
        <Typography.Paragraph type="secondary">
          每名坐席当月答复的工单按比例随机抽取，另外全部投诉和回访不满意的工单都纳入抽检。同一月份再次抽取只补充新增的投诉和回访不满意工单。
        </Typography.Paragraph>
        <Form layout="inline" style={{ rowGap: 8 }} onFinish={() => draw.mutate()}>
          <Form.Item label="抽检月份" htmlFor="draw-period">
            <MonthSelect
              id="draw-period"
              value={period}
              onChange={(month) => {
                setPeriod(month);
                setPage(1);
                draw.reset();
              }}
            />
          </Form.Item>
          <Form.Item label="抽检比例（%）" htmlFor="draw-share">
            <InputNumber id="draw-share" min={1} max={100} step={1} value={share} onChange={setShare} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={draw.isPending}>
            抽取样本
          </Button>
        </Form>
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={draw.error} />
          {draw.data ? <DrawResult draw={draw.data} /> : null}
        </div>
      </Card>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label="评查状态" htmlFor="samples-state">
          <Select
            id="samples-state"
            allowClear
            style={{ width: 140 }}
            value={state}
            onChange={(value) => {
              setState(value);
              setPage(1);
            }}
            options={optionsOf(SAMPLE_STATE_LABELS)}
            placeholder="全部"
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={samples.error} />
      <Table<SampleSummary>
        rowKey="id"
        size="small"
        loading={samples.isLoading}
        dataSource={samples.data?.items ?? []}
        locale={{ emptyText: '该月份没有符合条件的样本；请先抽取样本' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: samples.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: '工单号', dataIndex: 'ticketNumber', width: 190 },
          { title: '坐席', key: 'agent', width: 90, render: (_, s) => s.agentName ?? s.agentId },
          {
            title: '诉求类型',
            dataIndex: 'requestType',
            width: 110,
            render: (type: string) => labelOf(REQUEST_TYPE_LABELS, type),
          },
          {
            title: '类别',
            dataIndex: 'legalCategory',
            width: 110,
            render: (category: string) => labelOf(LEGAL_CATEGORY_LABELS, category),
          },
          { title: '问题', dataIndex: 'question', ellipsis: true },
          {
            title: '抽检原因',
            dataIndex: 'reason',
            width: 110,
            render: (reason: string) => (
              <Tag color={reason === 'random' ? 'default' : 'orange'}>{labelOf(SAMPLE_REASON_LABELS, reason)}</Tag>
            ),
          },
          {
            title: '结果',
            key: 'result',
            width: 130,
            render: (_, s) =>
              s.review ? (
                <Space size={4}>
                  {s.review.total}
                  <Tag color={INSPECTION_GRADE_COLOURS[s.review.grade]}>
                    {labelOf(INSPECTION_GRADE_LABELS, s.review.grade)}
                  </Tag>
                </Space>
              ) : (
                <Tag color="gold">{labelOf(SAMPLE_STATE_LABELS, s.state)}</Tag>
              ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_, s) => (
              <Button
                size="small"
                type={s.review ? 'default' : 'primary'}
                onClick={() => setOpen(s.id)}
                aria-label={`${s.review ? '查看' : '评查'} ${s.ticketNumber}`}
              >
                {s.review ? '查看' : '评查'}
              </Button>
            ),
          },
        ]}
      />
      <SampleDrawer sampleId={open} onClose={() => setOpen(null)} />
    </Space>
  );
}

function MyFindingsTab() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [state, setState] = useState<'unacknowledged' | 'acknowledged' | undefined>();
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<SampleSummary | null>(null);
  const findings = useQuery({
    queryKey: ['inspection', 'findings', state, page],
    queryFn: () =>
      unwrap(
        intake.GET('/v1/inspection/findings/mine', {
          params: { query: { page, pageSize: PAGE_SIZE, ...(state ? { state } : {}) } },
        }),
      ),
  });
  const acknowledge = useMutation({
    mutationFn: (id: string) =>
      unwrap(intake.POST('/v1/inspection/findings/{id}/acknowledge', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['inspection', 'findings'] });
      void message.success('已确认质检结果');
      setShown(null);
    },
    onError: (error) => void message.error(messageOf(error)),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label="确认状态" htmlFor="findings-state">
          <Select
            id="findings-state"
            allowClear
            style={{ width: 140 }}
            value={state}
            onChange={(value) => {
              setState(value);
              setPage(1);
            }}
            options={[
              { value: 'unacknowledged', label: '未确认' },
              { value: 'acknowledged', label: '已确认' },
            ]}
            placeholder="全部"
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={findings.error} />
      <Table<SampleSummary>
        rowKey="id"
        size="small"
        loading={findings.isLoading}
        dataSource={findings.data?.items ?? []}
        locale={{ emptyText: '暂无质检结果' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: findings.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: '工单号', dataIndex: 'ticketNumber', width: 190 },
          { title: '月份', dataIndex: 'period', width: 90 },
          {
            title: '抽检原因',
            dataIndex: 'reason',
            width: 110,
            render: (reason: string) => labelOf(SAMPLE_REASON_LABELS, reason),
          },
          {
            title: '得分',
            key: 'score',
            width: 130,
            render: (_, s) =>
              s.review ? (
                <Space size={4}>
                  {s.review.total}
                  <Tag color={INSPECTION_GRADE_COLOURS[s.review.grade]}>
                    {labelOf(INSPECTION_GRADE_LABELS, s.review.grade)}
                  </Tag>
                </Space>
              ) : (
                '—'
              ),
          },
          { title: '质检意见', key: 'findings', ellipsis: true, render: (_, s) => s.review?.findings ?? '—' },
          { title: '评查时间', key: 'at', width: 150, render: (_, s) => formatInstant(s.review?.reviewedAt) },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, s) => (
              <Space size={4}>
                <Button size="small" onClick={() => setShown(s)} aria-label={`查看 ${s.ticketNumber} 的质检结果`}>
                  查看
                </Button>
                {s.review && !s.review.acknowledgedAt ? (
                  <Button
                    size="small"
                    type="primary"
                    loading={acknowledge.isPending && acknowledge.variables === s.id}
                    onClick={() => acknowledge.mutate(s.id)}
                    aria-label={`确认 ${s.ticketNumber} 的质检结果`}
                  >
                    确认
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={shown !== null}
        title={shown ? `质检结果：${shown.ticketNumber}` : ''}
        onCancel={() => setShown(null)}
        footer={null}
        width={720}
        destroyOnHidden
      >
        {shown?.review ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph>问题：{shown.question}</Typography.Paragraph>
            <ReviewResult review={shown.review} />
            {!shown.review.acknowledgedAt ? (
              <Button type="primary" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(shown.id)}>
                确认已阅
              </Button>
            ) : null}
          </Space>
        ) : null}
      </Modal>
    </Space>
  );
}

function FiguresTab({ onlyMine }: { onlyMine: string | null }) {
  const [period, setPeriod] = useState(monthOf());
  const figures = useQuery({
    queryKey: ['inspection', 'agent-figures', period],
    queryFn: () => unwrap(intake.GET('/v1/inspection/agent-figures', { params: { query: { period } } })),
  });
  const rows = figureRowsOf(figures.data?.agents ?? [], onlyMine);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label="统计月份" htmlFor="figures-period">
          <MonthSelect id="figures-period" value={period} onChange={setPeriod} />
        </Form.Item>
      </Form>
      {onlyMine ? <Typography.Text type="secondary">坐席只能查看本人的数据。</Typography.Text> : null}
      <ErrorAlert error={figures.error} />
      {rows.length > 0 ? (
        <DashboardChart
          option={figuresChartOption(rows)}
          height={280}
          label={`${period} 坐席受理量、即时办结和转办柱状图：${rows.map((r) => `${r.name} 受理 ${r.contacts}、即时办结 ${r.resolvedAtFirstContact}、转办 ${r.transfers}`).join('；')}`}
          summary="数据见下表。"
          testId="agent-figures-chart"
        />
      ) : null}
      <Table<FigureRow>
        rowKey="agentId"
        size="small"
        loading={figures.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '该月份暂无数据' }}
        columns={[
          { title: '坐席', dataIndex: 'name' },
          { title: '受理量', dataIndex: 'contacts', align: 'right' },
          { title: '即时办结', dataIndex: 'resolvedAtFirstContact', align: 'right' },
          {
            title: '即时办结率',
            dataIndex: 'firstContactRate',
            align: 'right',
            render: (rate: number | null) => rateText(rate),
          },
          { title: '转办', dataIndex: 'transfers', align: 'right' },
          { title: '回访次数', dataIndex: 'followUpCalls', align: 'right' },
          {
            title: '回访满意率',
            dataIndex: 'satisfiedRate',
            align: 'right',
            render: (rate: number | null) => rateText(rate),
          },
          { title: '已评查', dataIndex: 'reviewed', align: 'right' },
          {
            title: '质检平均分',
            dataIndex: 'meanScore',
            align: 'right',
            render: (score: number | null) => (score === null ? '—' : score.toFixed(1)),
          },
          { title: '不合格', dataIndex: 'unqualified', align: 'right' },
        ]}
      />
    </Space>
  );
}

/** Quality inspection (服务质检): samples and reviews for leads and supervisors, findings for agents, and the per-agent figures. */
export function InspectionScreen() {
  const principal = usePrincipal();
  const inspector = hasRole(principal, 'supervisor', 'owner-lead');
  const agent = hasRole(principal, 'hotline-agent', 'owner-lead');
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...(inspector ? [{ key: 'samples', label: '抽检与评查', children: <SamplesTab /> }] : []),
    ...(agent ? [{ key: 'mine', label: '我的质检结果', children: <MyFindingsTab /> }] : []),
    { key: 'figures', label: '坐席评价', children: <FiguresTab onlyMine={inspector ? null : principal.subject} /> },
  ];
  const requested = params.get('tab');
  const active = tabs.some((tab) => tab.key === requested) ? requested! : tabs[0]!.key;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        服务质检
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={tabs}
          destroyOnHidden
        />
      </Card>
    </Space>
  );
}
