import type { PlatformEvent } from '@legal-hotline/contracts';
import { responsibleActor } from './actors.js';
import { requestTransfer } from './partner-transfer.js';
import { isWatching, partnerHotlineId, withWatcher } from './referrals.js';
import { raiseAlert } from './supervision-alert.js';
import type { DecisionContext, Ticket, TimelineEntry } from './ticket.js';

/** What an opening does beyond opening: empty unless the matter is dangerous. */
export interface Escalation {
  ticket: Ticket;
  entries: TimelineEntry[];
  events: PlatformEvent[];
}

/**
 * An urgent and dangerous matter (紧情要情: a caller threatening self-help that could turn
 * criminal) goes to 110 at once and to a supervisor (Mediation Law Art. 25), in the opening's
 * own transaction; the ticket still routes as usual for the legal matter, and 110 may see it.
 * A case 110 itself forwarded is not sent back to 110: the supervisor is still alerted. The
 * transfer is made on behalf of the responsible platform, which answers for the ticket (for a
 * partner's forward, the 12348 platform rather than the forwarding partner).
 */
export function escalateDanger(ticket: Ticket, ctx: DecisionContext): Escalation {
  if (ticket.flags.dangerous !== true) return { ticket, entries: [], events: [] };
  const status = ticket.status;
  if (ticket.firstContact.platform === '110') {
    const alert = raiseAlert(ticket, dangerAlert(ticket, 'forwarded by 110, which already has it: no transfer needed'), ctx, status);
    return { ticket, entries: [alert.entry], events: [alert.event] };
  }
  const transfer = requestTransfer(
    ticket,
    {
      partner: '110',
      reason: 'danger',
      urgent: true,
      note: 'urgent and dangerous matter (紧情要情): the caller may turn to self-help; Mediation Law Art. 25',
      requestedBy: responsibleActor(ticket),
    },
    ctx,
    status,
  );
  const entries = [transfer.entry];
  let escalated = transfer.ticket;
  if (!isWatching(escalated, partnerHotlineId('110'))) {
    const referral = withWatcher(
      escalated,
      { organisationId: partnerHotlineId('110'), organisation: '110', reason: 'danger', addedBy: responsibleActor(ticket), addedAt: ctx.now },
      ctx,
      status,
    );
    escalated = referral.ticket;
    entries.push(referral.entry);
  }
  const alert = raiseAlert(ticket, dangerAlert(ticket, 'transfer to 110 requested'), ctx, status);
  return { ticket: escalated, entries: [...entries, alert.entry], events: [transfer.event, alert.event] };
}

function dangerAlert(ticket: Ticket, action: string) {
  return {
    kind: 'danger-reported',
    severity: 'critical',
    message: `dangerous matter on ticket ${ticket.ticketNumber} (region ${ticket.regionCode}, ${ticket.legalCategory}): ${action}`,
    agencyId: null,
  } as const;
}
