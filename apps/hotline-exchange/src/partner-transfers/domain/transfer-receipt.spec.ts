import { describe, expect, it } from '@jest/globals';
import { PARTNER_REJECTION_REASONS, type NextStep, type PartnerRejectionReason } from '@legal-hotline/contracts';
import { PartnerTransferError } from './partner-transfer.error.js';
import type { TransferReason } from './transfer-delivery.js';
import {
  decideReceipt,
  NEXT_STEP_AFTER_OVERDUE,
  nextStepAfterRejection,
  recordAcceptanceOverdue,
  type ReceiptCommand,
  type ReceiptState,
  type TransferReceipt,
} from './transfer-receipt.js';

const requestedAt = new Date('2026-11-24T03:00:00.000Z');
const dueAt = new Date('2026-11-24T03:15:00.000Z');
const beforeDue = new Date('2026-11-24T03:05:00.000Z');
const afterDue = new Date('2026-11-24T03:30:00.000Z');
const later = new Date('2026-11-24T06:00:00.000Z');

function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
}

/** A danger transfer to 110, delivered with the partner's reference, awaiting acceptance. */
function aReceipt(changes: Partial<TransferReceipt> = {}): TransferReceipt {
  return {
    transferId: '22222222-2222-4222-8222-222222222201',
    ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
    partner: '110',
    reason: 'danger',
    urgent: true,
    requestedAt,
    state: 'awaiting-acceptance',
    acceptanceDueAt: dueAt,
    overdueAt: null,
    partnerReference: '110-FROM-DELIVERY',
    acceptance: null,
    rejection: null,
    result: null,
    lastProgressNote: null,
    correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6',
    requestedEventId: '11111111-1111-4111-8111-111111111112',
    ...changes,
  };
}

const accept: ReceiptCommand = { kind: 'accept', partnerReference: '110-QX-0001', acceptedBy: '黔西市公安局110指挥中心', note: '已派警' };
const reject: ReceiptCommand = { kind: 'reject', reason: 'outside-our-area', note: '事发地不在本市' };
const progress = (note: string): ReceiptCommand => ({ kind: 'report-progress', note });
const result: ReceiptCommand = {
  kind: 'report-result',
  outcome: 'handled',
  actionTaken: '民警现场调解',
  replyToCaller: '已告知来电人通过劳动仲裁追讨欠薪',
  completedAt: new Date('2026-11-24T05:30:00.000Z'),
};

/** Plays commands one after another, each at its time; returns the receipt, every event and every progress note. */
function given(receipt: TransferReceipt, commands: [ReceiptCommand, Date][]) {
  const newId = counter();
  let current = receipt;
  const events = [];
  const notes = [];
  for (const [command, now] of commands) {
    const decision = decideReceipt(current, command, { now, newId });
    current = decision.receipt;
    events.push(...decision.events);
    if (decision.progress) notes.push(decision.progress);
  }
  return { receipt: current, events, notes };
}

const accepted = () => given(aReceipt(), [[accept, beforeDue]]).receipt;
const rejected = () => given(aReceipt(), [[reject, beforeDue]]).receipt;
const completed = () => given(aReceipt(), [[accept, beforeDue], [result, later]]).receipt;
const overdue = () => recordAcceptanceOverdue(aReceipt(), { now: afterDue, newId: counter() })!.receipt;

function refusal(receipt: TransferReceipt, command: ReceiptCommand, now = later): PartnerTransferError {
  try {
    decideReceipt(receipt, command, { now, newId: counter() });
  } catch (error) {
    if (error instanceof PartnerTransferError) return error;
    throw error;
  }
  throw new Error(`${command.kind} was not refused in state ${receipt.state}`);
}

const envelope = {
  source: 'hotline-exchange',
  subject: '22222222-2222-4222-8222-222222222201',
  correlationId: 'c0a8e1f2-3b4c-4d5e-8f60-718293a4b5c6',
  causationId: '11111111-1111-4111-8111-111111111112',
};

