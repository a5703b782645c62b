import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../api/generated/intake';
import { TransfersPanel } from './TransfersPanel';

type Transfer = components['schemas']['TransferView'];

const aTransfer = (changes: Partial<Transfer> = {}): Transfer => ({
  transferId: 'a3c1d1a0-0000-4000-8000-000000000001',
  partner: '12345',
  reason: 'not-ours',
  urgent: false,
  requestedAt: '2026-11-24T02:00:00.000Z',
  delivery: 'delivered',
  attempts: 1,
  partnerReference: null,
  lastError: null,
  receipt: 'awaiting-acceptance',
  acceptedAt: null,
  rejection: null,
  overdue: null,
  result: null,
  ...changes,
});

const rejectedLate = aTransfer({
  receipt: 'rejected',
  overdue: { dueAt: '2026-11-25T03:00:00.000Z', suggestedNextStep: 'call-the-partner' },
  rejection: { reason: 'outside-our-area', note: '事发地在顺德区，请转顺德区12345', suggestedNextStep: 'transfer-to-another-partner' },
});
const completed = aTransfer({
  transferId: 'a3c1d1a0-0000-4000-8000-000000000002',
  partner: '12368',
  requestedAt: '2026-11-26T02:00:00.000Z',
  partnerReference: '12368-FS-0007',
  receipt: 'completed',
  acceptedAt: '2026-11-26T03:20:00.000Z',
  result: {
    outcome: 'handled',
    actionTaken: '已联系南海区人民法院立案庭',
    replyToCaller: '已告知来电人立案所需材料及网上立案方式',
    completedAt: '2026-11-27T08:00:00.000Z',
  },
});
const overdue = aTransfer({
  transferId: 'a3c1d1a0-0000-4000-8000-000000000003',
  partner: '110',
  receipt: 'overdue',
  overdue: { dueAt: '2026-11-24T03:00:00.000Z', suggestedNextStep: 'call-the-partner' },
});

function renderPanel(transfers: Transfer[], onAdoptReply?: (reply: string) => void) {
  render(
    <ConfigProvider locale={zhCN}>
      <TransfersPanel transfers={transfers} watchers={[]} onAdoptReply={onAdoptReply} />
    </ConfigProvider>,
  );
}

const card = (transfer: Transfer) => within(screen.getByTestId(`transfer-${transfer.transferId}`));

afterEach(cleanup);

describe(TransfersPanel.name, () => {
  it('shows a rejection with its reason, the partner’s words and the suggested next step, after the deadline it let pass', () => {
    renderPanel([rejectedLate]);
    const rejected = card(rejectedLate);
    expect(rejected.getByText('转 12345 政务服务便民热线')).toBeInTheDocument();
    expect(rejected.getByTestId('transfer-receipt')).toHaveTextContent('对方退回');
    expect(rejected.getByText('不属法律服务事项，转交兄弟热线')).toBeInTheDocument();
    expect(rejected.getByText('已送达')).toBeInTheDocument();
    expect(rejected.getByText('不属本地区管辖')).toBeInTheDocument();
    expect(rejected.getByText('事发地在顺德区，请转顺德区12345')).toBeInTheDocument();
    expect(rejected.getByText('2026-11-25 11:00（已超时）')).toBeInTheDocument();
    // The rejection's next step stands; the overdue's is no longer the advice.
    expect(rejected.getByText('建议转交其他兄弟热线')).toBeInTheDocument();
    expect(rejected.queryByText('建议电话联系对方值班台（三方通话）')).not.toBeInTheDocument();
  });

  it('shows an overdue acceptance with its deadline and next step', () => {
    renderPanel([overdue]);
    const late = card(overdue);
    expect(late.getByTestId('transfer-receipt')).toHaveTextContent('超时未受理');
    expect(late.getByText('2026-11-24 11:00（已超时）')).toBeInTheDocument();
    expect(late.getByText('建议电话联系对方值班台（三方通话）')).toBeInTheDocument();
  });

  it('shows a result with the acceptance, the outcome, what was done and what the caller was told; the reply can be adopted', async () => {
    const adopt = vi.fn();
    renderPanel([rejectedLate, completed], adopt);
    // Newest first: the transfer that finished is on top.
    expect(screen.getAllByTestId(/^transfer-a3c1/)[0]).toHaveAttribute('data-testid', `transfer-${completed.transferId}`);
    const done = card(completed);
    expect(done.getByTestId('transfer-receipt')).toHaveTextContent('对方已办结');
    expect(done.getByText('12368-FS-0007')).toBeInTheDocument();
    expect(done.getByText('2026-11-26 11:20')).toBeInTheDocument();
    expect(done.getByText('已处置')).toBeInTheDocument();
    expect(done.getByText('已联系南海区人民法院立案庭')).toBeInTheDocument();
    expect(done.getByText('已告知来电人立案所需材料及网上立案方式')).toBeInTheDocument();
    expect(done.getByText('2026-11-27 16:00')).toBeInTheDocument();
    await userEvent.click(done.getByRole('button', { name: '采用对方答复' }));
    expect(adopt).toHaveBeenCalledWith('已告知来电人立案所需材料及网上立案方式');
  });

  it('offers no reply to adopt to those who may not answer', () => {
    renderPanel([completed]);
    expect(screen.queryByRole('button', { name: '采用对方答复' })).not.toBeInTheDocument();
  });

  it('shows a transfer still waiting for the partner, with the delivery attempts', () => {
    const waiting = aTransfer({ delivery: 'failing', attempts: 3 });
    renderPanel([waiting]);
    expect(card(waiting).getByTestId('transfer-receipt')).toHaveTextContent('等待对方受理');
    expect(card(waiting).getByText('已尝试 3 次')).toBeInTheDocument();
  });
});
