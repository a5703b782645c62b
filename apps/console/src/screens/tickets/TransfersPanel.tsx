import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import type { components } from '../../api/generated/intake';
import {
  DELIVERY_STATE_LABELS,
  NEXT_STEP_LABELS,
  PARTNER_LABELS,
  PARTNER_OUTCOME_LABELS,
  PARTNER_REJECTION_REASON_LABELS,
  TRANSFER_REASON_LABELS,
  TRANSFER_RECEIPT_LABELS,
  labelOf,
} from '../../i18n/labels';
import { formatInstant } from '../../lib/time';

type Transfer = components['schemas']['TransferView'];
type Watcher = components['schemas']['WatcherView'];

const RECEIPT_COLOURS: Record<Transfer['receipt'], string> = {
  'awaiting-acceptance': 'blue',
  accepted: 'cyan',
  rejected: 'red',
  overdue: 'orange',
  completed: 'green',
};

const DELIVERY_COLOURS: Record<Transfer['delivery'], string> = { pending: 'blue', delivered: 'green', failing: 'red' };

interface TransferCardProps {
  transfer: Transfer;
  /** Offered to the responsible agent: answer the caller with what the partner told them. */
  onAdoptReply?: ((replyToCaller: string) => void) | undefined;
}

/**
 * One transfer to a partner hotline: the technical delivery, then the partner's business receipt
 * (accepted, rejected with a reason and a suggested next step, overdue, or its result).
 */
function TransferCard({ transfer, onAdoptReply }: TransferCardProps) {
  const partner = labelOf(PARTNER_LABELS, transfer.partner);
  const { rejection, overdue, result } = transfer;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid={`transfer-${transfer.transferId}`}
      title={
        <Space wrap>
          <span>转 {partner}</span>
          <Tag color={RECEIPT_COLOURS[transfer.receipt]} data-testid="transfer-receipt">
            {labelOf(TRANSFER_RECEIPT_LABELS, transfer.receipt)}
          </Tag>
          {transfer.urgent && <Tag color="red">紧急</Tag>}
        </Space>
      }
      items={[
        { key: 'reason', label: '转办原因', children: labelOf(TRANSFER_REASON_LABELS, transfer.reason) },
        { key: 'requested', label: '转办时间', children: formatInstant(transfer.requestedAt) },
        {
          key: 'delivery',
          label: '推送状态',
          children: (
            <>
              <Tag color={DELIVERY_COLOURS[transfer.delivery]}>{labelOf(DELIVERY_STATE_LABELS, transfer.delivery)}</Tag>
              {transfer.attempts > 1 ? `已尝试 ${transfer.attempts} 次` : ''}
            </>
          ),
        },
        ...(transfer.partnerReference ? [{ key: 'reference', label: '对方编号', children: transfer.partnerReference }] : []),
        ...(transfer.acceptedAt ? [{ key: 'accepted', label: '对方受理时间', children: formatInstant(transfer.acceptedAt) }] : []),
        ...(rejection
          ? [
              { key: 'rejection-reason', label: '退回原因', children: labelOf(PARTNER_REJECTION_REASON_LABELS, rejection.reason) },
              ...(rejection.note ? [{ key: 'rejection-note', label: '对方说明', children: rejection.note }] : []),
              { key: 'rejection-next', label: '建议下一步', children: labelOf(NEXT_STEP_LABELS, rejection.suggestedNextStep) },
            ]
          : []),
        ...(overdue
          ? [
              { key: 'overdue-due', label: '受理期限', children: `${formatInstant(overdue.dueAt)}（已超时）` },
              // A rejection after the deadline gives its own next step, shown above.
              ...(rejection ? [] : [{ key: 'overdue-next', label: '建议下一步', children: labelOf(NEXT_STEP_LABELS, overdue.suggestedNextStep) }]),
            ]
          : []),
        ...(result
          ? [
              { key: 'result-outcome', label: '办理结果', children: labelOf(PARTNER_OUTCOME_LABELS, result.outcome) },
              { key: 'result-action', label: '处置情况', children: result.actionTaken },
              {
                key: 'result-reply',
                label: '对来电人答复',
                children: (
                  <Space orientation="vertical" size={4}>
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{result.replyToCaller}</Typography.Text>
                    {onAdoptReply && (
                      <Button size="small" onClick={() => onAdoptReply(result.replyToCaller)}>
                        采用对方答复
                      </Button>
                    )}
                  </Space>
                ),
              },
              { key: 'result-completed', label: '对方办结时间', children: formatInstant(result.completedAt) },
            ]
          : []),
      ]}
    />
  );
}

interface TransfersPanelProps {
  transfers: readonly Transfer[];
  watchers: readonly Watcher[];
  onAdoptReply?: ((replyToCaller: string) => void) | undefined;
}

/** The ticket's transfers to partner hotlines with their receipts, newest first, and who else watches it. */
export function TransfersPanel({ transfers, watchers, onAdoptReply }: TransfersPanelProps) {
  const newestFirst = [...transfers].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {newestFirst.map((transfer) => (
        <TransferCard key={transfer.transferId} transfer={transfer} onAdoptReply={onAdoptReply} />
      ))}
      {watchers.map((watcher) => (
        <Typography.Paragraph key={watcher.organisationId} style={{ margin: 0 }}>
          抄送 {labelOf(PARTNER_LABELS, watcher.organisation)}：{labelOf(TRANSFER_REASON_LABELS, watcher.reason)}
        </Typography.Paragraph>
      ))}
    </Space>
  );
}