describe(decideReceipt.name, () => {
  describe('accept', () => {
    it('awaiting-acceptance → accepted, on time, with the reference it gives', () => {
      const { receipt, events } = given(aReceipt(), [[accept, beforeDue]]);
      expect(receipt).toMatchObject({
        state: 'accepted',
        partnerReference: '110-QX-0001',
        acceptance: { acceptedAt: beforeDue, acceptedBy: '黔西市公安局110指挥中心', note: '已派警', late: false },
      });
      expect(events).toEqual([
        {
          ...envelope,
          id: expect.any(String),
          type: 'partner-transfer.accepted.v1',
          occurredAt: beforeDue.toISOString(),
          data: {
            transferId: envelope.subject,
            ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
            partner: '110',
            partnerReference: '110-QX-0001',
            acceptedBy: '黔西市公安局110指挥中心',
            note: '已派警',
            late: false,
            acceptedAt: beforeDue.toISOString(),
          },
        },
      ]);
    });

    it('keeps the reference from the delivery when the acceptance gives none', () => {
      const { receipt, events } = given(aReceipt(), [[{ kind: 'accept', partnerReference: null, acceptedBy: null, note: null }, beforeDue]]);
      expect(receipt.partnerReference).toBe('110-FROM-DELIVERY');
      expect(events[0]!.data).toMatchObject({ partnerReference: '110-FROM-DELIVERY', acceptedBy: null, note: null });
    });

    it('is late once the deadline has passed, before the overdue is even recorded', () => {
      const { receipt, events } = given(aReceipt(), [[accept, afterDue]]);
      expect(receipt.acceptance!.late).toBe(true);
      expect(events[0]!.data).toMatchObject({ late: true });
    });

    it('overdue → accepted, late, keeping when the deadline was recorded as passed', () => {
      const { receipt, events } = given(overdue(), [[accept, later]]);
      expect(receipt).toMatchObject({ state: 'accepted', overdueAt: afterDue, acceptance: { late: true } });
      expect(events.map((e) => e.type)).toEqual(['partner-transfer.accepted.v1']);
    });

    it('never accepts a transfer without a deadline late', () => {
      const { receipt } = given(aReceipt({ acceptanceDueAt: null }), [[accept, later]]);
      expect(receipt.acceptance!.late).toBe(false);
    });

    it.each<[string, () => TransferReceipt, ReceiptCommand]>([
      ['the same acceptance again', accepted, accept],
      ['the same acceptance leaving out the reference', accepted, { ...accept, partnerReference: null }],
      ['the same acceptance after the result', completed, accept],
    ])('changes nothing and emits nothing for %s', (_, state, command) => {
      const before = state();
      const decision = decideReceipt(before, command, { now: later, newId: counter() });
      expect(decision).toEqual({ receipt: before, events: [], progress: null, repeated: true });
    });

    it.each<[string, () => TransferReceipt, ReceiptCommand, ReceiptState]>([
      ['by another desk', accepted, { ...accept, acceptedBy: '另一个指挥中心' }, 'accepted'],
      ['with another note', accepted, { ...accept, note: '另有说明' }, 'accepted'],
      ['with another reference', accepted, { ...accept, partnerReference: '110-QX-0002' }, 'accepted'],
      ['after rejecting', rejected, accept, 'rejected'],
      ['after the result, with other details', completed, { ...accept, note: '另有说明' }, 'completed'],
    ])('refuses an acceptance %s, naming the receipt state', (_, state, command, current) => {
      const error = refusal(state(), command);
      expect(error).toMatchObject({ code: 'PARTNER_TRANSFER.INVALID_STATE', kind: 'conflict' });
      expect(error.message).toContain(`is ${current}`);
    });
  });

  describe('reject', () => {
    it('awaiting-acceptance → rejected, with the next step suggested to the owner', () => {
      const { receipt, events } = given(aReceipt(), [[reject, beforeDue]]);
      expect(receipt).toMatchObject({
        state: 'rejected',
        rejection: { reason: 'outside-our-area', note: '事发地不在本市', suggestedNextStep: 'transfer-to-another-partner', rejectedAt: beforeDue },
      });
      expect(events).toEqual([
        expect.objectContaining({
          ...envelope,
          type: 'partner-transfer.rejected.v1',
          data: {
            transferId: envelope.subject,
            ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
            partner: '110',
            reason: 'outside-our-area',
            note: '事发地不在本市',
            suggestedNextStep: 'transfer-to-another-partner',
            rejectedAt: beforeDue.toISOString(),
          },
        }),
      ]);
    });

    it('overdue → rejected: a late answer is still an answer', () => {
      const { receipt, events } = given(overdue(), [[reject, later]]);
      expect(receipt.state).toBe('rejected');
      expect(events.map((e) => e.type)).toEqual(['partner-transfer.rejected.v1']);
    });

    it('changes nothing for the same rejection again', () => {
      const before = rejected();
      expect(decideReceipt(before, reject, { now: later, newId: counter() })).toEqual({ receipt: before, events: [], progress: null, repeated: true });
    });

    it.each<[string, () => TransferReceipt, ReceiptCommand, ReceiptState]>([
      ['for another reason', rejected, { ...reject, reason: 'duplicate' }, 'rejected'],
      ['with another note', rejected, { ...reject, note: null }, 'rejected'],
      ['after accepting', accepted, reject, 'accepted'],
      ['after the result', completed, reject, 'completed'],
    ])('refuses a rejection %s, naming the receipt state', (_, state, command, current) => {
      const error = refusal(state(), command);
      expect(error).toMatchObject({ code: 'PARTNER_TRANSFER.INVALID_STATE', kind: 'conflict' });
      expect(error.message).toContain(`is ${current}`);
    });
  });

  describe('report progress', () => {
    it('keeps each new note of an accepted transfer and passes it on', () => {
      const { receipt, events, notes } = given(accepted(), [
        [progress('民警已到场'), later],
        [progress('双方已分开'), later],
      ]);
      expect(receipt).toMatchObject({ state: 'accepted', lastProgressNote: '双方已分开' });
      expect(notes).toEqual([
        { note: '民警已到场', reportedAt: later },
        { note: '双方已分开', reportedAt: later },
      ]);
      expect(events.map((e) => [e.type, e.data])).toEqual([
        ['partner-transfer.progress-reported.v1', expect.objectContaining({ note: '民警已到场', reportedAt: later.toISOString() })],
        ['partner-transfer.progress-reported.v1', expect.objectContaining({ note: '双方已分开' })],
      ]);
    });

    it('takes the latest note sent again as a repeat, also once the result is in', () => {
      const withNote = given(accepted(), [[progress('民警已到场'), later]]).receipt;
      expect(decideReceipt(withNote, progress('民警已到场'), { now: later, newId: counter() })).toMatchObject({ events: [], progress: null, repeated: true });
      const done = given(withNote, [[result, later]]).receipt;
      expect(decideReceipt(done, progress('民警已到场'), { now: later, newId: counter() })).toMatchObject({ events: [], repeated: true });
    });

    it.each<[string, () => TransferReceipt, ReceiptState]>([
      ['before accepting', () => aReceipt(), 'awaiting-acceptance'],
      ['on an overdue transfer', overdue, 'overdue'],
      ['after rejecting', rejected, 'rejected'],
      ['after the result', completed, 'completed'],
    ])('refuses progress %s, naming the receipt state', (_, state, current) => {
      const error = refusal(state(), progress('进展'));
      expect(error).toMatchObject({ code: 'PARTNER_TRANSFER.INVALID_STATE', kind: 'conflict' });
      expect(error.message).toContain(`is ${current}`);
    });
  });

  describe('report result', () => {
    it('accepted → completed, with what was done and what the caller was told', () => {
      const { receipt, events } = given(accepted(), [[result, later]]);
      expect(receipt).toMatchObject({
        state: 'completed',
        result: { outcome: 'handled', actionTaken: '民警现场调解', replyToCaller: '已告知来电人通过劳动仲裁追讨欠薪', completedAt: new Date('2026-11-24T05:30:00.000Z'), reportedAt: later },
      });
      expect(events).toEqual([
        expect.objectContaining({
          ...envelope,
          type: 'partner-transfer.result-reported.v1',
          data: {
            transferId: envelope.subject,
            ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
            partner: '110',
            outcome: 'handled',
            actionTaken: '民警现场调解',
            replyToCaller: '已告知来电人通过劳动仲裁追讨欠薪',
            completedAt: '2026-11-24T05:30:00.000Z',
            reportedAt: later.toISOString(),
          },
        }),
      ]);
    });

    it('changes nothing for the same result again, its time written in another offset', () => {
      const before = completed();
      const again = { ...result, completedAt: new Date('2026-11-24T13:30:00+08:00') } as ReceiptCommand;
      expect(decideReceipt(before, again, { now: later, newId: counter() })).toEqual({ receipt: before, events: [], progress: null, repeated: true });
    });

    it.each<[string, () => TransferReceipt, ReceiptCommand, ReceiptState]>([
      ['before accepting', () => aReceipt(), result, 'awaiting-acceptance'],
      ['on an overdue transfer', overdue, result, 'overdue'],
      ['after rejecting', rejected, result, 'rejected'],
      ['a second time with another outcome', completed, { ...result, outcome: 'referred-elsewhere' }, 'completed'],
      ['a second time with another reply', completed, { ...result, replyToCaller: '另有答复' }, 'completed'],
      ['a second time finished at another time', completed, { ...result, completedAt: new Date('2026-11-24T05:31:00.000Z') }, 'completed'],
    ])('refuses a result %s, naming the receipt state', (_, state, command, current) => {
      const error = refusal(state(), command);
      expect(error).toMatchObject({ code: 'PARTNER_TRANSFER.INVALID_STATE', kind: 'conflict' });
      expect(error.message).toContain(`is ${current}`);
    });

    it.each([
      ['in the future', new Date(later.getTime() + 6 * 60_000)],
      ['before the transfer was requested', new Date(requestedAt.getTime() - 6 * 60_000)],
    ])('refuses a completion time %s, naming the field', (_, completedAt) => {
      expect(refusal(accepted(), { ...result, completedAt })).toMatchObject({
        code: 'PARTNER_TRANSFER.COMPLETED_AT_INVALID',
        kind: 'invalid',
        field: 'completedAt',
      });
    });

    it("allows a partner's clock a few minutes ahead", () => {
      const { receipt } = given(accepted(), [[{ ...result, completedAt: new Date(later.getTime() + 60_000) }, later]]);
      expect(receipt.state).toBe('completed');
    });
  });
});

