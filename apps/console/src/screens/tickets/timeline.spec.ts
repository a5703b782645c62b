import { describe, expect, it } from 'vitest';
import { timelineLineOf } from './timeline';

describe('the timeline in Chinese', () => {
  it('names a rejection with its coded reason and the person’s note', () => {
    const line = timelineLineOf({
      at: '2026-12-05T02:00:00Z',
      kind: 'assignment.rejected.v1',
      actor: '陈静',
      statusAfter: 'routed',
      reason: 'not-our-jurisdiction',
      note: '事由发生地在顺德区',
    });
    expect(line).toMatchObject({ title: '承办机构退回', actor: '陈静', status: '已分派', tone: 'danger' });
    expect(line.detail).toBe('原因：不属本机构管辖；事由发生地在顺德区');
  });

  it('hides the English notes systems write and keeps a Chinese title', () => {
    const line = timelineLineOf({
      at: '2026-12-05T02:00:00Z',
      kind: 'assignment.requested.v1',
      actor: null,
      statusAfter: 'awaiting-acceptance',
      reason: "People's Mediation Law Art. 8 and 34: ...",
      note: 'assigned to 桂城街道人民调解委员会 (mediation-committee:440605011)',
    });
    expect(line.title).toBe('分派至承办机构');
    expect(line.detail).toBeNull();
  });

  it('keeps what staff wrote on an acceptance, not the service’s own sentence', () => {
    const base = { at: '', kind: 'assignment.accepted.v1', actor: '陈静', statusAfter: 'accepted', reason: null };
    expect(timelineLineOf({ ...base, note: 'accepted by 南海区法律援助中心' }).detail).toBeNull();
    expect(timelineLineOf({ ...base, note: '已受理，3 日内指派律师' }).detail).toBe('已受理，3 日内指派律师');
  });

  it('has a title for an unknown kind', () => {
    expect(timelineLineOf({ at: '', kind: 'x.new.v9', actor: null, statusAfter: 'received', reason: null, note: null }).title).toBe('其他进展');
  });
});

describe('a partner hotline’s receipts in the timeline', () => {
  const receipt = (kind: string, reason: string | null, note: string | null, actor: string | null = '12345') =>
    timelineLineOf({ at: '2026-12-05T02:00:00Z', kind, actor, statusAfter: 'transferred-out', reason, note });

  it('shows a rejection’s coded reason in Chinese and the partner’s words, under the partner’s name', () => {
    expect(receipt('partner-transfer.rejected.v1', 'not-our-matter', '属法律服务事项')).toMatchObject({
      title: '兄弟热线退回',
      actor: '12345 政务服务便民热线',
      detail: '原因：不属本热线职责；属法律服务事项',
      tone: 'danger',
    });
  });

  it('reads a partner’s duplicate as a duplicate case, not as the bodies’ duplicate application', () => {
    expect(receipt('partner-transfer.rejected.v1', 'duplicate', null).detail).toBe('原因：重复工单');
    expect(
      timelineLineOf({ at: '', kind: 'assignment.rejected.v1', actor: '陈静', statusAfter: 'routed', reason: 'duplicate', note: null }).detail,
    ).toBe('原因：重复申请');
  });

  it('shows a result’s outcome and what the partner told the caller', () => {
    expect(receipt('partner-transfer.result-reported.v1', 'handled', '已告知来电人劳动监察的处理结果')).toMatchObject({
      title: '兄弟热线办理结果',
      detail: '结果：已处置；对来电人答复：已告知来电人劳动监察的处理结果',
      tone: 'success',
    });
  });

  it('shows an acceptance with the desk that accepted, late or not, and the partner’s note', () => {
    expect(receipt('partner-transfer.accepted.v1', null, '已受理，转人社部门', '佛山市12345热线值班台')).toMatchObject({
      title: '兄弟热线受理',
      actor: '佛山市12345热线值班台',
      detail: '已受理，转人社部门',
    });
    expect(receipt('partner-transfer.accepted.v1', 'late', null).detail).toBe('超过受理期限后受理');
  });

  it('shows progress as the partner wrote it, and an overdue acceptance by its title alone', () => {
    expect(receipt('partner-transfer.progress-reported.v1', null, '已联系来电人').detail).toBe('已联系来电人');
    expect(receipt('partner-transfer.acceptance-overdue.v1', 'acceptance-overdue', null, null)).toMatchObject({
      title: '兄弟热线超时未受理',
      actor: null,
      detail: null,
      tone: 'danger',
    });
  });

  it('hides the English sentences receipts recorded before carried the partner’s words alone', () => {
    expect(receipt('partner-transfer.progress-reported.v1', null, 'progress reported by 12345: 已联系来电人').detail).toBeNull();
    expect(receipt('partner-transfer.rejected.v1', 'outside-our-area', 'rejected by 12345: 属法律服务事项; suggested next step: route-to-a-body').detail).toBe(
      '原因：不属本地区管辖',
    );
  });
});

describe('a referral in the timeline', () => {
  const referral = (reason: string) =>
    timelineLineOf({
      at: '',
      kind: 'ticket.referred',
      actor: '林晓',
      statusAfter: 'transferred-out',
      reason,
      note: '12345 may see the ticket without owning it (referral)',
    });

  it('shows why, as the person wrote it or as the transfer’s coded reason, and not the service’s sentence', () => {
    expect(referral('诉讼阶段需法院了解前期调解情况').detail).toBe('原因：诉讼阶段需法院了解前期调解情况');
    expect(referral('not-ours').detail).toBe('原因：不属法律服务事项，转交兄弟热线');
  });
});
