import { createEvent, type EventEnvelope, type SupervisionAlertRaisedV1 } from '@legal-hotline/contracts';
import { isOnOnlineDuty, type DutyStaff, type Shift } from '../../duty-rota/domain/rota.js';
import { answerLanguageOf, speaksCallerLanguage } from '../../duty-rota/domain/languages.js';
import type { TicketPriority } from '../../tickets/domain/ticket.js';

/** Channels whose questions wait in the online queue when kept at the desk. */
export const ONLINE_CHANNELS = ['web', 'app', 'wechat', 'partner'] as const;

export function isOnlineChannel(channel: string): boolean {
  return (ONLINE_CHANNELS as readonly string[]).includes(channel);
}

const PRIORITY_RANK: Record<TicketPriority, number> = { urgent: 0, 'green-channel': 1, normal: 2 };

/** The higher of two priorities: a special line raises a question's priority, never lowers it. */
export function higherPriority(a: TicketPriority, b: TicketPriority | null): TicketPriority {
  return b !== null && PRIORITY_RANK[b] < PRIORITY_RANK[a] ? b : a;
}

/** A question in the queue, as the rules see it. */
export interface QueuedQuestion {
  ticketId: string;
  /** The caller's language tag as the ticket has it. */
  language: string;
  legalCategory: string;
  priority: TicketPriority;
  receivedAt: Date;
  dueAt: Date;
  /** Subject of the person who claimed it; null while unclaimed. */
  claimedBy: string | null;
}

/** The person asking to claim, with what the rota and the queue know of them now. */
export interface Claimant {
  subject: string;
  /** Their rota record; null when they are not on the rota. */
  staff: Pick<DutyStaff, 'active' | 'languages' | 'legalCategories'> | null;
  /** Their shifts around now. */
  shifts: readonly Pick<Shift, 'platform' | 'startsAt' | 'endsAt'>[];
  /** Questions they hold claimed and not yet answered. */
  openClaims: number;
}

export type ClaimRefusalCode =
  | 'ONLINE_QUESTION.ALREADY_CLAIMED'
  | 'ONLINE_QUESTION.NOT_ON_DUTY'
  | 'ONLINE_QUESTION.LANGUAGE_MISMATCH'
  | 'ONLINE_QUESTION.TOO_MANY_CLAIMS';

export interface ClaimRefusal {
  code: ClaimRefusalCode;
  kind: 'forbidden' | 'conflict';
  message: string;
}

/**
 * Whether the claimant may take the question now. Only staff on online duty (a hotline or
 * network shift covering now) who speak the caller's language claim; nobody holds more than
 * `maxOpenClaims` unanswered questions at once, so the queue spreads over everyone on duty
 * instead of piling on the quickest. Claiming one's own claim again is no refusal.
 */
export function refuseClaim(question: QueuedQuestion, claimant: Claimant, rules: ClaimRules): ClaimRefusal | null {
  if (question.claimedBy === claimant.subject) return null;
  if (question.claimedBy !== null) {
    return {
      code: 'ONLINE_QUESTION.ALREADY_CLAIMED',
      kind: 'conflict',
      message: 'someone else on duty has claimed this question',
    };
  }
  if (!isOnOnlineDuty(claimant.staff, claimant.shifts, rules.now)) return notOnDuty();
  if (!speaksCallerLanguage(claimant.staff?.languages ?? [], question.language)) {
    return {
      code: 'ONLINE_QUESTION.LANGUAGE_MISMATCH',
      kind: 'forbidden',
      message: `the question is to be answered in ${answerLanguageOf(question.language)}, which is not among your languages on the duty rota`,
    };
  }
  return claimant.openClaims >= rules.maxOpenClaims ? tooManyClaims(claimant.openClaims, rules.maxOpenClaims) : null;
}

/** Whether the claimant may take any question now (on duty, under the cap), whichever it is. */
export function refuseAnyClaim(claimant: Claimant, rules: ClaimRules): ClaimRefusal | null {
  if (!isOnOnlineDuty(claimant.staff, claimant.shifts, rules.now)) return notOnDuty();
  return claimant.openClaims >= rules.maxOpenClaims ? tooManyClaims(claimant.openClaims, rules.maxOpenClaims) : null;
}

