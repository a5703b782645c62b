import { useQuery } from '@tanstack/react-query';
import { Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { routing, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRegionName } from '../../components/regions';
import { LEGAL_CATEGORY_LABELS, REJECTION_REASON_LABELS, labelOf, optionsOf } from '../../i18n/labels';
import { formatInstant } from '../../lib/time';
import { useAgencyNames } from '../directory/agency-names';
import { misrouteCellsOf, type MisrouteCell, type MisrouteReport } from './supervision';

const PAGE_SIZE = 100;
type Category = MisrouteReport['legalCategory'];
type Reason = MisrouteReport['reason'];

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/** "Not ours" rejections per region and legal category, and per body: where the routing table needs a look. */
export function MisroutesTab() {
  const [regionCode, setRegionCode] = useState('');
  const [category, setCategory] = useState<Category | undefined>();
  const [reason, setReason] = useState<Reason | undefined>();
  const validRegion = /^\d{6}$/.test(regionCode);
  const reports = useQuery({
    queryKey: ['misroute-reports', validRegion ? regionCode : 'all', category ?? 'all', reason ?? 'all'],
    queryFn: () =>
      unwrap(
        routing.GET('/v1/misroute-reports', {
          params: { query: { pageSize: PAGE_SIZE, ...(validRegion ? { regionCode } : {}), ...(category ? { legalCategory: category } : {}), ...(reason ? { reason } : {}) } },
        }),
      ),
  });
  const items = reports.data?.items ?? [];
  const nameOf = useAgencyNames(items.map((item) => item.agencyId));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item
          label="县（区）或市、省代码"
          htmlFor="misroute-region"
          validateStatus={regionCode === '' || validRegion ? undefined : 'error'}
          help={regionCode === '' || validRegion ? undefined : '请填写 6 位区划代码，如 440605（县区）、440600（全市）'}
        >
          <Input id="misroute-region" value={regionCode} onChange={(event) => setRegionCode(event.target.value.trim())} placeholder="如 440605" style={{ width: 140 }} maxLength={6} />
        </Form.Item>
        <Form.Item label="法律事项类别" htmlFor="misroute-category">
          <Select
            id="misroute-category"
            style={{ width: 180 }}
            value={category ?? 'all'}
            onChange={(value: string) => setCategory(value === 'all' ? undefined : (value as Category))}
            options={[{ value: 'all', label: '全部' }, ...optionsOf(LEGAL_CATEGORY_LABELS)]}
          />
        </Form.Item>
        <Form.Item label="退回原因" htmlFor="misroute-reason">
          <Select
            id="misroute-reason"
            style={{ width: 180 }}
            value={reason ?? 'all'}
            onChange={(value: string) => setReason(value === 'all' ? undefined : (value as Reason))}
            options={[
              { value: 'all', label: '全部' },
              { value: 'not-our-jurisdiction', label: labelOf(REJECTION_REASON_LABELS, 'not-our-jurisdiction') },
              { value: 'not-our-category', label: labelOf(REJECTION_REASON_LABELS, 'not-our-category') },
            ]}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={reports.error} />
      <Card size="small" title="按地区和事项类别汇总">
        <Table<MisrouteCell>
          size="small"
          rowKey={(cell) => `${cell.regionCode}-${cell.legalCategory}`}
          loading={reports.isLoading}
          dataSource={misrouteCellsOf(items)}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: '没有错派记录' }}
          columns={[
            { title: '县（区）', dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
            { title: '法律事项类别', dataIndex: 'legalCategory', render: (code: string) => labelOf(LEGAL_CATEGORY_LABELS, code) },
            { title: '退回次数', dataIndex: 'count' },
            { title: '涉及机构数', dataIndex: 'agencies' },
            { title: '最近一次', dataIndex: 'lastSeenAt', render: (at: string) => formatInstant(at) },
          ]}
        />
      </Card>
      <Card size="small" title="按机构明细（次数多的在前）">
        <Table<MisrouteReport>
          size="small"
          rowKey={(r) => `${r.agencyId}-${r.regionCode}-${r.legalCategory}-${r.reason}`}
          loading={reports.isLoading}
          dataSource={items}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: '没有错派记录' }}
          columns={[
            { title: '承办机构', dataIndex: 'agencyId', render: (id: string) => nameOf(id) },
            { title: '县（区）', dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
            { title: '法律事项类别', dataIndex: 'legalCategory', render: (code: string) => labelOf(LEGAL_CATEGORY_LABELS, code) },
            { title: '退回原因', dataIndex: 'reason', render: (code: string) => labelOf(REJECTION_REASON_LABELS, code) },
            { title: '次数', dataIndex: 'count' },
            { title: '首次 / 最近', key: 'seen', render: (_, r) => `${formatInstant(r.firstSeenAt)} / ${formatInstant(r.lastSeenAt)}` },
            { title: '最近说明', dataIndex: 'lastNote', render: (note: string | null) => note ?? '—' },
            { title: '最近工单', dataIndex: 'lastTicketId', render: (id: string) => <Link to={`/tickets/${id}`}>查看</Link> },
          ]}
        />
      </Card>
      {reports.data && reports.data.total > items.length ? (
        <Typography.Text type="secondary">
          共 {reports.data.total} 条，这里汇总次数最多的 {items.length} 条；请按地区或类别缩小范围。
        </Typography.Text>
      ) : null}
    </Space>
  );
}
