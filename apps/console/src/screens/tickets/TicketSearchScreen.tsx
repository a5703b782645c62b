import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, Row, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionCascader } from '../../components/RegionCascader';
import { StatusTag } from '../../components/StatusTag';
import { CHANNEL_LABELS, LEGAL_CATEGORY_LABELS, PRIORITY_LABELS, REQUEST_TYPE_LABELS, RESPONSIBILITY_BASIS_LABELS, TICKET_STATUS_LABELS, labelOf, optionsOf } from '../../i18n/labels';
import { formatInstant } from '../../lib/time';
import { normalisePhone } from './new-ticket-form';

type Summary = components['schemas']['TicketSummaryView'];

interface SearchValues {
  ticketNumber?: string;
  callerPhone?: string;
  region?: string[];
  status?: string;
  /** 回访抽样: desk tickets drawn for the follow-up call that has not been recorded yet. */
  callbacks?: boolean;
}

/** The prefix a region code stands for: "440000" → "44", "440600" → "4406"; longer codes as they are. */
export function regionPrefixOf(code: string): string {
  if (code.length !== 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** The query of GET /v1/tickets for a search form; empty fields are left out. */
export function searchQueryOf(values: SearchValues, page: number): Record<string, string | number> {
  const query: Record<string, string | number> = { page, pageSize: 20 };
  const number = values.ticketNumber?.trim();
  if (number) query.ticketNumber = number;
  const phone = normalisePhone(values.callerPhone);
  if (phone) query.callerPhone = phone;
  const region = values.region?.[values.region.length - 1];
  if (region) query.regionCode = regionPrefixOf(region);
  if (values.status) query.status = values.status;
  if (values.callbacks) Object.assign(query, { handling: 'desk', followUpSampled: 'true', followUpRecorded: 'false' });
  return query;
}

/** Search by ticket number, caller phone (roles that may see it), region and status; the search is kept in the address. */
export function TicketSearchScreen() {
  const principal = usePrincipal();
  const mayUsePhone = hasRole(principal, 'hotline-agent', 'owner-lead');
  const [params, setParams] = useSearchParams();
  const initial: SearchValues = {
    ticketNumber: params.get('ticketNumber') ?? undefined,
    callerPhone: undefined,
    region: params.get('region')?.split(',').filter(Boolean),
    status: params.get('status') ?? undefined,
    callbacks: params.get('list') === 'callbacks',
  };
  const [values, setValues] = useState<SearchValues>(initial);
  const [page, setPage] = useState(1);
  const firstInput = useRef<HTMLInputElement>(null);
  useEffect(() => firstInput.current?.focus(), []);

  const { data, error, isFetching } = useQuery({
    queryKey: ['ticket-search', values, page],
    queryFn: () => unwrap(intake.GET('/v1/tickets', { params: { query: searchQueryOf(values, page) as never } })),
  });

  return (
    <Card
      title="工单查询"
      extra={
        <Segmented
          aria-label="工单范围"
          value={values.callbacks ? 'callbacks' : 'all'}
          onChange={(list) => {
            const callbacks = list === 'callbacks';
            setValues({ ...values, callbacks });
            setPage(1);
            const next = new URLSearchParams(params);
            if (callbacks) next.set('list', 'callbacks');
            else next.delete('list');
            setParams(next);
          }}
          options={[
            { value: 'all', label: '全部工单' },
            { value: 'callbacks', label: '回访抽样' },
          ]}
        />
      }
    >
      {values.callbacks && (
        <Typography.Paragraph type="secondary" data-testid="callback-list-hint">
          坐席即时办结后被抽中回访、尚未登记回访的工单。打开工单后点击“回访”登记结果。
        </Typography.Paragraph>
      )}
      <Form<SearchValues>
        layout="vertical"
        initialValues={initial}
        onFinish={(next) => {
          setValues({ ...next, callbacks: values.callbacks });
          setPage(1);
          // The phone number never goes into the address bar or history.
          setParams(
            Object.fromEntries(
              Object.entries({
                ticketNumber: next.ticketNumber?.trim(),
                region: next.region?.join(','),
                status: next.status,
                list: values.callbacks ? 'callbacks' : undefined,
              }).filter(([, v]) => v),
            ) as Record<string, string>,
          );
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="ticketNumber" label="工单号" rules={[{ pattern: /^[\d-]*$/, message: '工单号只含数字和“-”' }]}>
              <Input ref={(input) => void (firstInput.current = input?.input ?? null)} placeholder="12348-20261205-000001 或其开头部分" allowClear />
            </Form.Item>
          </Col>
          {mayUsePhone && (
            <Col xs={24} md={5}>
              <Form.Item name="callerPhone" label="来电号码" extra="仅限本单位工单，查询记入个人信息查阅记录">
                <Input inputMode="tel" allowClear autoComplete="off" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={7}>
            <Form.Item name="region" label="地区">
              <RegionCascader aria-label="地区" />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="status" label="状态">
              <Select allowClear options={optionsOf(TICKET_STATUS_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={2}>
            <Form.Item label=" ">
              <Button type="primary" htmlType="submit" loading={isFetching}>
                查询
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ErrorAlert error={error} />
      <Table<Summary>
        rowKey="id"
        dataSource={data?.items ?? []}
        loading={isFetching && !data}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (total) => `共 ${total} 张` }}
        columns={[
          { title: '工单号', dataIndex: 'ticketNumber', render: (number: string, ticket) => <Link to={`/tickets/${ticket.id}`}>{number}</Link> },
          { title: '状态', dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
          {
            title: '诉求',
            render: (_, ticket) => (
              <>
                {labelOf(REQUEST_TYPE_LABELS, ticket.requestType)} · {labelOf(LEGAL_CATEGORY_LABELS, ticket.legalCategory)}
                {ticket.priority !== 'normal' && (
                  <Tag color="red" style={{ marginInlineStart: 4 }}>
                    {labelOf(PRIORITY_LABELS, ticket.priority)}
                  </Tag>
                )}
              </>
            ),
          },
          { title: '渠道', dataIndex: 'channel', render: (channel: string) => labelOf(CHANNEL_LABELS, channel) },
          { title: '首问单位', render: (_, ticket) => ticket.firstContact.organisation },
          {
            title: '负责答复平台',
            render: (_, ticket) =>
              ticket.responsible.basis === 'first-contact' ? (
                ticket.responsible.organisation
              ) : (
                <>
                  {ticket.responsible.organisation}
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {labelOf(RESPONSIBILITY_BASIS_LABELS, ticket.responsible.basis)}
                  </Typography.Text>
                </>
              ),
          },
          { title: '当前承办', render: (_, ticket) => ticket.currentHandler?.name ?? '—' },
          { title: '受理时间', dataIndex: 'openedAt', render: (at: string) => formatInstant(at) },
        ]}
      />
    </Card>
  );
}