describe(nextStepAfterRejection.name, () => {
  it.each<[PartnerRejectionReason, TransferReason, NextStep]>([
    ['not-our-matter', 'not-ours', 'route-to-a-body'],
    ['not-our-matter', 'danger', 'transfer-to-another-partner'],
    ['outside-our-area', 'danger', 'transfer-to-another-partner'],
    ['outside-our-area', 'not-ours', 'transfer-to-another-partner'],
    ['insufficient-information', 'danger', 'complete-and-resend'],
    ['insufficient-information', 'not-ours', 'complete-and-resend'],
    ['duplicate', 'danger', 'call-the-partner'],
    ['duplicate', 'not-ours', 'call-the-partner'],
    ['caller-unreachable', 'danger', 'answer-the-caller'],
    ['caller-unreachable', 'not-ours', 'answer-the-caller'],
  ])('%s on a %s transfer → %s', (rejection, reason, step) => {
    expect(nextStepAfterRejection(rejection, reason)).toBe(step);
  });

  it('has a step for every reason the contract knows', () => {
    for (const reason of PARTNER_REJECTION_REASONS) expect(nextStepAfterRejection(reason, 'danger')).toEqual(expect.any(String));
  });
});

describe(recordAcceptanceOverdue.name, () => {
  it('awaiting-acceptance past its deadline → overdue, once, suggesting a call to the partner', () => {
    const recorded = recordAcceptanceOverdue(aReceipt(), { now: afterDue, newId: counter() })!;
    expect(recorded.receipt).toMatchObject({ state: 'overdue', overdueAt: afterDue });
    expect(recorded.events).toEqual([
      expect.objectContaining({
        ...envelope,
        type: 'partner-transfer.acceptance-overdue.v1',
        data: {
          transferId: envelope.subject,
          ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
          partner: '110',
          urgent: true,
          dueAt: dueAt.toISOString(),
          suggestedNextStep: NEXT_STEP_AFTER_OVERDUE,
          overdueAt: afterDue.toISOString(),
        },
      }),
    ]);
    expect(NEXT_STEP_AFTER_OVERDUE).toBe('call-the-partner');
    expect(recordAcceptanceOverdue(recorded.receipt, { now: later, newId: counter() })).toBeNull();
  });

  it('says a danger transfer was urgent even when it was not flagged so', () => {
    const recorded = recordAcceptanceOverdue(aReceipt({ urgent: false }), { now: afterDue, newId: counter() })!;
    expect(recorded.events[0]!.data).toMatchObject({ urgent: true });
  });

  it.each<[string, () => TransferReceipt, Date]>([
    ['before its deadline', () => aReceipt(), beforeDue],
    ['once accepted', accepted, later],
    ['once rejected', rejected, later],
    ['once completed', completed, later],
    ['without a deadline', () => aReceipt({ acceptanceDueAt: null }), later],
  ])('records nothing %s', (_, state, now) => {
    expect(recordAcceptanceOverdue(state(), { now, newId: counter() })).toBeNull();
  });
});
