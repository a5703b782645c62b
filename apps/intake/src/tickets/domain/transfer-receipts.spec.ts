import { describe, expect, it } from '@jest/globals';
import type { NextStep, PartnerHotline, PartnerOutcome, PartnerRejectionReason } from '@legal-hotline/contracts';
import {
  aContext,
  ACCEPTED_HOP,
  aForwardedTicket,
  aTicket,
  aTransfer,
  eventOf,
  NOW,
  OTHER_TRANSFER_ID,
  OWNER,
  TICKET_ID,
  TRANSFER_ID,
  withNanhaiAssignment,
} from '../../../test/fixtures/tickets.js';
import { answerCaller, closeTicket, recordFollowUp, transferOut } from './owner-commands.js';
import type { DecisionContext, PartnerTransfer, Ticket, TicketChange } from './ticket.js';
import {
  applyPartnerTransferAcceptanceOverdue,
  applyPartnerTransferAccepted,
  applyPartnerTransferProgressReported,
  applyPartnerTransferRejected,
  applyPartnerTransferResultReported,
} from './transfer-receipts.js';

// The exchange's receipts of a transfer, as it would publish them.
const accepted = (
  overrides: { partner?: PartnerHotline; transferId?: string; late?: boolean; note?: string | null } = {},
) =>
  eventOf(
    'partner-transfer.accepted.v1',
    'hotline-exchange',
    {
      transferId: overrides.transferId ?? TRANSFER_ID,
      ticketId: TICKET_ID,
      partner: overrides.partner ?? '12345',
      partnerReference: '12345-FS-0042',
      acceptedBy: '佛山市12345热线值班台',
      note: overrides.note === undefined ? '已受理，转人社部门' : overrides.note,
      late: overrides.late ?? false,
      acceptedAt: '2026-11-24T03:20:00.000Z',
    },
    overrides.transferId ?? TRANSFER_ID,
  );
const rejected = (
  overrides: {
    partner?: PartnerHotline;
    transferId?: string;
    reason?: PartnerRejectionReason;
    suggestedNextStep?: NextStep;
    note?: string | null;
  } = {},
) =>
  eventOf(
    'partner-transfer.rejected.v1',
    'hotline-exchange',
    {
      transferId: overrides.transferId ?? TRANSFER_ID,
      ticketId: TICKET_ID,
      partner: overrides.partner ?? '12345',
      reason: overrides.reason ?? 'not-our-matter',
      note: overrides.note === undefined ? '属法律服务事项' : overrides.note,
      suggestedNextStep: overrides.suggestedNextStep ?? 'route-to-a-body',
      rejectedAt: '2026-11-24T03:30:00.000Z',
    },
    overrides.transferId ?? TRANSFER_ID,
  );
const overdue = (overrides: { partner?: PartnerHotline; transferId?: string } = {}) =>
  eventOf(
    'partner-transfer.acceptance-overdue.v1',
    'hotline-exchange',
    {
      transferId: overrides.transferId ?? TRANSFER_ID,
      ticketId: TICKET_ID,
      partner: overrides.partner ?? '12345',
      urgent: overrides.partner === '110',
      dueAt: '2026-11-25T03:00:00.000Z',
      suggestedNextStep: 'call-the-partner',
      overdueAt: '2026-11-25T03:00:05.000Z',
    },
    overrides.transferId ?? TRANSFER_ID,
  );
const progress = (transferId = TRANSFER_ID) =>
  eventOf(
    'partner-transfer.progress-reported.v1',
    'hotline-exchange',
    { transferId, ticketId: TICKET_ID, partner: '12345', note: '已联系来电人', reportedAt: '2026-11-24T06:00:00.000Z' },
    transferId,
  );
const resultReported = (overrides: { transferId?: string; outcome?: PartnerOutcome } = {}) =>
  eventOf(
    'partner-transfer.result-reported.v1',
    'hotline-exchange',
    {
      transferId: overrides.transferId ?? TRANSFER_ID,
      ticketId: TICKET_ID,
      partner: '12345',
      outcome: overrides.outcome ?? 'handled',
      actionTaken: '已转人社部门劳动监察，责令用人单位支付工资',
      replyToCaller: '已告知来电人劳动监察处理进度',
      completedAt: '2026-11-26T08:00:00.000Z',
      reportedAt: '2026-11-26T08:05:00.000Z',
    },
    overrides.transferId ?? TRANSFER_ID,
  );

