import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRegionName } from '../../components/regions';
import { LEGAL_CATEGORY_LABELS, PRIORITY_LABELS, REQUEST_TYPE_LABELS, labelOf } from '../../i18n/labels';
import { live } from '../../lib/live';
import { formatDuration, formatInstant } from '../../lib/time';

type TicketSummary = components['schemas']['TicketSummaryView'];
const PAGE_SIZE = 20;

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/** Tickets no body or partner hotline kept, back with the platform responsible for them to act on. */
export function ReturnedTab() {
  const [page, setPage] = useState(1);
  const tickets = useQuery({
    queryKey: ['tickets', 'returned-to-owner', page],
    queryFn: () => unwrap(intake.GET('/v1/tickets', { params: { query: { status: 'returned-to-owner', page, pageSize: PAGE_SIZE } } })),
    ...live,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">承办机构退回后无其他机构可受理，或兄弟热线退回、超时未受理，已退回首问单位（负责答复平台）的工单，需督促其处理。</Typography.Text>
      <ErrorAlert error={tickets.error} />
      <Table<TicketSummary>
        size="middle"
        rowKey="id"
        loading={tickets.isLoading}
        dataSource={tickets.data?.items ?? []}
        locale={{ emptyText: '没有退回首问单位的工单' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: tickets.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
        columns={[
          { title: '工单号', dataIndex: 'ticketNumber', render: (number: string, row) => <Link to={`/tickets/${row.id}`}>{number}</Link> },
          { title: '首问单位', key: 'first-contact', render: (_, row) => row.firstContact.organisation },
          // The ticket went back to the platform that answers the caller: for a partner's forward, not its first contact.
          { title: '负责答复平台', key: 'owner', render: (_, row) => row.responsible.organisation },
          { title: '诉求类型', dataIndex: 'requestType', render: (code: string) => labelOf(REQUEST_TYPE_LABELS, code) },
          { title: '法律事项类别', dataIndex: 'legalCategory', render: (code: string) => labelOf(LEGAL_CATEGORY_LABELS, code) },
          { title: '所在地区', dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
          {
            title: '优先级',
            dataIndex: 'priority',
            render: (code: string) => (code === 'normal' ? labelOf(PRIORITY_LABELS, code) : <Tag color={code === 'urgent' ? 'red' : 'green'}>{labelOf(PRIORITY_LABELS, code)}</Tag>),
          },
          { title: '受理时间', dataIndex: 'openedAt', render: (at: string) => formatInstant(at) },
          { title: '已历时', key: 'age', render: (_, row) => formatDuration(tickets.dataUpdatedAt - Date.parse(row.openedAt)) },
        ]}
      />
    </Space>
  );
}
