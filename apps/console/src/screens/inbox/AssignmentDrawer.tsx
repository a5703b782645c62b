import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Drawer, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { BodyKind } from '../../auth/principal';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRegionName } from '../../components/regions';
import {
  ASSIGNMENT_STATUS_LABELS,
  FOLLOW_UP_RESULT_LABELS,
  LANGUAGE_LABELS,
  LEGAL_CATEGORY_LABELS,
  REJECTION_REASON_LABELS,
  REQUEST_TYPE_LABELS,
  WITHDRAWAL_REASON_LABELS,
  labelOf,
} from '../../i18n/labels';
import { live } from '../../lib/live';
import { formatInstant } from '../../lib/time';
import { useAgencyNames } from '../directory/agency-names';
import { explainDecision } from '../tickets/routing-explanation';
import { ApplicantContact } from './ApplicantContact';
import { AssignmentActions } from './AssignmentActions';
import { ASSIGNMENT_STATUS_COLOURS, flagTagsOf, isSettled, mayReadCaller, type Assignment } from './inbox';
import { getAssignment } from './inbox-api';

function RoutingExplanation({ assignment }: { assignment: Assignment }) {
  const explanation = assignment.routingExplanation;
  const nameOf = useAgencyNames(explanation.candidatesConsidered.map((c) => c.agencyId));
  const regionName = useRegionName(explanation.routedOnRegionCode);
  const text = explainDecision(
    { outcome: 'assigned', agencyId: assignment.agency.agencyId, explanation, acceptance: null },
    { regionName, agencyName: assignment.agency.name, agencyNameOf: nameOf },
  );
  return (
    <ul style={{ paddingInlineStart: 20, margin: 0 }} data-testid="assignment-routing-explanation">
      {text.lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
      <li>须于 {formatInstant(assignment.acceptanceDeadline)}（北京时间）前接收或退回。</li>
    </ul>
  );
}

function Details({ assignment }: { assignment: Assignment }) {
  const region = useRegionName(assignment.regionCode);
  const flags = flagTagsOf(assignment.flags);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'ticket', label: '工单号', children: <Link to={`/tickets/${assignment.ticketId}`}>{assignment.ticketNumber}</Link> },
        {
          key: 'status',
          label: '状态',
          children: <Tag color={ASSIGNMENT_STATUS_COLOURS[assignment.status]}>{labelOf(ASSIGNMENT_STATUS_LABELS, assignment.status)}</Tag>,
        },
        { key: 'type', label: '诉求类型', children: labelOf(REQUEST_TYPE_LABELS, assignment.requestType) },
        { key: 'category', label: '法律事项类别', children: labelOf(LEGAL_CATEGORY_LABELS, assignment.legalCategory) },
        { key: 'region', label: '所在地区', children: region },
        { key: 'flags', label: '标识', children: flags.length > 0 ? flags.map((f) => <Tag key={f.key} color={f.colour}>{f.label}</Tag>) : '无' },
        {
          key: 'caller',
          label: '申请人',
          children: `${assignment.caller.maskedName}，${assignment.caller.maskedPhone}，${labelOf(LANGUAGE_LABELS, assignment.caller.language)}${
            assignment.caller.accessibilityNeeds.length > 0 ? `；无障碍需求：${assignment.caller.accessibilityNeeds.join('、')}` : ''
          }`,
        },
        { key: 'received', label: '收到时间', children: formatInstant(assignment.receivedAt) },
        {
          key: 'deadline',
          label: '接收期限',
          children: (
            <Space>
              {formatInstant(assignment.acceptanceDeadline)}
              <Countdown dueAt={assignment.acceptanceDeadline} startedAt={assignment.receivedAt} settled={isSettled(assignment.status)} />
            </Space>
          ),
        },
        ...(assignment.assignBy
          ? [{ key: 'assign-by', label: '指派承办人员', children: `应于 ${formatInstant(assignment.assignBy)} 前指派（《法律援助法》第四十三条，仅作提示）` }]
          : []),
        ...(assignment.decision
          ? [
              {
                key: 'decision',
                label: assignment.decision.reason ? '退回' : '接收',
                children: (
                  <>
                    {assignment.decision.decidedBy}，{formatInstant(assignment.decision.decidedAt)}
                    {assignment.decision.late ? (
                      <Tag color="red" style={{ marginInlineStart: 8 }}>
                        超期后处理
                      </Tag>
                    ) : null}
                    {assignment.decision.reason ? <div>原因：{labelOf(REJECTION_REASON_LABELS, assignment.decision.reason)}</div> : null}
                    {assignment.decision.note ? <div>说明：{assignment.decision.note}</div> : null}
                  </>
                ),
              },
            ]
          : []),
        ...(assignment.start
          ? [
              {
                key: 'start',
                label: '开始办理',
                children: `${assignment.start.startedBy}，${formatInstant(assignment.start.startedAt)}${assignment.start.note ? `；${assignment.start.note}` : ''}`,
              },
            ]
          : []),
        ...(assignment.completion
          ? [
              {
                key: 'completion',
                label: '办结',
                children: (
                  <>
                    {labelOf(FOLLOW_UP_RESULT_LABELS, assignment.completion.outcome)}，{assignment.completion.completedBy}，{formatInstant(assignment.completion.completedAt)}
                    <div style={{ whiteSpace: 'pre-wrap' }}>{assignment.completion.result}</div>
                  </>
                ),
              },
            ]
          : []),
        ...(assignment.withdrawal
          ? [
              {
                key: 'withdrawal',
                label: '撤回',
                children: `${labelOf(WITHDRAWAL_REASON_LABELS, assignment.withdrawal.reason)}（${formatInstant(assignment.withdrawal.withdrawnAt)}）`,
              },
            ]
          : []),
      ]}
    />
  );
}

