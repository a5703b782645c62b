import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { messageOf } from '../../api/errors';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRegionName } from '../../components/regions';
import { StatusTag } from '../../components/StatusTag';
import {
  AGENCY_TYPE_LABELS,
  CHANNEL_LABELS,
  DESK_HANDLING_LABELS,
  FOLLOW_UP_RESULT_LABELS,
  HOP_OUTCOME_LABELS,
  LANGUAGE_LABELS,
  LEGAL_CATEGORY_LABELS,
  ORGAN_TYPE_LABELS,
  PARTNER_LABELS,
  PLATFORM_LABELS,
  PRIORITY_LABELS,
  REJECTION_REASON_LABELS,
  REQUEST_TYPE_LABELS,
  RESPONSIBILITY_BASIS_LABELS,
  SATISFACTION_LABELS,
  labelOf,
  optionsOf,
} from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { live } from '../../lib/live';
import { submitOnCtrlEnter, useAltShortcuts } from '../../lib/shortcuts';
import { formatDuration, formatInstant } from '../../lib/time';
import { RoutingOutcome } from './RoutingOutcome';
import { actionsAllowed } from './ticket-actions';
import { timelineLineOf } from './timeline';
import { TransfersPanel } from './TransfersPanel';
import { DeskRecord, DeskResolveForm, WorkOrderForm } from './DeskActions';
import { SpecialLineName } from './SpecialLineName';

type Ticket = components['schemas']['TicketView'];
type Action = 'answer' | 'follow-up' | 'close' | 'reopen' | 'transfer' | 'merge' | 'unmerge' | 'desk-resolve' | 'work-order' | null;
type FormAction = Exclude<Action, null | 'desk-resolve' | 'work-order'>;

const TONE_COLOURS = { normal: 'blue', warning: 'orange', danger: 'red', success: 'green' } as const;

function CallerDetails({ ticketId, purposes }: { ticketId: string; purposes: { value: string; label: string }[] }) {
  const [purpose, setPurpose] = useState(purposes[0]?.value);
  const read = useMutation({
    mutationFn: () =>
      unwrap(intake.GET('/v1/tickets/{id}/caller', { params: { path: { id: ticketId }, query: { purpose: purpose as never } } })),
  });
  if (read.data) {
    return (
      <Descriptions size="small" column={1} bordered data-testid="caller-details">
        <Descriptions.Item label="姓名">{read.data.name}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{read.data.phone}</Descriptions.Item>
        <Descriptions.Item label="身份证号">{read.data.idNumber ?? '未登记'}</Descriptions.Item>
      </Descriptions>
    );
  }
  return (
    <Space wrap>
      <Select aria-label="查看目的" value={purpose} onChange={setPurpose} options={purposes} style={{ width: 160 }} />
      <Button onClick={() => read.mutate()} loading={read.isPending}>
        查看完整联系方式
      </Button>
      <Typography.Text type="secondary">查看将记入个人信息查阅记录</Typography.Text>
      {read.error ? <Typography.Text type="danger">{messageOf(read.error)}</Typography.Text> : null}
    </Space>
  );
}

interface ActionFormProps {
  ticket: Ticket;
  action: FormAction;
  /** Values to start from over what was typed before (the partner's reply, to answer with). */
  prefill?: Record<string, string> | undefined;
  onDone: () => void;
}

