import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ALERT_KIND_LABELS, ALERT_SEVERITY_LABELS, PARTNER_LABELS, SERVICE_LABELS, labelOf, optionsOf } from '../../i18n/labels';
import { live } from '../../lib/live';
import { formatInstant } from '../../lib/time';
import { useAgencyNames } from '../directory/agency-names';
import { sortAlerts, ticketNumberIn, type Alert } from './supervision';

const PAGE_SIZE = 100;
type Kind = Alert['kind'];

/** Alerts about tickets in the supervisor's area: critical first, then the newest; live. */
export function AlertsTab() {
  const [kind, setKind] = useState<Kind | undefined>();
  const [page, setPage] = useState(1);
  const alerts = useQuery({
    queryKey: ['supervision-alerts', kind ?? 'all', page],
    queryFn: () => unwrap(intake.GET('/v1/supervision/alerts', { params: { query: { page, pageSize: PAGE_SIZE, ...(kind ? { kind } : {}) } } })),
    ...live,
  });
  const rows = sortAlerts(alerts.data?.items ?? []);
  // Partner alerts name a partner hotline there, not a body.
  const nameOf = useAgencyNames(rows.map((row) => row.agencyId).filter((id) => id?.includes(':')));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="alert-kind">提醒类型</label>
        <Select
          id="alert-kind"
          style={{ width: 200 }}
          value={kind ?? 'all'}
          onChange={(value: string) => {
            setKind(value === 'all' ? undefined : (value as Kind));
            setPage(1);
          }}
          options={[{ value: 'all', label: '全部' }, ...optionsOf(ALERT_KIND_LABELS)]}
        />
        <Typography.Text type="secondary" aria-live="polite">
          严重的排在前面，其次按时间由新到旧；每 3 秒自动刷新。{alerts.data ? `共 ${alerts.data.total} 条。` : ''}
        </Typography.Text>
      </Space>
      <ErrorAlert error={alerts.error} />
      <Table<Alert>
        size="middle"
        rowKey="alertId"
        loading={alerts.isLoading}
        dataSource={rows}
        locale={{ emptyText: '暂无督办提醒' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: alerts.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
        onRow={(row) => ({ 'data-testid': 'alert-row', 'data-kind': row.kind, 'data-ticket-id': row.ticketId }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '级别',
            dataIndex: 'severity',
            width: 80,
            render: (severity: string) => <Tag color={severity === 'critical' ? 'red' : 'orange'}>{labelOf(ALERT_SEVERITY_LABELS, severity)}</Tag>,
          },
          { title: '类型', dataIndex: 'kind', render: (code: string) => labelOf(ALERT_KIND_LABELS, code) },
          {
            title: '工单',
            key: 'ticket',
            render: (_, row) => <Link to={`/tickets/${row.ticketId}`}>{ticketNumberIn(row.message) ?? '查看工单'}</Link>,
          },
          { title: '涉及机构', dataIndex: 'agencyId', render: (id: string | null) => (!id ? '—' : id.includes(':') ? nameOf(id) : labelOf(PARTNER_LABELS, id)) },
          { title: '来源', dataIndex: 'source', render: (code: string) => labelOf(SERVICE_LABELS, code) },
          { title: '时间', dataIndex: 'raisedAt', render: (at: string) => formatInstant(at) },
        ]}
      />
    </Space>
  );
}