export interface AssignmentDrawerProps {
  kind: BodyKind;
  /** The row as the inbox listed it: shown at once, and all a supervisor may see. */
  listed: Assignment | undefined;
  assignmentId: string | null;
  /** The body's own staff: they read the latest state and act on it. */
  staff: boolean;
  onClose: () => void;
}

/** One assignment: summary, why it came here, what was decided, and the staff's actions. */
export function AssignmentDrawer({ kind, listed, assignmentId, staff, onClose }: AssignmentDrawerProps) {
  const detail = useQuery({
    queryKey: ['assignment', kind, assignmentId],
    queryFn: () => getAssignment(kind, assignmentId!),
    enabled: staff && assignmentId !== null,
    ...live,
  });
  const assignment = detail.data ?? listed;

  return (
    <Drawer
      open={assignmentId !== null}
      onClose={onClose}
      size={720}
      title={assignment ? `待办事项 ${assignment.ticketNumber}` : '待办事项'}
      destroyOnHidden
      extra={staff && assignment ? <AssignmentActions kind={kind} assignment={assignment} /> : null}
    >
      {detail.error && !assignment ? <ErrorAlert error={detail.error} /> : null}
      {!assignment ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="assignment-detail">
          {detail.error ? <ErrorAlert error={detail.error} title="最新状态暂时无法读取，下面是列表中的信息" /> : null}
          <Card size="small" title="诉求摘要">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{assignment.summary}</Typography.Paragraph>
          </Card>
          <Details assignment={assignment} />
          <Card size="small" title="分派说明（为什么由本单位办理）">
            <RoutingExplanation assignment={assignment} />
          </Card>
          {staff && mayReadCaller(assignment.status) ? (
            <Card size="small" title="申请人联系方式">
              <ApplicantContact kind={kind} ticketId={assignment.ticketId} />
            </Card>
          ) : null}
          {!staff ? <Typography.Text type="secondary">督办人员只能查看，接收、退回和办理由承办机构工作人员操作。</Typography.Text> : null}
        </Space>
      )}
    </Drawer>
  );
}
