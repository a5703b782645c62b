import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { routing, unwrap } from '../../api/client';
import { messageOf } from '../../api/errors';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ASSIGNMENT_STATUS_LABELS, CLOCK_STATE_LABELS, CLOCK_STOP_REASON_LABELS, OVERDUE_ACTION_LABELS, labelOf } from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { live } from '../../lib/live';
import { formatDuration, formatInstant } from '../../lib/time';
import { clockActionOf, type Escalation } from './supervision';

type ClockState = 'overdue' | 'paused' | 'running';
const STATE_OPTIONS: { value: ClockState; label: string }[] = [
  { value: 'overdue', label: '已超期' },
  { value: 'paused', label: '已暂停' },
  { value: 'running', label: '计时中' },
];
const PAGE_SIZE = 50;

function PauseForm({ row, onDone }: { row: Escalation; onDone: () => void }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const draft = useDraft<{ reason?: string }>(`clock.${row.assignmentId}.pause`, {});
  const pause = useMutation({
    mutationFn: (values: { reason?: string }) =>
      unwrap(routing.POST('/v1/assignments/{id}/clock/pause', { params: { path: { id: row.assignmentId } }, body: { reason: values.reason!.trim() } })),
    onSuccess: () => {
      draft.clear();
      void queryClient.invalidateQueries({ queryKey: ['escalations'] });
      void queryClient.invalidateQueries({ queryKey: ['clock', row.assignmentId] });
      void message.success('接收计时已暂停');
      onDone();
    },
  });
  return (
    <Form form={form} layout="vertical" initialValues={draft.draft} onValuesChange={(_, all) => draft.save(all)} onFinish={(values) => pause.mutate(values)}>
      <ErrorAlert error={pause.error} />
      <Typography.Paragraph>
        暂停 {row.agencyName} 对工单 {row.ticketNumber ?? ''} 的接收计时。暂停期间期限不会届满，恢复后期限顺延暂停的时长。
      </Typography.Paragraph>
      <Form.Item name="reason" label="暂停原因" rules={[{ required: true, whitespace: true, message: '请填写暂停原因' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：等待申请人补充身份证明材料" autoFocus />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={pause.isPending}>
          暂停计时
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}

function ClockDetails({ assignmentId }: { assignmentId: string }) {
  const clock = useQuery({
    queryKey: ['clock', assignmentId],
    queryFn: () => unwrap(routing.GET('/v1/assignments/{id}/clock', { params: { path: { id: assignmentId } } })),
    ...live,
  });
  if (clock.error) return <ErrorAlert error={clock.error} />;
  const c = clock.data;
  if (!c) return <Typography.Text type="secondary">正在读取…</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="clock-details"
      items={[
        { key: 'state', label: '状态', children: labelOf(CLOCK_STATE_LABELS, c.state) },
        { key: 'started', label: '开始计时', children: formatInstant(c.startedAt) },
        { key: 'due', label: '当前期限', children: <Space>{formatInstant(c.dueAt)}<Countdown dueAt={c.dueAt} startedAt={c.startedAt} settled={c.state === 'stopped'} /></Space> },
        { key: 'paused-ms', label: '累计暂停', children: c.pausedMs > 0 ? formatDuration(c.pausedMs) : '无' },
        ...(c.pausedAt ? [{ key: 'paused', label: '暂停中', children: `${formatInstant(c.pausedAt)}，${c.pausedBy ?? ''}：${c.pauseReason ?? ''}` }] : []),
        ...(c.resumedBy ? [{ key: 'resumed', label: '最近恢复人', children: c.resumedBy }] : []),
        ...(c.firedAt ? [{ key: 'fired', label: '超期', children: `${formatInstant(c.firedAt)}，${labelOf(OVERDUE_ACTION_LABELS, c.overdueAction)}` }] : []),
        ...(c.stoppedAt ? [{ key: 'stopped', label: '停止', children: `${formatInstant(c.stoppedAt)}，${labelOf(CLOCK_STOP_REASON_LABELS, c.stopReason)}` }] : []),
      ]}
    />
  );
}

/** Overdue hand-offs and acceptance clocks paused or running in the area, with pause and resume. */
export function EscalationsTab() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ClockState>('overdue');
  const [page, setPage] = useState(1);
  const [pausing, setPausing] = useState<Escalation | null>(null);
  const [viewing, setViewing] = useState<Escalation | null>(null);
  const escalations = useQuery({
    queryKey: ['escalations', state, page],
    queryFn: () => unwrap(routing.GET('/v1/escalations', { params: { query: { state, page, pageSize: PAGE_SIZE } } })),
    ...live,
  });
  const resume = useMutation({
    mutationFn: (row: Escalation) => unwrap(routing.POST('/v1/assignments/{id}/clock/resume', { params: { path: { id: row.assignmentId } }, body: {} })),
    onSuccess: (clock) => {
      void queryClient.invalidateQueries({ queryKey: ['escalations'] });
      void queryClient.invalidateQueries({ queryKey: ['clock', clock.assignmentId] });
      void message.success(`已恢复计时，新的期限：${formatInstant(clock.dueAt)}`);
    },
    onError: (error) => void message.error(messageOf(error)),
  });
  const action = clockActionOf(state);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group
        aria-label="计时状态"
        optionType="button"
        value={state}
        onChange={(event) => {
          setState(event.target.value as ClockState);
          setPage(1);
        }}
        options={STATE_OPTIONS}
      />
      <Typography.Text type="secondary">
        {state === 'overdue' ? '超过接收期限的移交，最新的在前；已超期的计时不能再暂停。' : state === 'paused' ? '当前暂停中的接收计时。' : '正在计时的移交，期限最近的在前；可因等待材料等原因暂停。'}
      </Typography.Text>
      <ErrorAlert error={escalations.error} />
      <Table<Escalation>
        size="middle"
        rowKey="assignmentId"
        loading={escalations.isLoading}
        dataSource={escalations.data?.items ?? []}
        locale={{ emptyText: '暂无记录' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: escalations.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
        columns={[
          { title: '工单号', dataIndex: 'ticketNumber', render: (number: string | null, row) => <Link to={`/tickets/${row.ticketId}`}>{number ?? '查看工单'}</Link> },
          { title: '承办机构', dataIndex: 'agencyName', render: (name: string, row) => <Link to={`/inbox?agencyId=${encodeURIComponent(row.agencyId)}`}>{name}</Link> },
          { title: '事项状态', dataIndex: 'assignmentStatus', render: (code: string) => labelOf(ASSIGNMENT_STATUS_LABELS, code) },
          {
            title: '接收期限',
            dataIndex: 'acceptanceDeadline',
            render: (at: string, row) => (
              <Space orientation="vertical" size={0}>
                <span>{formatInstant(at)}</span>
                {state === 'running' ? <Countdown dueAt={at} /> : null}
                {state === 'overdue' && row.overdueAt ? <Typography.Text type="danger">{formatInstant(row.overdueAt)} 超期</Typography.Text> : null}
              </Space>
            ),
          },
          ...(state === 'overdue'
            ? [{ title: '处理', dataIndex: 'actionTaken', render: (code: string | null) => (code ? <Tag color={code === 're-route' ? 'blue' : 'orange'}>{labelOf(OVERDUE_ACTION_LABELS, code)}</Tag> : '—') }]
            : []),
          ...(state === 'paused'
            ? [
                { title: '暂停时间', dataIndex: 'pausedAt', render: (at: string | null) => formatInstant(at) },
                { title: '暂停原因', dataIndex: 'pauseReason', render: (reason: string | null) => reason ?? '—' },
              ]
            : []),
          {
            title: '操作',
            key: 'actions',
            render: (_, row) => (
              <Space>
                <Button size="small" onClick={() => setViewing(row)} aria-label={`查看工单 ${row.ticketNumber ?? ''} 的接收计时`}>
                  计时详情
                </Button>
                {action === 'pause' ? (
                  <Button size="small" onClick={() => setPausing(row)}>
                    暂停计时
                  </Button>
                ) : null}
                {action === 'resume' ? (
                  <Button
                    size="small"
                    type="primary"
                    loading={resume.isPending && resume.variables?.assignmentId === row.assignmentId}
                    onClick={() =>
                      modal.confirm({
                        title: `恢复工单 ${row.ticketNumber ?? ''} 的接收计时？`,
                        content: '恢复后期限顺延暂停的时长，继续计时。',
                        okText: '恢复计时',
                        cancelText: '取消',
                        onOk: () => resume.mutateAsync(row).catch(() => undefined),
                      })
                    }
                  >
                    恢复计时
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal title="暂停接收计时" open={pausing !== null} onCancel={() => setPausing(null)} footer={null} destroyOnHidden>
        {pausing ? <PauseForm row={pausing} onDone={() => setPausing(null)} /> : null}
      </Modal>
      <Modal title={`接收计时：${viewing?.ticketNumber ?? ''}`} open={viewing !== null} onCancel={() => setViewing(null)} footer={null} destroyOnHidden>
        {viewing ? <ClockDetails assignmentId={viewing.assignmentId} /> : null}
      </Modal>
    </Space>
  );
}
