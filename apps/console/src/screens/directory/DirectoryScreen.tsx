import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Descriptions, Drawer, Form, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routing, unwrap } from '../../api/client';
import type { components } from '../../api/generated/routing';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionCascader } from '../../components/RegionCascader';
import { useRegionName } from '../../components/regions';
import {
  AGENCY_LEVEL_LABELS,
  AGENCY_TYPE_LABELS,
  AVAILABILITY_LABELS,
  DIRECTORY_CHANGE_KIND_LABELS,
  LANGUAGE_LABELS,
  LEGAL_CATEGORY_LABELS,
  REQUEST_TYPE_LABELS,
  WEEKDAY_LABELS,
  labelOf,
  optionsOf,
} from '../../i18n/labels';
import { formatInstant, todayInShanghai } from '../../lib/time';
import { AgencyChangeModal, type AgencyChange } from './AgencyChanges';
import { agencyQuery } from './agency-names';
import { WEEKDAYS, areaRegionCodeOf, auditChangeLines, dutyHoursFormOf, inForce, isClosed, type AgencyDetail, type AuditEntry, type Jurisdiction } from './directory';

type AgencyRow = components['schemas']['AgencyView'];

const PAGE_SIZE = 20;
const AVAILABILITY_STATUS: Record<string, 'success' | 'error' | 'warning'> = { normal: 'success', unstaffed: 'error', overloaded: 'warning' };

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