/** The form of one lifecycle command; what was typed is kept if the request fails or the page reloads. */
function ActionForm({ ticket, action, prefill, onDone }: ActionFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const draft = useDraft<Record<string, unknown>>(`ticket.${ticket.id}.${action}`, {});
  const mutation = useMutation({
    mutationFn: async (values: Record<string, string>) => {
      const path = { params: { path: { id: ticket.id } } };
      switch (action) {
        case 'answer':
          return unwrap(intake.POST('/v1/tickets/{id}/answer', { ...path, body: { answer: values.answer!.trim() } }));
        case 'follow-up':
          return unwrap(
            intake.POST('/v1/tickets/{id}/follow-up', {
              ...path,
              body: { result: values.result as never, satisfaction: values.satisfaction as never, note: values.note?.trim() || null },
            }),
          );
        case 'close':
          return unwrap(intake.POST('/v1/tickets/{id}/close', { ...path, body: {} }));
        case 'reopen':
          return unwrap(intake.POST('/v1/tickets/{id}/reopen', { ...path, body: { reason: values.reason!.trim() } }));
        case 'transfer':
          return unwrap(
            intake.POST('/v1/tickets/{id}/transfer', {
              ...path,
              body: { partner: values.partner as never, reason: 'not-ours', note: values.note?.trim() || null },
            }),
          );
        case 'merge': {
          const found = await unwrap(intake.GET('/v1/tickets', { params: { query: { ticketNumber: values.into!.trim(), pageSize: 1 } } }));
          const target = found.items[0];
          if (!target) throw new Error(`找不到工单 ${values.into}`);
          return unwrap(intake.POST('/v1/tickets/{id}/merge', { ...path, body: { intoTicketId: target.id, reason: values.reason!.trim() } }));
        }
        case 'unmerge':
          return unwrap(intake.POST('/v1/tickets/{id}/unmerge', { ...path, body: {} }));
      }
    },
    onSuccess: () => {
      draft.clear();
      void message.success('已保存');
      onDone();
    },
  });
  const submit = () => form.submit();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ ...draft.draft, ...prefill }}
      onValuesChange={(_, all) => draft.save(all as Record<string, unknown>)}
      onFinish={(values) => mutation.mutate(values as Record<string, string>)}
      onKeyDown={(event) => submitOnCtrlEnter(event, submit)}
    >
      {mutation.error ? (
        mutation.error instanceof Error && !('status' in mutation.error) && mutation.error.name === 'Error' ? (
          <Alert type="error" showIcon title={mutation.error.message} style={{ marginBottom: 16 }} />
        ) : (
          <ErrorAlert error={mutation.error} />
        )
      ) : null}
      {action === 'answer' && (
        <Form.Item name="answer" label="答复内容" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount autoFocus />
        </Form.Item>
      )}
      {action === 'follow-up' && (
        <>
          <Form.Item name="result" label="办理结果" rules={[{ required: true, message: '请选择办理结果' }]}>
            <Radio.Group options={optionsOf(FOLLOW_UP_RESULT_LABELS)} />
          </Form.Item>
          <Form.Item name="satisfaction" label="满意度" rules={[{ required: true, message: '请选择满意度' }]} extra="“不满意”会重新打开工单并提醒督办">
            <Radio.Group options={optionsOf(SATISFACTION_LABELS)} />
          </Form.Item>
          <Form.Item name="note" label="回访记录（可选）">
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
      {action === 'close' && <Typography.Paragraph>确认办结工单 {ticket.ticketNumber}？办结后如有需要可重新打开。</Typography.Paragraph>}
      {action === 'unmerge' && <Typography.Paragraph>确认撤销合并，恢复工单 {ticket.ticketNumber} 的办理？</Typography.Paragraph>}
      {action === 'reopen' && (
        <Form.Item name="reason" label="重新打开原因" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount autoFocus />
        </Form.Item>
      )}
      {action === 'transfer' && (
        <>
          <Form.Item name="partner" label="转交至" rules={[{ required: true, message: '请选择兄弟热线' }]} extra="不属法律服务事项的，转交兄弟热线办理；对方受理、退回和办理结果会显示在本工单中，仍由本平台答复来电人。">
            <Radio.Group options={optionsOf(PARTNER_LABELS)} />
          </Form.Item>
          <Form.Item name="note" label="转交说明（可选）">
            <Input.TextArea rows={3} maxLength={2000} showCount placeholder="例如：属劳动保障监察事项，请12345转人社部门办理" />
          </Form.Item>
        </>
      )}
      {action === 'merge' && (
        <>
          <Form.Item name="into" label="合并到工单号" rules={[{ required: true, whitespace: true, message: '请填写目标工单号' }]}>
            <Input placeholder="12348-20261205-000001" autoFocus />
          </Form.Item>
          <Form.Item name="reason" label="合并原因" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending} danger={action === 'close' || action === 'merge'}>
          {ACTION_TITLES[action]}（Ctrl + Enter）
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}

const ACTION_TITLES: Record<Exclude<Action, null>, string> = {
  'desk-resolve': '即时办结',
  'work-order': '转为工单',
  answer: '答复来电人',
  'follow-up': '登记回访',
  close: '办结工单',
  reopen: '重新打开',
  transfer: '转交兄弟热线',
  merge: '合并工单',
  unmerge: '撤销合并',
};

interface MatterLocation {
  arosenInRegionCode?: string;
  handlingOrgan?: { type: string; name: string; regionCode: string };
}

function MatterLocationText({ location }: { location: MatterLocation }) {
  const arosenIn = useRegionName(location.arosenInRegionCode);
  const organSeat = useRegionName(location.handlingOrgan?.regionCode);
  const parts: string[] = [];
  if (location.handlingOrgan) parts.push(`办案机关：${labelOf(ORGAN_TYPE_LABELS, location.handlingOrgan.type)} ${location.handlingOrgan.name}（${organSeat}）`);
  if (location.arosenInRegionCode) parts.push(`事由发生地：${arosenIn}`);
  return <>{parts.length > 0 ? parts.join('；') : '—'}</>;
}

function HopsTable({ hops }: { hops: Ticket['hops'] }) {
  return (
    <Table
      size="small"
      rowKey={(hop) => `${hop.agencyId}-${hop.arrivedAt}`}
      pagination={false}
      dataSource={[...hops]}
      locale={{ emptyText: '尚未分派' }}
      columns={[
        { title: '承办机构', dataIndex: 'name', render: (name: string, hop) => `${name}（${labelOf(AGENCY_TYPE_LABELS, hop.agencyType)}）` },
        { title: '到达', dataIndex: 'arrivedAt', render: (at: string) => formatInstant(at) },
        { title: '离开', dataIndex: 'leftAt', render: (at: string | null) => formatInstant(at) },
        { title: '结果', dataIndex: 'outcome', render: (outcome: string) => labelOf(HOP_OUTCOME_LABELS, outcome) },
        { title: '原因', dataIndex: 'reason', render: (reason: string | null) => (reason ? labelOf(REJECTION_REASON_LABELS, reason) : '—') },
        { title: '停留时长', dataIndex: 'timeSpentMs', render: (ms: number) => formatDuration(ms) },
      ]}
    />
  );
}

export function TicketScreen() {
  const { id = '' } = useParams();
  const principal = usePrincipal();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action>(null);
  const [prefill, setPrefill] = useState<Record<string, string> | undefined>();
  const ticketQuery = useQuery({
    queryKey: ['ticket', id],
    queryFn: () => unwrap(intake.GET('/v1/tickets/{id}', { params: { path: { id } } })),
    ...live,
  });
  const ticket = ticketQuery.data;
  const regionName = useRegionName(ticket?.regionCode);
  const allowed = ticket ? actionsAllowed(ticket, principal) : null;

  const shortcuts = useMemo(
    () => ({
      KeyA: allowed?.answer ? () => setAction('answer') : undefined,
      KeyF: allowed?.followUp ? () => setAction('follow-up') : undefined,
      KeyC: allowed?.close ? () => setAction('close') : undefined,
    }),
    [allowed?.answer, allowed?.followUp, allowed?.close],
  );
  useAltShortcuts(shortcuts);

  if (ticketQuery.error && !ticket) return <ErrorAlert error={ticketQuery.error} />;
  if (!ticket || !allowed) return <Skeleton active />;

  const closeAction = () => {
    setAction(null);
    setPrefill(undefined);
  };
  const done = () => {
    closeAction();
    void queryClient.invalidateQueries({ queryKey: ['ticket', id] });
  };
  const answerWith = (replyToCaller: string) => {
    setPrefill({ answer: replyToCaller });
    setAction('answer');
  };
  const timeline = [...ticket.timeline].reverse().map(timelineLineOf);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>工单 {ticket.ticketNumber}</span>
            <span data-testid="ticket-status">
              <StatusTag status={ticket.status} />
            </span>
            {ticket.priority !== 'normal' && <Tag color="red">{labelOf(PRIORITY_LABELS, ticket.priority)}</Tag>}
            {ticket.flags.dangerous && <Tag color="red">紧情要情</Tag>}
            {ticket.flags.migrantWorkerWageClaim && <Tag color="green">农民工讨薪</Tag>}
            {ticket.flags.veteran && <Tag color="blue">退役军人</Tag>}
            {ticket.underSupervision && <Tag color="volcano">督办中</Tag>}
            {ticket.handling === 'desk' && <Tag color="lime">{labelOf(DESK_HANDLING_LABELS, ticket.handling)}</Tag>}
            {ticket.followUpSampled && <Tag color="purple">回访抽样</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {allowed.deskResolve && (
              <Button type="primary" onClick={() => setAction('desk-resolve')}>
                即时办结
              </Button>
            )}
            {allowed.workOrder && <Button onClick={() => setAction('work-order')}>转为工单</Button>}
            {allowed.answer && (
              <Button type="primary" onClick={() => setAction('answer')}>
                答复（Alt + A）
              </Button>
            )}
            {allowed.followUp && <Button onClick={() => setAction('follow-up')}>回访（Alt + F）</Button>}
            {allowed.close && (
              <Button danger onClick={() => setAction('close')}>
                办结（Alt + C）
              </Button>
            )}
            {allowed.reopen && <Button onClick={() => setAction('reopen')}>重新打开</Button>}
            {allowed.transfer && <Button onClick={() => setAction('transfer')}>转交兄弟热线</Button>}
            {allowed.merge && <Button onClick={() => setAction('merge')}>合并</Button>}
            {allowed.unmerge && <Button onClick={() => setAction('unmerge')}>撤销合并</Button>}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label="诉求类型">{labelOf(REQUEST_TYPE_LABELS, ticket.requestType)}</Descriptions.Item>
          <Descriptions.Item label="法律事项">{labelOf(LEGAL_CATEGORY_LABELS, ticket.legalCategory)}</Descriptions.Item>
          <Descriptions.Item label="受理渠道">{labelOf(CHANNEL_LABELS, ticket.channel)}</Descriptions.Item>
          <Descriptions.Item label="首问单位">
            <span data-testid="first-contact">
              {ticket.firstContact.organisation}（{labelOf(PLATFORM_LABELS, ticket.firstContact.platform)}）{ticket.firstContact.agent ? ` · ${ticket.firstContact.agent}` : ''}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="负责答复平台">
            <span data-testid="responsible">
              {ticket.responsible.organisation}（{labelOf(RESPONSIBILITY_BASIS_LABELS, ticket.responsible.basis)}）
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="受理时间">{formatInstant(ticket.firstContact.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="当前承办" span={2}>
            <span data-testid="current-handler">
              {ticket.currentHandler ? `${ticket.currentHandler.name}（自 ${formatInstant(ticket.currentHandler.since)}）` : ticket.responsible.organisation}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="所在地区">{regionName}</Descriptions.Item>
          {ticket.specialLine && (
            <Descriptions.Item label="专线">
              <SpecialLineName code={ticket.specialLine} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label="来电人">
            {ticket.caller.name} · {ticket.caller.phone} · {labelOf(LANGUAGE_LABELS, ticket.caller.language)}
          </Descriptions.Item>
          <Descriptions.Item label="办案机关 / 事由发生地" span={2}>
            <MatterLocationText location={ticket.matterLocation} />
          </Descriptions.Item>
          <Descriptions.Item label="诉求摘要" span={3}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{ticket.summary}</Typography.Paragraph>
          </Descriptions.Item>
          {ticket.answer && (
            <Descriptions.Item label="答复" span={3}>
              <span data-testid="ticket-answer">{ticket.answer.answer}</span>（{ticket.answer.answeredBy.agent ?? ticket.answer.answeredBy.organisation}，{formatInstant(ticket.answer.answeredAt)}）
            </Descriptions.Item>
          )}
          {ticket.followUp && (
            <Descriptions.Item label="回访" span={3}>
              <span data-testid="ticket-follow-up">
                {labelOf(FOLLOW_UP_RESULT_LABELS, ticket.followUp.result)} · {labelOf(SATISFACTION_LABELS, ticket.followUp.satisfaction)}
              </span>
              {ticket.followUp.note ? ` · ${ticket.followUp.note}` : ''}（{formatInstant(ticket.followUp.recordedAt)}）
            </Descriptions.Item>
          )}
          {ticket.handlingResult && (
            <Descriptions.Item label="承办结果" span={3}>
              {ticket.handlingResult.agencyName}：{labelOf(FOLLOW_UP_RESULT_LABELS, ticket.handlingResult.outcome)} · {ticket.handlingResult.result}
            </Descriptions.Item>
          )}
          {ticket.merge && (
            <Descriptions.Item label="合并" span={3}>
              已合并到 <Link to={`/tickets/${ticket.merge.intoTicketId}`}>目标工单</Link>（{formatInstant(ticket.merge.mergedAt)}）
            </Descriptions.Item>
          )}
        </Descriptions>
        {(ticket.deskResolution || ticket.dispatch) && (
          <div style={{ marginTop: 16 }}>
            <DeskRecord ticket={ticket} />
          </div>
        )}
        {allowed.callerDetails && (
          <div style={{ marginTop: 16 }}>
            <CallerDetails
              ticketId={ticket.id}
              purposes={[
                { value: 'call-back', label: '回电来电人' },
                { value: 'follow-up-call', label: '回访' },
              ]}
            />
          </div>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {ticket.handling === 'dispatch' ? (
              <Card title="分派说明" size="small">
                <RoutingOutcome ticketId={ticket.id} />
              </Card>
            ) : (
              <Card title="办理方式" size="small">
                <Typography.Text data-testid="desk-handling">
                  {ticket.deskResolution && ticket.status === 'closed' ? '坐席即时办结，未派往承办机构。' : '留在坐席办理，未派往承办机构；如需承办机构办理，请“转为工单”。'}
                </Typography.Text>
              </Card>
            )}
            <Card title="流转经过（每一站及停留时长）" size="small">
              <HopsTable hops={ticket.hops} />
            </Card>
            {(ticket.transfers.length > 0 || ticket.watchers.length > 0) && (
              <Card title="转办兄弟热线与抄送" size="small" data-testid="transfers">
                <TransfersPanel transfers={ticket.transfers} watchers={ticket.watchers} onAdoptReply={allowed.answer ? answerWith : undefined} />
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="办理时间线" size="small" extra={<Typography.Text type="secondary">自动更新</Typography.Text>}>
            {timeline.length === 0 ? (
              <Empty />
            ) : (
              <div aria-live="polite" data-testid="ticket-timeline">
                <Timeline
                  items={timeline.map((line) => ({
                    color: TONE_COLOURS[line.tone],
                    content: (
                      <div>
                        <Typography.Text strong>{line.title}</Typography.Text>
                        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                          {formatInstant(line.at)}
                        </Typography.Text>
                        <div>
                          {line.actor ? `${line.actor} · ` : ''}状态：{line.status}
                        </div>
                        {line.detail && <div>{line.detail}</div>}
                      </div>
                    ),
                  }))}
                />
              </div>
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        title={action ? `${ACTION_TITLES[action]} · ${ticket.ticketNumber}` : ''}
        open={action !== null}
        onCancel={closeAction}
        footer={null}
        destroyOnHidden
        width={action === 'desk-resolve' ? 1100 : undefined}
      >
        {action === 'desk-resolve' && <DeskResolveForm ticket={ticket} onDone={done} />}
        {action === 'work-order' && <WorkOrderForm ticket={ticket} onDone={done} />}
        {action && action !== 'desk-resolve' && action !== 'work-order' && (
          <ActionForm ticket={ticket} action={action} prefill={action === 'answer' ? prefill : undefined} onDone={done} />
        )}
      </Modal>
    </Space>
  );
}

export { hasRole };
