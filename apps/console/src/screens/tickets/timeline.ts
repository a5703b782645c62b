import {
  PARTNER_LABELS,
  PARTNER_OUTCOME_LABELS,
  PARTNER_REJECTION_REASON_LABELS,
  REJECTION_REASON_LABELS,
  SATISFACTION_LABELS,
  TICKET_STATUS_LABELS,
  TRANSFER_REASON_LABELS,
  WITHDRAWAL_REASON_LABELS,
  labelOf,
} from '../../i18n/labels';

// A ticket's timeline in Chinese. Entries carry a code (`kind`) and, for people's actions, what
// they wrote; the English notes services write for their logs are not shown.

export interface TimelineEntryLike {
  at: string;
  kind: string;
  actor: string | null;
  statusAfter: string;
  reason: string | null;
  note: string | null;
}

export const TIMELINE_KIND_LABELS: Record<string, string> = {
  'ticket.opened': '受理登记',
  'ticket.opened.v1': '受理登记',
  'ticket.resolved-at-first-contact.v1': '即时办结',
  'ticket.dispatch-requested.v1': '转为工单派发',
  'ticket.answered.v1': '答复来电人',
  'ticket.follow-up-recorded.v1': '回访',
  'ticket.closed.v1': '办结',
  'ticket.reopened.v1': '重新打开',
  'ticket.merged.v1': '合并到其他工单',
  'ticket.merge-undone.v1': '撤销合并',
  'ticket.referred': '抄送关注单位',
  'assignment.requested.v1': '分派至承办机构',
  'assignment.received.v1': '承办机构已收到',
  'assignment.accepted.v1': '承办机构接收',
  'assignment.rejected.v1': '承办机构退回',
  'assignment.started.v1': '开始办理',
  'assignment.completed.v1': '办理完毕',
  'assignment.withdrawn.v1': '撤回分派',
  'assignment.overdue.v1': '超期未接收',
  'assignment.clock-paused.v1': '督办暂停接收计时',
  'assignment.clock-resumed.v1': '督办恢复接收计时',
  'routing.failed.v1': '无可受理机构',
  'routing.returned-to-owner.v1': '退回首问单位',
  'partner-transfer.requested.v1': '转兄弟热线',
  'partner-transfer.delivered.v1': '兄弟热线已接收',
  'partner-transfer.delivery-failed.v1': '推送兄弟热线失败',
  'partner-transfer.accepted.v1': '兄弟热线受理',
  'partner-transfer.rejected.v1': '兄弟热线退回',
  'partner-transfer.acceptance-overdue.v1': '兄弟热线超时未受理',
  'partner-transfer.progress-reported.v1': '兄弟热线进展',
  'partner-transfer.result-reported.v1': '兄弟热线办理结果',
  'supervision.alert-raised.v1': '督办提醒',
  'caller-dissatisfied': '来电人不满意',
  'danger-reported': '紧情要情',
};

/** Kinds whose note is what a person wrote (shown); other notes are system text (hidden). */
const PERSON_WRITTEN_NOTES = new Set([
  'ticket.answered.v1',
  'ticket.follow-up-recorded.v1',
  'ticket.reopened.v1',
  'ticket.merged.v1',
  'assignment.accepted.v1',
  'assignment.rejected.v1',
  'assignment.started.v1',
  'assignment.completed.v1',
  'assignment.clock-paused.v1',
]);

/** Kinds whose reason is what a person wrote: those above, and a referral's (its note is the service's). */
const PERSON_WRITTEN_REASONS = new Set([...PERSON_WRITTEN_NOTES, 'ticket.referred']);

const CODED_REASONS: Record<string, string> = {
  ...REJECTION_REASON_LABELS,
  ...WITHDRAWAL_REASON_LABELS,
  ...SATISFACTION_LABELS,
  // A partner hotline passed a matter watches the ticket for the transfer's reason.
  ...TRANSFER_REASON_LABELS,
};

