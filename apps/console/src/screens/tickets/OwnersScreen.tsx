import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusTag } from '../../components/StatusTag';
import { LEGAL_CATEGORY_LABELS, PRIORITY_LABELS, REQUEST_TYPE_LABELS, RESPONSIBILITY_BASIS_LABELS, WAITING_ON_LABELS, labelOf } from '../../i18n/labels';
import { live } from '../../lib/live';
import { formatDuration, formatInstant } from '../../lib/time';

type OwnerTicket = components['schemas']['OwnerTicketView'];

/** Ageing colour: over 7 days red, over 3 days amber (the owner follows the ticket to the end). */
export function ageTone(ageMs: number): 'red' | 'amber' | 'ok' {
  const days = ageMs / 86_400_000;
  return days >= 7 ? 'red' : days >= 3 ? 'amber' : 'ok';
}

/**
 * 首问负责: the open tickets this organisation answers for, oldest first: those it received first,
 * and those a partner hotline forwarded that it answers (first contact 110, answered here).
 */
export function OwnersScreen() {
  const [scope, setScope] = useState<'organisation' | 'mine'>('organisation');
  const [page, setPage] = useState(1);
  const { data, error, isLoading } = useQuery({
    queryKey: ['owner-tickets', scope, page],
    queryFn: () => unwrap(intake.GET('/v1/owners/tickets', { params: { query: { mine: scope === 'mine', page, pageSize: 20 } } })),
    ...live,
  });
  return (
    <Card
      title="本单位负责答复、尚未办结的工单"
      extra={
        <Segmented
          aria-label="范围"
          value={scope}
          onChange={(value) => {
            setScope(value as 'organisation' | 'mine');
            setPage(1);
          }}
          options={[
            { value: 'organisation', label: '本单位全部' },
            { value: 'mine', label: '我受理的' },
          ]}
        />
      }
    >
      <ErrorAlert error={error} />
      <Table<OwnerTicket>
        rowKey="id"
        loading={isLoading}
        dataSource={data?.items ?? []}
        onRow={(ticket) => ({ 'data-testid': `owner-row-${ticket.ticketNumber}` }) as HTMLAttributes<HTMLElement>}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (total) => `共 ${total} 张` }}
        columns={[
          { title: '工单号', dataIndex: 'ticketNumber', render: (number: string, ticket) => <Link to={`/tickets/${ticket.id}`}>{number}</Link> },
          { title: '状态', dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
          {
            title: '诉求',
            render: (_, ticket) => (
              <Space size={4} wrap>
                {labelOf(REQUEST_TYPE_LABELS, ticket.requestType)} · {labelOf(LEGAL_CATEGORY_LABELS, ticket.legalCategory)}
                {ticket.priority !== 'normal' && <Tag color="red">{labelOf(PRIORITY_LABELS, ticket.priority)}</Tag>}
              </Space>
            ),
          },
          {
            title: '首问单位',
            render: (_, ticket) => (
              <>
                {ticket.firstContact.organisation}
                {ticket.responsible.basis !== 'first-contact' && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    负责答复：{ticket.responsible.organisation}（{labelOf(RESPONSIBILITY_BASIS_LABELS, ticket.responsible.basis)}）
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: '当前等待', dataIndex: 'waitingOn', render: (waiting: string) => labelOf(WAITING_ON_LABELS, waiting) },
          { title: '当前承办', render: (_, ticket) => ticket.currentHandler?.name ?? '—' },
          {
            title: '各站停留',
            render: (_, ticket) =>
              ticket.hops.length === 0 ? '—' : ticket.hops.map((hop) => `${hop.name} ${formatDuration(hop.timeSpentMs)}`).join(' → '),
          },
          { title: '受理时间', dataIndex: 'openedAt', render: (at: string) => formatInstant(at) },
          {
            title: '已历时',
            dataIndex: 'ageMs',
            defaultSortOrder: 'descend',
            sorter: (a, b) => a.ageMs - b.ageMs,
            render: (ageMs: number) => <span className={`deadline-${ageTone(ageMs)}`}>{formatDuration(ageMs)}</span>,
          },
        ]}
      />
      <Typography.Text type="secondary">
        首问负责制：负责答复的平台（本单位首问受理的工单，或兄弟热线转来、由本平台答复的工单）跟踪到底，直至答复来电人并完成回访。超过 3 天标黄，超过 7 天标红。
      </Typography.Text>
    </Card>
  );
}
