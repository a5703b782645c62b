/** Chinese names of the platform's codes, for the simulator's log lines; an unknown code is shown as it is. */

const STATUSES: Record<string, string> = {
  received: '已接收',
  routed: '正在分派',
  'awaiting-acceptance': '待承办机构受理',
  accepted: '承办机构已受理',
  'in-progress': '办理中',
  answered: '已答复来电人',
  'follow-up-due': '待回访',
  closed: '已办结',
  reopened: '已重新办理',
  'returned-to-owner': '已退回12348平台',
  'transferred-out': '已转出',
  merged: '已合并',
};

const TRANSFER_REASONS: Record<string, string> = {
  danger: '紧情要情',
  'not-ours': '非法律服务事项',
};

const REJECTION_REASONS: Record<string, string> = {
  'not-our-matter': '不属于本热线受理范围',
  'outside-our-area': '不在本热线服务区域',
  'insufficient-information': '转办信息不足',
  duplicate: '重复转办',
  'caller-unreachable': '无法联系来电人',
};

export function statusName(status: string): string {
  return STATUSES[status] ?? status;
}

export function transferReasonName(reason: string): string {
  return TRANSFER_REASONS[reason] ?? reason;
}

export function rejectionReasonName(reason: string): string {
  return REJECTION_REASONS[reason] ?? reason;
}