function JurisdictionsTable({ agency, admin, onEnd }: { agency: AgencyDetail; admin: boolean; onEnd: (regionCode: string) => void }) {
  const today = todayInShanghai();
  return (
    <Table<Jurisdiction>
      size="small"
      rowKey={(j) => `${j.regionCode}-${j.effectiveFrom}`}
      pagination={false}
      dataSource={[...agency.jurisdictions].sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.effectiveFrom.localeCompare(b.effectiveFrom))}
      locale={{ emptyText: '没有管辖区域' }}
      columns={[
        { title: '区域', dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
        { title: '代码', dataIndex: 'regionCode' },
        { title: '起', dataIndex: 'effectiveFrom' },
        { title: '止（当日起不再管辖）', dataIndex: 'effectiveTo', render: (to: string | null) => to ?? '—' },
        {
          title: '状态',
          key: 'state',
          render: (_, j) =>
            inForce(j, today) ? <Badge status="success" text="管辖中" /> : j.effectiveFrom > today ? <Tag color="blue">未生效</Tag> : <Tag>已结束</Tag>,
        },
        ...(admin
          ? [
              {
                title: '操作',
                key: 'actions',
                render: (_: unknown, j: Jurisdiction) =>
                  j.effectiveTo === null || j.effectiveTo > today ? (
                    <Button size="small" danger onClick={() => onEnd(j.regionCode)} aria-label={`结束对 ${j.regionCode} 的管辖`}>
                      结束管辖
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}

function DutyHoursTable({ agency }: { agency: AgencyDetail }) {
  const form = dutyHoursFormOf(agency.dutyHours);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={WEEKDAYS.map((day) => ({
        key: day,
        label: labelOf(WEEKDAY_LABELS, day),
        children: form[day]!.length > 0 ? form[day]!.map((s) => `${s.from}–${s.to}`).join('、') : '不值班',
      }))}
    />
  );
}

function AuditTrail({ agencyId }: { agencyId: string }) {
  const audit = useQuery({
    queryKey: ['agency-audit', agencyId],
    queryFn: () => unwrap(routing.GET('/v1/agencies/{id}/audit', { params: { path: { id: agencyId } } })),
  });
  if (audit.error) return <ErrorAlert error={audit.error} />;
  return (
    <Table<AuditEntry>
      size="small"
      rowKey="id"
      loading={audit.isLoading}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={[...(audit.data?.items ?? [])].reverse()}
      locale={{ emptyText: '尚无修改记录' }}
      columns={[
        { title: '时间', dataIndex: 'at', render: (at: string) => formatInstant(at), width: 150 },
        { title: '修改人', dataIndex: 'changedBy', width: 90 },
        { title: '类型', dataIndex: 'changeKind', render: (kind: string) => labelOf(DIRECTORY_CHANGE_KIND_LABELS, kind), width: 110 },
        {
          title: '内容',
          key: 'change',
          render: (_, entry) => (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {auditChangeLines(entry).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ),
        },
        { title: '原因', dataIndex: 'reason' },
      ]}
    />
  );
}

function AgencyDrawer({ agencyId, admin, supervisor, onClose }: { agencyId: string | null; admin: boolean; supervisor: boolean; onClose: () => void }) {
  const detail = useQuery({ ...agencyQuery(agencyId ?? ''), enabled: agencyId !== null, staleTime: 0 });
  const [change, setChange] = useState<{ kind: AgencyChange; regionCode: string | null } | null>(null);
  const agency = detail.data;
  const seat = useRegionName(agency?.regionCode);
  const closed = agency ? isClosed(agency, todayInShanghai()) : false;

  return (
    <Drawer open={agencyId !== null} onClose={onClose} size={860} title={agency ? agency.name : '机构详情'} destroyOnHidden>
      <ErrorAlert error={detail.error} />
      {!agency ? (
        detail.isLoading ? <Skeleton active /> : null
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="agency-detail">
          {admin && !closed ? (
            <Space wrap>
              <Button onClick={() => setChange({ kind: 'availability', regionCode: null })}>修改接待状态</Button>
              <Button onClick={() => setChange({ kind: 'duty-hours', regionCode: null })}>修改值班时间</Button>
              <Button onClick={() => setChange({ kind: 'add-jurisdiction', regionCode: null })}>新增管辖区域</Button>
              <Button danger onClick={() => setChange({ kind: 'close', regionCode: null })}>
                撤销机构
              </Button>
            </Space>
          ) : null}
          {supervisor ? <Link to={`/inbox?agencyId=${encodeURIComponent(agency.id)}`}>查看该机构的待办事项</Link> : null}
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'id', label: '机构编号', children: agency.id },
              { key: 'type', label: '类型', children: labelOf(AGENCY_TYPE_LABELS, agency.type) },
              { key: 'level', label: '层级', children: labelOf(AGENCY_LEVEL_LABELS, agency.level) },
              { key: 'seat', label: '所在地', children: seat },
              {
                key: 'availability',
                label: '接待状态',
                children: closed ? <Tag>已撤销</Tag> : <Badge status={AVAILABILITY_STATUS[agency.availability]} text={labelOf(AVAILABILITY_LABELS, agency.availability)} />,
              },
              { key: 'languages', label: '服务语言', children: agency.languages.map((l) => labelOf(LANGUAGE_LABELS, l)).join('、') || '—' },
              {
                key: 'categories',
                label: '受理事项类别',
                span: 2,
                children: agency.legalCategories.length === 0 ? '全部类别' : agency.legalCategories.map((c) => labelOf(LEGAL_CATEGORY_LABELS, c)).join('、'),
              },
              { key: 'types', label: '受理诉求类型', span: 2, children: agency.requestTypes.map((t) => labelOf(REQUEST_TYPE_LABELS, t)).join('、') || '—' },
            ]}
          />
          <Card size="small" title="值班时间（北京时间）">
            <DutyHoursTable agency={agency} />
          </Card>
          <Card size="small" title="管辖区域">
            <JurisdictionsTable agency={agency} admin={admin && !closed} onEnd={(regionCode) => setChange({ kind: 'end-jurisdiction', regionCode })} />
          </Card>
          <Card size="small" title="修改记录">
            <AuditTrail agencyId={agency.id} />
          </Card>
          <AgencyChangeModal change={change?.kind ?? null} agency={agency} regionCode={change?.regionCode ?? null} onClose={() => setChange(null)} />
        </Space>
      )}
    </Drawer>
  );
}

export function DirectoryScreen() {
  const principal = usePrincipal();
  const admin = hasRole(principal, 'directory-admin');
  const supervisor = hasRole(principal, 'supervisor');
  const [params, setParams] = useSearchParams();
  const regionPath = params.get('region')?.split(',').filter(Boolean) ?? [];
  const type = params.get('type') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const openId = params.get('agency');
  // A supervisor without a filter starts at their own area.
  const regionCode = regionPath[regionPath.length - 1] ?? (admin ? null : areaRegionCodeOf(principal.area));

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  const agencies = useQuery({
    queryKey: ['agencies', regionCode, type ?? 'all', page],
    queryFn: () =>
      unwrap(
        routing.GET('/v1/agencies', {
          params: {
            query: { page, pageSize: PAGE_SIZE, ...(regionCode ? { regionCode } : {}), ...(type ? { type: type as AgencyRow['type'] } : {}) },
          },
        }),
      ),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        机构目录
      </Typography.Title>
      {!admin ? <Typography.Text type="secondary">督办人员可以查看机构目录（未选择区域时显示本辖区的机构）；修改由机构目录管理员办理。</Typography.Text> : null}
      <Card>
        <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item label="管辖区域" htmlFor="directory-region" style={{ minWidth: 360 }}>
            <RegionCascader id="directory-region" value={regionPath} onChange={(path) => update({ region: path.join(','), page: null })} />
          </Form.Item>
          <Form.Item label="机构类型" htmlFor="directory-type">
            <Select
              id="directory-type"
              style={{ width: 180 }}
              value={type ?? 'all'}
              onChange={(value: string) => update({ type: value === 'all' ? null : value, page: null })}
              options={[{ value: 'all', label: '全部' }, ...optionsOf(AGENCY_TYPE_LABELS)]}
            />
          </Form.Item>
          <Button onClick={() => update({ region: null, type: null, page: null })}>清除条件</Button>
        </Form>
        <ErrorAlert error={agencies.error} />
        <Table<AgencyRow>
          rowKey="id"
          loading={agencies.isLoading}
          dataSource={agencies.data?.items ?? []}
          locale={{ emptyText: '没有符合条件的机构' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: agencies.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 个机构`,
            onChange: (next) => update({ page: String(next) }),
          }}
          onRow={(row) => ({ 'data-testid': `agency-row-${row.id}`, style: { cursor: 'pointer' }, onClick: () => update({ agency: row.id }) }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: '机构名称',
              dataIndex: 'name',
              render: (name: string, row) => (
                <Button
                  type="link"
                  style={{ padding: 0 }}
                  onClick={(event) => {
                    event.stopPropagation();
                    update({ agency: row.id });
                  }}
                >
                  {name}
                </Button>
              ),
            },
            { title: '类型', dataIndex: 'type', render: (code: string) => labelOf(AGENCY_TYPE_LABELS, code) },
            { title: '层级', dataIndex: 'level', render: (code: string) => labelOf(AGENCY_LEVEL_LABELS, code) },
            { title: '所在地', dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
            {
              title: '接待状态',
              dataIndex: 'availability',
              render: (code: string, row) =>
                isClosed(row, todayInShanghai()) ? <Tag>已撤销</Tag> : <Badge status={AVAILABILITY_STATUS[code]} text={labelOf(AVAILABILITY_LABELS, code)} />,
            },
            {
              title: '管辖中区域',
              key: 'jurisdictions',
              render: (_, row) => row.jurisdictions.filter((j) => inForce(j, todayInShanghai())).length,
            },
          ]}
        />
      </Card>
      <AgencyDrawer agencyId={openId} admin={admin} supervisor={supervisor} onClose={() => update({ agency: null })} />
    </Space>
  );
}