/** A matter passed to 12345 by its owner, after routing gave it back. */
const transferredOut = (transfer: Partial<PartnerTransfer> = {}, ticket: Partial<Ticket> = {}): Ticket =>
  aTicket({ status: 'transferred-out', transfers: [aTransfer(transfer)], ...ticket });
/** A dangerous matter passed to 110 at opening while the Nanhai centre works on the legal matter. */
const dangerWhileBodyWorks = (transfer: Partial<PartnerTransfer> = {}): Ticket =>
  withNanhaiAssignment(
    'accepted',
    ACCEPTED_HOP,
    {},
    { transfers: [aTransfer({ partner: '110', reason: 'danger', urgent: true, ...transfer })] },
  );

const ctx = (): DecisionContext => aContext({ correlationId: 'flow-1', causationId: 'the-receipt' });

function changed(change: TicketChange): Extract<TicketChange, { outcome: 'changed' }> {
  if (change.outcome !== 'changed') throw new Error(`expected a change, got ${change.reason}`);
  return change;
}

describe(applyPartnerTransferAccepted.name, () => {
  const sut = applyPartnerTransferAccepted;

  it('records the business acceptance on the transfer, and the partner’s note as its own words in the timeline; the status stays', () => {
    const event = accepted();
    const { ticket, entry, raised } = changed(sut(transferredOut(), event));
    expect(ticket.status).toBe('transferred-out');
    expect(ticket.transfers[0]).toMatchObject({
      receipt: 'accepted',
      acceptedAt: new Date('2026-11-24T03:20:00Z'),
      partnerReference: '12345-FS-0042',
      rejection: null,
      overdue: null,
    });
    expect(entry).toEqual({
      eventId: event.id,
      at: new Date('2026-11-24T03:20:00Z'),
      source: 'hotline-exchange',
      actor: '佛山市12345热线值班台',
      actorOrganisationId: 'partner-hotline:12345',
      actorId: null,
      kind: 'partner-transfer.accepted.v1',
      statusAfter: 'transferred-out',
      reason: null,
      note: '已受理，转人社部门',
    });
    expect(raised).toBeUndefined();
  });

  it('leaves the note empty when the partner wrote none', () => {
    expect(changed(sut(transferredOut(), accepted({ note: null }))).entry).toMatchObject({ reason: null, note: null });
  });

  it('ignores a repeat under another event id', () => {
    const once = changed(sut(transferredOut(), accepted())).ticket;
    expect(sut(once, accepted())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
  });

  it('records a late acceptance after the deadline passed: accepted, the overdue kept, the ticket stays with its owner', () => {
    const returned = transferredOut(
      {
        receipt: 'overdue',
        overdue: { dueAt: new Date('2026-11-25T03:00:00Z'), suggestedNextStep: 'call-the-partner' },
      },
      { status: 'returned-to-owner' },
    );
    const { ticket, entry } = changed(sut(returned, accepted({ late: true })));
    expect(ticket.status).toBe('returned-to-owner');
    expect(ticket.transfers[0]).toMatchObject({
      receipt: 'accepted',
      acceptedAt: new Date('2026-11-24T03:20:00Z'),
      overdue: { dueAt: new Date('2026-11-25T03:00:00Z') },
    });
    expect(entry).toMatchObject({ statusAfter: 'returned-to-owner', reason: 'late', note: '已受理，转人社部门' });
  });

  it('says late when the exchange does, though intake has not heard of the overdue yet', () => {
    expect(changed(sut(transferredOut(), accepted({ late: true }))).entry).toMatchObject({
      reason: 'late',
      note: '已受理，转人社部门',
    });
  });

  it('fills in the acceptance of a transfer whose result arrived first, which stays completed', () => {
    const result = {
      outcome: 'handled',
      actionTaken: '已处理',
      replyToCaller: '已答复',
      completedAt: new Date('2026-11-26T08:00:00Z'),
    } as const;
    const { ticket } = changed(sut(transferredOut({ receipt: 'completed', result }), accepted()));
    expect(ticket.transfers[0]).toMatchObject({
      receipt: 'completed',
      acceptedAt: new Date('2026-11-24T03:20:00Z'),
      result,
    });
  });

  it('takes an acceptance after a rejection as stale: the rejection stands', () => {
    const rejection = { reason: 'not-our-matter', note: null, suggestedNextStep: 'route-to-a-body' } as const;
    expect(
      sut(transferredOut({ receipt: 'rejected', rejection }, { status: 'returned-to-owner' }), accepted()),
    ).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it.each([
    ['a transfer intake never heard of', accepted({ transferId: OTHER_TRANSFER_ID })],
    ['a transfer to another partner than the one that answers', accepted({ partner: '12368' })],
  ])('keeps the acceptance of %s in the timeline as news, changing nothing', (_case, event) => {
    const before = transferredOut();
    const { ticket, entry } = changed(sut(before, event));
    expect(ticket).toEqual(before);
    expect(entry).toMatchObject({
      eventId: event.id,
      kind: 'partner-transfer.accepted.v1',
      statusAfter: 'transferred-out',
      note: '已受理，转人社部门',
    });
  });
});

describe(applyPartnerTransferRejected.name, () => {
  const sut = applyPartnerTransferRejected;

  describe('of the only transfer of a ticket passed out', () => {
    const decide = () => changed(sut(transferredOut(), rejected(), ctx()));

    it('returns the ticket to its owner with the coded reason, the partner’s note and the suggested next step; the timeline has the reason and the note as written', () => {
      const { ticket, entry } = decide();
      expect(ticket.status).toBe('returned-to-owner');
      expect(ticket.transfers[0]).toMatchObject({
        receipt: 'rejected',
        rejection: { reason: 'not-our-matter', note: '属法律服务事项', suggestedNextStep: 'route-to-a-body' },
      });
      expect(entry).toMatchObject({
        source: 'hotline-exchange',
        kind: 'partner-transfer.rejected.v1',
        actor: '12345',
        actorOrganisationId: 'partner-hotline:12345',
        statusAfter: 'returned-to-owner',
        reason: 'not-our-matter',
        note: '属法律服务事项',
      });
    });

    it('alerts a supervisor (warning), in the flow of the receipt, naming the partner, the reason and the next step', () => {
      const { raised } = decide();
      expect(raised?.events).toEqual([
        expect.objectContaining({
          type: 'supervision.alert-raised.v1',
          source: 'intake',
          subject: TICKET_ID,
          correlationId: 'flow-1',
          causationId: 'the-receipt',
          data: expect.objectContaining({
            ticketId: TICKET_ID,
            kind: 'partner-transfer-returned',
            severity: 'warning',
            agencyId: 'partner-hotline:12345',
            message:
              '12345 rejected the transfer of ticket 12348-20261123-000042 (not-our-matter: 属法律服务事项); suggested next step: route-to-a-body',
            raisedAt: NOW.toISOString(),
          }),
        }),
      ]);
      expect(raised?.entries).toEqual([
        expect.objectContaining({
          kind: 'supervision.alert-raised.v1',
          reason: 'partner-transfer-returned',
          statusAfter: 'returned-to-owner',
          at: NOW,
        }),
      ]);
    });
  });

  it('leaves the note empty when the partner gave only its reason', () => {
    expect(changed(sut(transferredOut(), rejected({ note: null }), ctx())).entry).toMatchObject({
      reason: 'not-our-matter',
      note: null,
    });
  });

  it('ignores a repeat under another event id, raising nothing twice', () => {
    const once = changed(sut(transferredOut(), rejected(), ctx())).ticket;
    expect(sut(once, rejected(), ctx())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
  });

  it('keeps a dangerous matter 110 refused where it is while a body works on it, and alerts a supervisor (critical)', () => {
    const { ticket, entry, raised } = changed(
      sut(
        dangerWhileBodyWorks(),
        rejected({ partner: '110', reason: 'insufficient-information', suggestedNextStep: 'complete-and-resend' }),
        ctx(),
      ),
    );
    expect(ticket.status).toBe('accepted');
    expect(ticket.currentAssignment).toEqual(dangerWhileBodyWorks().currentAssignment);
    expect(entry).toMatchObject({
      statusAfter: 'accepted',
      reason: 'insufficient-information',
      note: '属法律服务事项',
    });
    expect(raised?.events[0]).toMatchObject({
      data: { kind: 'partner-transfer-returned', severity: 'critical', agencyId: 'partner-hotline:110' },
    });
  });

  it('leaves a ticket passed out where it is while another of its transfers is still with a partner', () => {
    const twoTransfers = aTicket({
      status: 'transferred-out',
      transfers: [
        aTransfer(),
        aTransfer({ transferId: OTHER_TRANSFER_ID, partner: '110', reason: 'danger', receipt: 'accepted' }),
      ],
    });
    const { ticket, raised } = changed(sut(twoTransfers, rejected(), ctx()));
    expect(ticket.status).toBe('transferred-out');
    expect(raised?.events[0]).toMatchObject({ data: { severity: 'warning' } });
  });

  it('records a rejection on a closed ticket without reopening it, and still alerts', () => {
    const { ticket, raised } = changed(sut(transferredOut({}, { status: 'closed' }), rejected(), ctx()));
    expect(ticket.status).toBe('closed');
    expect(raised?.events).toHaveLength(1);
  });

  it('records the reason of a rejection after an overdue, which had already returned the ticket and alerted', () => {
    const returned = transferredOut(
      {
        receipt: 'overdue',
        overdue: { dueAt: new Date('2026-11-25T03:00:00Z'), suggestedNextStep: 'call-the-partner' },
      },
      { status: 'returned-to-owner' },
    );
    const { ticket, raised } = changed(sut(returned, rejected(), ctx()));
    expect(ticket).toMatchObject({
      status: 'returned-to-owner',
      transfers: [
        expect.objectContaining({ receipt: 'rejected', overdue: expect.anything(), rejection: expect.anything() }),
      ],
    });
    expect(raised).toBeUndefined();
  });

  it.each<[string, Partial<PartnerTransfer>]>([
    ['accepted', { receipt: 'accepted', acceptedAt: new Date('2026-11-24T03:20:00Z') }],
    [
      'completed',
      {
        receipt: 'completed',
        result: {
          outcome: 'handled',
          actionTaken: '已处理',
          replyToCaller: '已答复',
          completedAt: new Date('2026-11-26T08:00:00Z'),
        },
      },
    ],
  ])('takes a rejection of a transfer the partner %s as stale', (_case, transfer) => {
    expect(sut(transferredOut(transfer), rejected(), ctx())).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it('keeps the rejection of a transfer intake never heard of as news: no return, no alert', () => {
    const { ticket, entry, raised } = changed(
      sut(transferredOut(), rejected({ transferId: OTHER_TRANSFER_ID }), ctx()),
    );
    expect(ticket).toEqual(transferredOut());
    expect(entry).toMatchObject({ reason: 'not-our-matter', statusAfter: 'transferred-out', note: '属法律服务事项' });
    expect(raised).toBeUndefined();
  });
});

describe(applyPartnerTransferAcceptanceOverdue.name, () => {
  const sut = applyPartnerTransferAcceptanceOverdue;

  it('returns a ticket passed out to its owner with the deadline and the suggested next step, and alerts (warning); the timeline has the code, no note', () => {
    const { ticket, entry, raised } = changed(sut(transferredOut(), overdue(), ctx()));
    expect(ticket.status).toBe('returned-to-owner');
    expect(ticket.transfers[0]).toMatchObject({
      receipt: 'overdue',
      overdue: { dueAt: new Date('2026-11-25T03:00:00Z'), suggestedNextStep: 'call-the-partner' },
      acceptedAt: null,
    });
    expect(entry).toMatchObject({
      at: new Date('2026-11-25T03:00:05Z'),
      actor: null,
      kind: 'partner-transfer.acceptance-overdue.v1',
      statusAfter: 'returned-to-owner',
      reason: 'acceptance-overdue',
      note: null,
    });
    expect(raised?.events[0]).toMatchObject({
      data: {
        kind: 'partner-transfer-returned',
        severity: 'warning',
        message:
          '12345 did not accept the transfer of ticket 12348-20261123-000042 by 2026-11-25T03:00:00.000Z; suggested next step: call-the-partner',
      },
    });
  });

  it('ignores a repeat under another event id', () => {
    const once = changed(sut(transferredOut(), overdue(), ctx())).ticket;
    expect(sut(once, overdue(), ctx())).toEqual({ outcome: 'ignored', reason: 'duplicate' });
  });

  it('keeps a ticket with a body where it is when 110 let a danger transfer run over, alerting (critical)', () => {
    const { ticket, raised } = changed(sut(dangerWhileBodyWorks(), overdue({ partner: '110' }), ctx()));
    expect(ticket.status).toBe('accepted');
    expect(raised?.events[0]).toMatchObject({ data: { severity: 'critical' } });
  });

  it.each<[string, Partial<PartnerTransfer>]>([
    ['accepted in time', { receipt: 'accepted', acceptedAt: new Date('2026-11-24T03:20:00Z') }],
    [
      'rejected',
      { receipt: 'rejected', rejection: { reason: 'duplicate', note: null, suggestedNextStep: 'call-the-partner' } },
    ],
  ])('takes the deadline of a transfer the partner %s as stale', (_case, transfer) => {
    expect(sut(transferredOut(transfer), overdue(), ctx())).toEqual({ outcome: 'ignored', reason: 'stale' });
  });

  it('keeps an overdue of a transfer intake never heard of as news', () => {
    const { ticket, entry, raised } = changed(sut(transferredOut(), overdue({ transferId: OTHER_TRANSFER_ID }), ctx()));
    expect(ticket).toEqual(transferredOut());
    expect(entry).toMatchObject({ reason: 'acceptance-overdue', note: null, statusAfter: 'transferred-out' });
    expect(raised).toBeUndefined();
  });
});

describe(applyPartnerTransferProgressReported.name, () => {
  const sut = applyPartnerTransferProgressReported;

  it('writes the partner’s note to the timeline as written; nothing else changes', () => {
    const before = transferredOut({ receipt: 'accepted', acceptedAt: new Date('2026-11-24T03:20:00Z') });
    const { ticket, entry } = changed(sut(before, progress()));
    expect(ticket).toEqual(before);
    expect(entry).toMatchObject({
      kind: 'partner-transfer.progress-reported.v1',
      actor: '12345',
      statusAfter: 'transferred-out',
      reason: null,
      note: '已联系来电人',
    });
  });

  it('keeps progress on a transfer intake never heard of as news', () => {
    const { ticket, entry } = changed(sut(transferredOut(), progress(OTHER_TRANSFER_ID)));
    expect(ticket).toEqual(transferredOut());
    expect(entry).toMatchObject({ kind: 'partner-transfer.progress-reported.v1', note: '已联系来电人' });
  });
});

describe(applyPartnerTransferResultReported.name, () => {
  const sut = applyPartnerTransferResultReported;
  const acceptedTransfer = () => transferredOut({ receipt: 'accepted', acceptedAt: new Date('2026-11-24T03:20:00Z') });

  it('records the result; the status stays, and the timeline has the outcome and what the partner told the caller', () => {
    const { ticket, entry, raised } = changed(sut(acceptedTransfer(), resultReported()));
    expect(ticket.status).toBe('transferred-out');
    expect(ticket.transfers[0]).toMatchObject({
      receipt: 'completed',
      result: {
        outcome: 'handled',
        actionTaken: '已转人社部门劳动监察，责令用人单位支付工资',
        replyToCaller: '已告知来电人劳动监察处理进度',
        completedAt: new Date('2026-11-26T08:00:00Z'),
      },
    });
    expect(entry).toMatchObject({
      at: new Date('2026-11-26T08:05:00Z'),
      kind: 'partner-transfer.result-reported.v1',
      statusAfter: 'transferred-out',
      reason: 'handled',
      note: '已告知来电人劳动监察处理进度',
    });
    expect(raised).toBeUndefined();
  });

  it('ignores a repeat under another event id', () => {
    const once = changed(sut(acceptedTransfer(), resultReported())).ticket;
    expect(sut(once, resultReported({ outcome: 'no-action-needed' }))).toEqual({
      outcome: 'ignored',
      reason: 'duplicate',
    });
  });

  it('records a result that arrived before the acceptance', () => {
    expect(changed(sut(transferredOut(), resultReported())).ticket.transfers[0]).toMatchObject({
      receipt: 'completed',
      acceptedAt: null,
    });
  });

  it('keeps a result for a transfer intake never heard of as news, never failing', () => {
    const { ticket, entry } = changed(sut(transferredOut(), resultReported({ transferId: OTHER_TRANSFER_ID })));
    expect(ticket).toEqual(transferredOut());
    expect(entry).toMatchObject({
      reason: 'handled',
      statusAfter: 'transferred-out',
      note: '已告知来电人劳动监察处理进度',
    });
  });
});

describe('a transfer out, from the request to the closing', () => {
  it('accepted, progress, result: the owner answers, calls back and closes', () => {
    let ticket = transferOut(
      aForwardedTicket({ status: 'returned-to-owner' }),
      { actor: OWNER, partner: '12345', reason: 'not-ours', note: '属劳动监察事项' },
      aContext(),
    ).ticket;
    const transferId = ticket.transfers[0]!.transferId;
    expect(ticket.transfers[0]).toMatchObject({
      receipt: 'awaiting-acceptance',
      acceptedAt: null,
      rejection: null,
      overdue: null,
      result: null,
    });
    ticket = changed(applyPartnerTransferAccepted(ticket, accepted({ transferId }))).ticket;
    ticket = changed(applyPartnerTransferProgressReported(ticket, progress(transferId))).ticket;
    ticket = changed(applyPartnerTransferResultReported(ticket, resultReported({ transferId }))).ticket;
    expect(ticket).toMatchObject({
      status: 'transferred-out',
      transfers: [expect.objectContaining({ receipt: 'completed' })],
    });
    ticket = answerCaller(ticket, { actor: OWNER, answer: '已告知来电人劳动监察已责令支付工资' }, aContext()).ticket;
    expect(ticket.status).toBe('follow-up-due');
    ticket = recordFollowUp(
      ticket,
      { actor: OWNER, result: 'resolved', satisfaction: 'satisfied', note: null },
      aContext(),
    ).ticket;
    expect(closeTicket(ticket, { actor: OWNER }, aContext()).ticket.status).toBe('closed');
  });

  it('rejected: back with the owner, who passes it to another partner, or answers the caller', () => {
    const returned = changed(
      applyPartnerTransferRejected(
        transferredOut(),
        rejected({ reason: 'outside-our-area', suggestedNextStep: 'transfer-to-another-partner' }),
        ctx(),
      ),
    ).ticket;
    expect(returned.status).toBe('returned-to-owner');
    const again = transferOut(
      returned,
      { actor: OWNER, partner: '12368', reason: 'not-ours', note: null },
      aContext(),
    ).ticket;
    expect(again.status).toBe('transferred-out');
    expect(again.transfers.map((t) => [t.partner, t.receipt])).toEqual([
      ['12345', 'rejected'],
      ['12368', 'awaiting-acceptance'],
    ]);
    expect(answerCaller(returned, { actor: OWNER, answer: '已告知来电人向法院咨询' }, aContext()).ticket.status).toBe(
      'follow-up-due',
    );
  });

  it('overdue: back with the owner; the second transfer’s rejection returns it again', () => {
    const returned = changed(applyPartnerTransferAcceptanceOverdue(transferredOut(), overdue(), ctx())).ticket;
    const again = transferOut(
      returned,
      { actor: OWNER, partner: '12368', reason: 'not-ours', note: null },
      aContext(),
    ).ticket;
    const secondId = again.transfers[1]!.transferId;
    const refused = changed(
      applyPartnerTransferRejected(
        again,
        { ...rejected(), data: { ...rejected().data, transferId: secondId, partner: '12368' } },
        ctx(),
      ),
    );
    expect(refused.ticket.status).toBe('returned-to-owner');
  });
});