export interface ClaimRules {
  now: Date;
  maxOpenClaims: number;
}

function notOnDuty(): ClaimRefusal {
  return {
    code: 'ONLINE_QUESTION.NOT_ON_DUTY',
    kind: 'forbidden',
    message: 'only staff on online duty now (a hotline or network shift on the duty rota) claim online questions',
  };
}

function tooManyClaims(openClaims: number, maxOpenClaims: number): ClaimRefusal {
  return {
    code: 'ONLINE_QUESTION.TOO_MANY_CLAIMS',
    kind: 'conflict',
    message: `you hold ${openClaims} unanswered questions, the most anyone may hold (${maxOpenClaims}): answer or release one first`,
  };
}

/** Whether a person with these skills may claim the question at all (language only: categories are a preference). */
export function canAnswer(staff: Pick<DutyStaff, 'languages'>, question: Pick<QueuedQuestion, 'language'>): boolean {
  return speaksCallerLanguage(staff.languages, question.language);
}

function prefersCategory(staff: Pick<DutyStaff, 'legalCategories'>, category: string): boolean {
  return staff.legalCategories.length === 0 || staff.legalCategories.includes(category);
}

/**
 * The questions a person may answer, best first: higher priority first; then those already
 * overdue, whoever they suit; then the person's own legal categories; then the earliest due;
 * then the oldest. Questions they cannot answer (language) are left out.
 */
export function rankForPerson<Q extends QueuedQuestion>(
  questions: readonly Q[],
  staff: Pick<DutyStaff, 'languages' | 'legalCategories'>,
  now: Date,
): Q[] {
  const key = (q: Q) => [
    PRIORITY_RANK[q.priority],
    q.dueAt <= now ? 0 : 1,
    prefersCategory(staff, q.legalCategory) ? 0 : 1,
    q.dueAt.getTime(),
    q.receivedAt.getTime(),
  ];
  return questions
    .filter((q) => canAnswer(staff, q))
    .map((q) => ({ q, k: key(q) }))
    .sort((a, b) => {
      for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return a.k[i]! - b.k[i]!;
      return a.q.ticketId < b.q.ticketId ? -1 : a.q.ticketId > b.q.ticketId ? 1 : 0;
    })
    .map(({ q }) => q);
}

/**
 * The question to hand a person asking for their next one: the best of the unclaimed ones they
 * can answer, or null. Two people asking at once are given different questions (the store
 * skips rows another claim holds).
 */
export function chooseNextQuestion<Q extends QueuedQuestion>(
  questions: readonly Q[],
  staff: Pick<DutyStaff, 'languages' | 'legalCategories'>,
  now: Date,
): Q | null {
  return (
    rankForPerson(
      questions.filter((q) => q.claimedBy === null),
      staff,
      now,
    )[0] ?? null
  );
}

export interface OverdueQuestion {
  ticketId: string;
  ticketNumber: string;
  responsibleOrganisationId: string;
  dueAt: Date;
  language: string;
  claimedByName: string | null;
}

/** The supervisor's alert (督办) for an online question not answered in time. */
export function onlineQuestionOverdueAlert(
  question: OverdueQuestion,
  ctx: { now: Date; newId: () => string; correlationId: string },
): EventEnvelope<'supervision.alert-raised.v1', SupervisionAlertRaisedV1> {
  const holder = question.claimedByName
    ? `已由${question.claimedByName}认领 claimed by ${question.claimedByName}`
    : '无人认领 unclaimed';
  return createEvent({
    id: ctx.newId(),
    type: 'supervision.alert-raised.v1',
    source: 'intake',
    subject: question.ticketId,
    occurredAt: ctx.now,
    correlationId: ctx.correlationId,
    causationId: null,
    data: {
      alertId: ctx.newId(),
      ticketId: question.ticketId,
      kind: 'online-question-overdue',
      severity: 'warning',
      message: `网络咨询超时未答复: online question ${question.ticketNumber} not answered by ${question.dueAt.toISOString()} (${answerLanguageOf(question.language)}; ${holder})`,
      agencyId: question.responsibleOrganisationId,
      raisedAt: ctx.now.toISOString(),
    },
  });
}
