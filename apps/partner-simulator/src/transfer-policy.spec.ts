import { describe, expect, it } from '@jest/globals';
import { planTransfer, remainingAfterAcceptance, resultBody } from './transfer-policy.js';

const danger = { messageId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', reason: 'danger' as const };

describe(planTransfer.name, () => {
  it('accepts, reports progress, then the result (handled), in Chinese, under the partner desk’s own reference', () => {
    const sut = planTransfer('accept', '110', danger, 'not-our-matter');
    expect(sut.map((step) => step.kind)).toEqual(['accept', 'progress', 'result']);
    expect(sut[0]).toEqual({
      kind: 'accept',
      body: { partnerReference: '110-JQ-6F1C2A3B4D', acceptedBy: '110指挥中心接警席', note: expect.stringContaining('紧情要情') },
    });
    expect(sut[2]).toMatchObject({ kind: 'result', body: { outcome: 'handled', actionTaken: expect.stringMatching(/民警/), replyToCaller: expect.stringMatching(/已告知来电人/) } });
  });

  it('words a transfer that is not a legal matter differently from a dangerous one', () => {
    const notOurs = planTransfer('accept', '12345', { ...danger, reason: 'not-ours' }, 'not-our-matter');
    expect(notOurs[0]).toMatchObject({ body: { partnerReference: '12345-GD-6F1C2A3B4D', note: '已受理，派单至属地职能部门。' } });
  });

  it('gives the same reference for the same transfer, so accepting again after a restart is the same command', () => {
    expect(planTransfer('accept', '110', danger, 'duplicate')[0]).toEqual(planTransfer('accept', '110', danger, 'duplicate')[0]);
  });

  it('refuses with the coded reason chosen and a note saying why', () => {
    expect(planTransfer('reject', '110', danger, 'outside-our-area')).toEqual([
      { kind: 'reject', body: { reason: 'outside-our-area', note: '事发地不在本热线服务区域，请转事发地热线。' } },
    ]);
  });

  it('says nothing when silent, so the acceptance deadline runs out', () => {
    expect(planTransfer('silent', '12368', danger, 'not-our-matter')).toEqual([]);
  });
});

describe(remainingAfterAcceptance.name, () => {
  it('leaves the progress and the result of an accepted transfer', () => {
    expect(remainingAfterAcceptance(planTransfer('accept', '110', danger, 'duplicate')).map((s) => s.kind)).toEqual(['progress', 'result']);
  });
});

describe(resultBody.name, () => {
  it('adds when the partner finished, with the +08:00 offset', () => {
    const [, , result] = planTransfer('accept', '110', danger, 'duplicate');
    if (result?.kind !== 'result') throw new Error('expected a result step');
    expect(resultBody(result, new Date('2026-11-24T03:05:00.000Z'))).toMatchObject({ outcome: 'handled', completedAt: '2026-11-24T11:05:00.000+08:00' });
  });
});
