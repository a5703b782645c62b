import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES } from '@legal-hotline/contracts';
import { lookUpForCaller, NEXT_STEPS, type LookedUpTicket } from './caller-lookup.js';

const ticket: LookedUpTicket = { ticketNumber: '12348-20261123-000042', status: 'accepted', callerPhone: '13812345678', updatedAt: new Date('2026-11-23T03:00:00Z') };

describe(lookUpForCaller.name, () => {
  const sut = lookUpForCaller;

  it('with the right last four digits, tells status and next step and nothing else', () => {
    expect(sut(ticket, '5678')).toEqual({
      ticketNumber: '12348-20261123-000042',
      status: 'accepted',
      coarseStatus: 'open',
      nextStep: NEXT_STEPS.accepted,
      updatedAt: new Date('2026-11-23T03:00:00Z'),
    });
  });

  it('answers wrong digits exactly like an unknown ticket', () => {
    expect(sut(ticket, '5679')).toBeNull();
    expect(sut(null, '5678')).toBeNull();
  });

  it('tells a merged ticket as closed', () => {
    expect(sut({ ...ticket, status: 'merged' }, '5678')?.coarseStatus).toBe('closed');
  });
});

describe('NEXT_STEPS', () => {
  it.each([...TICKET_STATUSES])('has a plain sentence for %s in Chinese and English, naming nobody', (status) => {
    const { zh, en } = NEXT_STEPS[status];
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[A-Z].*\.$/);
    expect(`${zh}${en}`).not.toMatch(/中心|委员会|centre|committee/i);
  });
});
