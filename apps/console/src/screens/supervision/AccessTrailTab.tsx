import { useQuery } from '@tanstack/react-query';
import { Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CALLER_ACCESS_PURPOSE_LABELS, CALLER_FIELD_LABELS, labelOf } from '../../i18n/labels';
import { formatInstant } from '../../lib/time';

type TrailRecord = components['schemas']['AccessTrailRecordView'];
const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who read which caller in full, or found their tickets by phone, when and why: newest first. */
export function AccessTrailTab() {
  const [ticketId, setTicketId] = useState('');
  const [page, setPage] = useState(1);
  const validTicket = UUID.test(ticketId);
  const trail = useQuery({
    queryKey: ['pii-access-trail', validTicket ? ticketId : 'all', page],
    queryFn: () => unwrap(intake.GET('/v1/pii-access-trail', { params: { query: { page, pageSize: PAGE_SIZE, ...(validTicket ? { ticketId } : {}) } } })),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">辖区内工单的来电人完整信息查阅和按来电号码查询，均在此留痕（《个人信息保护法》）。</Typography.Text>
      <Form layout="inline">
        <Form.Item
          label="工单编号（UUID）"
          htmlFor="trail-ticket"
          validateStatus={ticketId === '' || validTicket ? undefined : 'error'}
          help={ticketId === '' || validTicket ? undefined : '请粘贴工单页地址中的编号'}
        >
          <Input
            id="trail-ticket"
            value={ticketId}
            onChange={(event) => {
              setTicketId(event.target.value.trim());
              setPage(1);
            }}
            style={{ width: 340 }}
            allowClear
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={trail.error} />
      <Table<TrailRecord>
        size="middle"
        rowKey="id"
        loading={trail.isLoading}
        dataSource={trail.data?.items ?? []}
        locale={{ emptyText: '没有查阅记录' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: trail.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
        columns={[
          { title: '时间', dataIndex: 'accessedAt', render: (at: string) => formatInstant(at, true) },
          { title: '查阅人', key: 'who', render: (_, r) => r.accessedBy.name },
          { title: '单位', key: 'org', render: (_, r) => r.accessedBy.organisation },
          { title: '查阅内容', dataIndex: 'fields', render: (fields: string[]) => fields.map((f) => labelOf(CALLER_FIELD_LABELS, f)).join('、') },
          { title: '目的', dataIndex: 'purpose', render: (code: string) => labelOf(CALLER_ACCESS_PURPOSE_LABELS, code) },
          { title: '工单', dataIndex: 'ticketId', render: (id: string) => <Link to={`/tickets/${id}`}>查看工单</Link> },
        ]}
      />
    </Space>
  );
}
