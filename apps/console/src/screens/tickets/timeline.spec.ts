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
