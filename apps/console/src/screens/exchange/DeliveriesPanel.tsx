import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { exchange, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DELIVERY_STATE_LABELS, PARTNER_LABELS, TRANSFER_REASON_LABELS, TRANSFER_RECEIPT_LABELS, labelOf } from '../../i18n/labels';
import { live } from '../../lib/live';
import { formatInstant } from '../../lib/time';
import { PARTNER_CODES, deliveryErrorText, sortSummaries, type DeliverySummary, type PartnerCode, type TransferDelivery } from './exchange';

const STATE_COLOURS: Record<string, string> = { pending: 'blue', delivered: 'green', failing: 'red' };
const RECEIPT_COLOURS: Record<string, string> = { 'awaiting-acceptance': 'blue', accepted: 'cyan', rejected: 'red', overdue: 'orange', completed: 'green' };
const STATES = ['failing', 'pending', 'delivered'] as const;
type State = (typeof STATES)[number];

/** The partner's acceptance deadline: counting down while it has not answered, else the time it was. */
function AcceptanceDue({ row }: { row: TransferDelivery }) {
  if (!row.acceptanceDueAt) return <>—</>;
  if (row.receipt !== 'awaiting-acceptance') return <>{formatInstant(row.acceptanceDueAt)}</>;
  return (
    <Space orientation="vertical" size={0}>
      <span>{formatInstant(row.acceptanceDueAt)}</span>
      <Countdown dueAt={row.acceptanceDueAt} startedAt={row.deliveredAt ?? row.requestedAt} />
    </Space>
  );
}

function ErrorText({ error }: { error: string | null }) {
  const text = deliveryErrorText(error);
  return text ? <Typography.Text type="danger">{text}</Typography.Text> : <>—</>;
}

/** Partners' delivery state (per partner and per transfer), failures first; live. */
export function DeliveriesPanel() {
  const [partner, setPartner] = useState<PartnerCode | undefined>();
  const [state, setState] = useState<State | undefined>();
  const deliveries = useQuery({
    queryKey: ['deliveries', partner ?? 'all', state ?? 'all'],
    queryFn: () => unwrap(exchange.GET('/v1/admin/deliveries', { params: { query: { limit: 200, ...(partner ? { partner } : {}), ...(state ? { state } : {}) } } })),
    ...live,
  });

  if (deliveries.error instanceof ApiError && deliveries.error.status === 403) {
    return <Alert type="info" showIcon title="兄弟热线推送状态目前只对热线对接管理员开放。" description="如需查看，请联系热线对接管理员。" />;
  }
  const items = [...(deliveries.data?.items ?? [])].sort((a, b) => STATES.indexOf(a.state) - STATES.indexOf(b.state));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ErrorAlert error={deliveries.error} />
      <Card size="small" title="各兄弟热线推送概况">
        <Table<DeliverySummary>
          size="small"
          rowKey="partner"
          pagination={false}
          loading={deliveries.isLoading}
          dataSource={sortSummaries(deliveries.data?.partners ?? [])}
          locale={{ emptyText: '暂无推送记录' }}
          onRow={(row) => ({ 'data-testid': `delivery-summary-${row.partner}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: '兄弟热线', dataIndex: 'partner', render: (code: string) => labelOf(PARTNER_LABELS, code) },
            { title: '已送达', dataIndex: 'delivered' },
            { title: '待推送', dataIndex: 'pending' },
            { title: '失败重试中', dataIndex: 'failing', render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n) },
            {
              title: '连续失败',
              dataIndex: 'consecutiveFailures',
              render: (n: number) => (n > 0 ? <Tag color="red">{n} 次</Tag> : <Tag color="green">无</Tag>),
            },
            { title: '最近成功', dataIndex: 'lastSuccessAt', render: (at: string | null) => formatInstant(at) },
            { title: '最近失败', dataIndex: 'lastFailureAt', render: (at: string | null) => formatInstant(at) },
            { title: '失败原因', dataIndex: 'lastError', render: (error: string | null) => <ErrorText error={error} /> },
          ]}
        />
      </Card>
      <Card
        size="small"
        title="转办推送明细"
        extra={
          <Space wrap>
            <Select
              aria-label="兄弟热线"
              style={{ width: 200 }}
              value={partner ?? 'all'}
              onChange={(value: string) => setPartner(value === 'all' ? undefined : (value as PartnerCode))}
              options={[{ value: 'all', label: '全部兄弟热线' }, ...PARTNER_CODES.map((code) => ({ value: code, label: labelOf(PARTNER_LABELS, code) }))]}
            />
            <Select
              aria-label="推送状态"
              style={{ width: 160 }}
              value={state ?? 'all'}
              onChange={(value: string) => setState(value === 'all' ? undefined : (value as State))}
              options={[{ value: 'all', label: '全部状态' }, ...STATES.map((s) => ({ value: s, label: labelOf(DELIVERY_STATE_LABELS, s) }))]}
            />
          </Space>
        }
      >
        <Table<TransferDelivery>
          size="small"
          rowKey="transferId"
          loading={deliveries.isLoading}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: '没有符合条件的转办' }}
          columns={[
            {
              title: '工单号',
              dataIndex: 'ticketNumber',
              render: (number: string, row) => (
                <Link to={`/tickets/${row.ticketId}`} style={{ whiteSpace: 'nowrap' }}>
                  {number}
                </Link>
              ),
            },
            { title: '兄弟热线', dataIndex: 'partner', render: (code: string) => labelOf(PARTNER_LABELS, code) },
            {
              title: '转办原因',
              dataIndex: 'reason',
              render: (code: string, row) => (
                <>
                  {labelOf(TRANSFER_REASON_LABELS, code)}
                  {row.urgent ? <Tag color="red" style={{ marginInlineStart: 8 }}>紧急</Tag> : null}
                </>
              ),
            },
            { title: '推送状态', dataIndex: 'state', render: (code: string) => <Tag color={STATE_COLOURS[code]}>{labelOf(DELIVERY_STATE_LABELS, code)}</Tag> },
            { title: '尝试次数', dataIndex: 'attempts' },
            { title: '转办时间', dataIndex: 'requestedAt', render: (at: string) => formatInstant(at) },
            {
              title: '送达 / 下次重试',
              key: 'when',
              render: (_, row) => (row.deliveredAt ? `送达 ${formatInstant(row.deliveredAt)}` : row.nextAttemptAt ? `下次重试 ${formatInstant(row.nextAttemptAt)}` : '—'),
            },
            {
              title: '对方回执',
              dataIndex: 'receipt',
              render: (code: string) => <Tag color={RECEIPT_COLOURS[code]}>{labelOf(TRANSFER_RECEIPT_LABELS, code)}</Tag>,
            },
            { title: '受理期限', key: 'acceptanceDueAt', render: (_, row) => <AcceptanceDue row={row} /> },
            { title: '对方编号', dataIndex: 'partnerReference', render: (ref: string | null) => ref ?? '—' },
            { title: '失败原因', dataIndex: 'lastError', render: (error: string | null) => <ErrorText error={error} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
