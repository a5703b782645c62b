import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Result, Select, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routing, unwrap } from '../../api/client';
import { usePrincipal } from '../../auth/AuthProvider';
import { bodyOf, hasRole, type Principal } from '../../auth/principal';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRegionName } from '../../components/regions';
import { AGENCY_TYPE_LABELS, ASSIGNMENT_STATUS_LABELS, LEGAL_CATEGORY_LABELS, REQUEST_TYPE_LABELS, labelOf } from '../../i18n/labels';
import { live } from '../../lib/live';
import { formatInstant } from '../../lib/time';
import { agencyQuery } from '../directory/agency-names';
import { areaRegionCodeOf } from '../directory/directory';
import { AssignmentDrawer } from './AssignmentDrawer';
import { ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_COLOURS, INBOX_PAGE_SIZE, bodyKindOf, flagTagsOf, inboxBodyOf, isSettled, sortInbox, type Assignment, type AssignmentStatus } from './inbox';
import { listInbox } from './inbox-api';

function RegionCell({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/** A supervisor picks one of the bodies of their area. */
function BodyPicker({ principal, value, onChange }: { principal: Principal; value: string | null; onChange: (id: string) => void }) {
  const regionCode = areaRegionCodeOf(principal.area);
  const agencies = useQuery({
    queryKey: ['agencies', 'area', regionCode],
    queryFn: () => unwrap(routing.GET('/v1/agencies', { params: { query: { pageSize: 100, ...(regionCode ? { regionCode } : {}) } } })),
    enabled: regionCode !== null,
    staleTime: 60_000,
  });
  return (
    <Form layout="inline">
      <Form.Item label="承办机构" htmlFor="inbox-body">
        <Select
          id="inbox-body"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 360 }}
          placeholder="选择辖区内的法律援助中心或人民调解委员会"
          loading={agencies.isLoading}
          value={value ?? undefined}
          onChange={onChange}
          options={(agencies.data?.items ?? []).map((agency) => ({
            value: agency.id,
            label: `${agency.name}（${labelOf(AGENCY_TYPE_LABELS, agency.type)}）`,
          }))}
        />
      </Form.Item>
      {agencies.error ? <ErrorAlert error={agencies.error} /> : null}
    </Form>
  );
}

export function InboxScreen() {
  const principal = usePrincipal();
  const [params, setParams] = useSearchParams();
  const requested = params.get('agencyId');
  const body = inboxBodyOf(principal, requested);
  const kind = bodyKindOf(body?.agencyId);
  const status = (ASSIGNMENT_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as AssignmentStatus) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const openId = params.get('assignment');

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  const agency = useQuery({ ...agencyQuery(body?.agencyId ?? ''), enabled: Boolean(body) });
  const inbox = useQuery({
    queryKey: ['inbox', body?.agencyId, status ?? 'all', page],
    queryFn: () => listInbox(kind!, body!.agencyId, status, page),
    enabled: Boolean(body && kind),
    ...live,
  });
  const rows = sortInbox(inbox.data?.items ?? []);
  const listed = rows.find((row) => row.assignmentId === openId);

  const supervisor = hasRole(principal, 'supervisor') && !hasRole(principal, 'office-staff');
  if (!body && !supervisor) {
    return <Result status="403" title="账号未绑定承办机构" subTitle="待办事项属于法律援助中心或人民调解委员会，请联系管理员为您的账号绑定单位。" />;
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        待办事项{agency.data ? `：${agency.data.name}` : ''}
      </Typography.Title>
      {supervisor ? <BodyPicker principal={principal} value={body?.agencyId ?? null} onChange={(id) => update({ agencyId: id, assignment: null, page: null })} /> : null}
      {!body ? (
        <Empty description="请选择要查看的承办机构" />
      ) : (
        <Card>
          <Space style={{ marginBottom: 16 }} wrap>
            <label htmlFor="inbox-status">状态</label>
            <Select
              id="inbox-status"
              style={{ width: 160 }}
              value={status ?? 'all'}
              onChange={(value: string) => update({ status: value === 'all' ? null : value, page: null })}
              options={[{ value: 'all', label: '全部' }, ...ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: labelOf(ASSIGNMENT_STATUS_LABELS, s) }))]}
            />
            <Typography.Text type="secondary" aria-live="polite">
              待接收的事项按接收期限排在前面，每 3 秒自动刷新。
              {inbox.data ? `共 ${inbox.data.total} 件。` : ''}
            </Typography.Text>
          </Space>
          <ErrorAlert error={inbox.error} />
          {inbox.error && !body.staff && bodyOf(principal) && hasRole(principal, 'office-staff') ? (
            <Link to="/inbox" style={{ display: 'inline-block', marginBottom: 16 }}>
              返回本单位待办事项
            </Link>
          ) : null}
          <Table<Assignment>
            size="middle"
            rowKey="assignmentId"
            loading={inbox.isLoading}
            dataSource={rows}
            locale={{ emptyText: status ? '没有该状态的事项' : '暂无待办事项' }}
            pagination={{
              current: page,
              pageSize: INBOX_PAGE_SIZE,
              total: inbox.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: false,
              onChange: (next) => update({ page: String(next) }),
            }}
            onRow={(row) =>
              ({
                'data-testid': `inbox-row-${row.ticketNumber}`,
                style: { cursor: 'pointer' },
                onClick: () => update({ assignment: row.assignmentId }),
              }) as HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                title: '工单号',
                dataIndex: 'ticketNumber',
                render: (number: string, row) => (
                  <Button
                    type="link"
                    style={{ padding: 0 }}
                    onClick={(event) => {
                      event.stopPropagation();
                      update({ assignment: row.assignmentId });
                    }}
                  >
                    {number}
                  </Button>
                ),
              },
              { title: '诉求类型', dataIndex: 'requestType', render: (code: string) => labelOf(REQUEST_TYPE_LABELS, code) },
              { title: '法律事项类别', dataIndex: 'legalCategory', render: (code: string) => labelOf(LEGAL_CATEGORY_LABELS, code) },
              { title: '所在地区', dataIndex: 'regionCode', render: (code: string) => <RegionCell code={code} /> },
              {
                title: '标识',
                key: 'flags',
                render: (_, row) =>
                  flagTagsOf(row.flags).map((tag) => (
                    <Tag key={tag.key} color={tag.colour}>
                      {tag.label}
                    </Tag>
                  )),
              },
              { title: '收到时间', dataIndex: 'receivedAt', render: (at: string) => formatInstant(at) },
              {
                title: '接收期限',
                dataIndex: 'acceptanceDeadline',
                render: (at: string, row) => (
                  <Space orientation="vertical" size={0}>
                    <span>{formatInstant(at)}</span>
                    <Countdown dueAt={at} startedAt={row.receivedAt} settled={isSettled(row.status)} />
                  </Space>
                ),
              },
              {
                title: '状态',
                dataIndex: 'status',
                render: (code: AssignmentStatus, row) => (
                  <>
                    <Tag color={ASSIGNMENT_STATUS_COLOURS[code]}>{labelOf(ASSIGNMENT_STATUS_LABELS, code)}</Tag>
                    {row.decision?.late ? <Tag color="red">超期后处理</Tag> : null}
                  </>
                ),
              },
            ]}
          />
        </Card>
      )}
      {body && kind ? (
        <AssignmentDrawer kind={kind} listed={listed} assignmentId={openId} staff={body.staff} onClose={() => update({ assignment: null })} />
      ) : null}
    </Space>
  );
}