/** How a partner hotline's receipt of a transfer is put in words. */
interface PartnerReceiptWording {
  /** Chinese for the entry's coded reason (the partners' own vocabulary, kept apart from the bodies'). */
  reasons?: Record<string, string>;
  reasonTitle?: string;
  /** Put before the partner's own words. */
  noteTitle?: string;
}

const PARTNER_RECEIPTS: Record<string, PartnerReceiptWording> = {
  'partner-transfer.accepted.v1': { reasons: { late: '超过受理期限后受理' } },
  'partner-transfer.rejected.v1': { reasons: PARTNER_REJECTION_REASON_LABELS, reasonTitle: '原因：' },
  // Its code, acceptance-overdue, says what the title says; the partner said nothing.
  'partner-transfer.acceptance-overdue.v1': {},
  'partner-transfer.progress-reported.v1': {},
  'partner-transfer.result-reported.v1': { reasons: PARTNER_OUTCOME_LABELS, reasonTitle: '结果：', noteTitle: '对来电人答复：' },
};

/** The coded reason in Chinese and what a person wrote, for the platform's own entries. */
function platformDetails(entry: TimelineEntryLike): string[] {
  const details: string[] = [];
  if (entry.reason && CODED_REASONS[entry.reason]) details.push(`原因：${CODED_REASONS[entry.reason]}`);
  else if (entry.reason && PERSON_WRITTEN_REASONS.has(entry.kind)) details.push(`原因：${entry.reason}`);
  if (entry.note && PERSON_WRITTEN_NOTES.has(entry.kind) && !isSystemNote(entry.note)) details.push(entry.note);
  return details;
}

/** The partner's coded reason in Chinese, then its own words. */
function partnerReceiptDetails(entry: TimelineEntryLike, wording: PartnerReceiptWording): string[] {
  const details: string[] = [];
  const reason = entry.reason ? wording.reasons?.[entry.reason] : undefined;
  if (reason) details.push(`${wording.reasonTitle ?? ''}${reason}`);
  // Entries recorded before the partner's words were kept on their own are English sentences: hidden.
  if (entry.note && !isSystemNote(entry.note)) details.push(`${wording.noteTitle ?? ''}${entry.note}`);
  return details;
}

/** Notes services write themselves ("accepted by 南海区法律援助中心") are English sentences in lower case. */
function isSystemNote(note: string): boolean {
  return /^[a-z][a-z-]*( [a-z-]+)* (by|to|on|in|at|for)\b/.test(note);
}

export interface TimelineLine {
  at: string;
  title: string;
  actor: string | null;
  status: string;
  detail: string | null;
  tone: 'normal' | 'warning' | 'danger' | 'success';
}

export function timelineLineOf(entry: TimelineEntryLike): TimelineLine {
  const title = TIMELINE_KIND_LABELS[entry.kind] ?? '其他进展';
  const partnerReceipt = PARTNER_RECEIPTS[entry.kind];
  const details = partnerReceipt ? partnerReceiptDetails(entry, partnerReceipt) : platformDetails(entry);
  const tone: TimelineLine['tone'] =
    entry.kind.includes('rejected') || entry.kind.includes('overdue') || entry.kind.includes('failed') || entry.kind === 'danger-reported'
      ? 'danger'
      : entry.kind.includes('returned') || entry.kind.includes('withdrawn') || entry.kind === 'caller-dissatisfied'
        ? 'warning'
        : entry.kind.includes('accepted') || entry.kind.includes('closed') || entry.kind.includes('completed') || entry.kind.includes('delivered') || entry.kind.includes('result')
          ? 'success'
          : 'normal';
  // A partner acts under its number ("110") unless it named the desk that did.
  const actor = partnerReceipt && entry.actor ? (PARTNER_LABELS[entry.actor] ?? entry.actor) : entry.actor;
  return { at: entry.at, title, actor, status: labelOf(TICKET_STATUS_LABELS, entry.statusAfter), detail: details.length > 0 ? details.join('；') : null, tone };
}
