import { Tag } from 'antd';
import { TICKET_STATUS_COLOURS, TICKET_STATUS_LABELS, labelOf } from '../i18n/labels';

export function StatusTag({ status }: { status: string }) {
  return <Tag color={TICKET_STATUS_COLOURS[status] ?? 'default'}>{labelOf(TICKET_STATUS_LABELS, status)}</Tag>;
}
