import { coarseStatusOf, type CoarseStatus, type TicketStatus } from '@legal-hotline/contracts';
import { phoneEndsWith } from './caller-fingerprint.js';

/** What the caller is told comes next, in Chinese (what callers read) and English. */
export interface NextStep {
  zh: string;
  en: string;
}

/** One plain sentence per status, for the caller; no body, person or detail is named. */
export const NEXT_STEPS: { readonly [S in TicketStatus]: NextStep } = {
  received: { zh: '您的诉求已受理，正在为您分派承办单位。', en: 'Your request was received; we are choosing the body that will handle it.' },
  routed: { zh: '正在为您的诉求重新分派承办单位。', en: 'We are passing your request to another body.' },
  'awaiting-acceptance': { zh: '您的诉求已派往承办单位，等待其确认受理。', en: 'Your request was sent to a handling body, which has yet to accept it.' },
  accepted: { zh: '承办单位已受理您的诉求，将与您联系。', en: 'A handling body has accepted your request and will contact you.' },
  'in-progress': { zh: '承办单位正在办理您的诉求。', en: 'A handling body is working on your request.' },
  answered: { zh: '我们已向您答复，承办单位仍在继续办理。', en: 'We have answered you; the handling body is still working on your request.' },
  'follow-up-due': { zh: '我们将回访您，了解诉求是否得到解决。', en: 'We will call you back to ask whether the matter was resolved.' },
  closed: { zh: '您的诉求已办结。如有新的问题，请再次拨打12348。', en: 'Your request is closed. Call 12348 again for anything new.' },
  reopened: { zh: '您的诉求已重新打开，我们正在继续跟进。', en: 'Your request was reopened; we are following it up again.' },
  'returned-to-owner': { zh: '我们正在为您的诉求寻找合适的办理途径。', en: 'We are finding the right way to handle your request.' },
  'transferred-out': { zh: '您的诉求已转交相关热线办理，对方将与您联系。', en: 'Your request was passed to the competent hotline, which will contact you.' },
  merged: { zh: '您的诉求已与您的另一张工单合并办理。', en: 'Your request is handled together with another ticket of yours.' },
};

/** What the caller lookup answers: status and next step, nothing about the caller or the bodies. */
export interface CallerLookupAnswer {
  ticketNumber: string;
  status: TicketStatus;
  coarseStatus: CoarseStatus;
  nextStep: NextStep;
  updatedAt: Date;
}

export interface LookedUpTicket {
  ticketNumber: string;
  status: TicketStatus;
  callerPhone: string;
  updatedAt: Date;
}

/**
 * The answer for a caller who gave a ticket number and the last four digits of their phone, or
 * `null` when the ticket is unknown or the digits are wrong: the two must look the same, or
 * the lookup would tell a stranger which ticket numbers exist. An unknown ticket is compared
 * against a stand-in number so both take the same work.
 */
export function lookUpForCaller(ticket: LookedUpTicket | null, phoneLast4: string): CallerLookupAnswer | null {
  const matches = phoneEndsWith(ticket?.callerPhone ?? 'no-ticket', phoneLast4);
  if (!ticket || !matches) return null;
  return {
    ticketNumber: ticket.ticketNumber,
    status: ticket.status,
    coarseStatus: coarseStatusOf(ticket.status),
    nextStep: NEXT_STEPS[ticket.status],
    updatedAt: ticket.updatedAt,
  };
}
