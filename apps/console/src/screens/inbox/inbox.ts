import type { components } from '../../api/generated/legal-aid';
import { bodyOf, hasRole, type BodyKind, type Principal } from '../../auth/principal';

// The rules of a receiving body's inbox as the console shows them: which assignments need a
// decision first, what each status allows, and the requests the action forms send.

/** Legal-aid and mediation inboxes answer the same shape. */
export type Assignment = components['schemas']['AssignmentView'];
export type AssignmentStatus = Assignment['status'];
export type RejectionReason = components['schemas']['RejectAssignmentBody']['reason'];
export type CompletionOutcome = components['schemas']['CompleteAssignmentBody']['outcome'];

export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['pending', 'accepted', 'rejected', 'in-progress', 'completed', 'withdrawn'];

/** Tag colours of the assignment statuses (Ant Design preset colours). */
export const ASSIGNMENT_STATUS_COLOURS: Record<AssignmentStatus, string> = {
  pending: 'gold',
  accepted: 'cyan',
  rejected: 'red',
  'in-progress': 'blue',
  completed: 'green',
  withdrawn: 'default',
};

/** The kind of body an agency id names ("legal-aid-centre:440605"), or null for anything else. */
export function bodyKindOf(agencyId: string | null | undefined): BodyKind | null {
  if (agencyId?.startsWith('legal-aid-centre:')) return 'legal-aid-centre';
  if (agencyId?.startsWith('mediation-committee:')) return 'mediation-committee';
  return null;
}

/**
 * The body whose inbox is shown: the one asked for (?agencyId=, a supervisor's pick), else the
 * staff member's own. Only the body's own staff act on it; whether anyone else may read it is
 * the service's answer, shown as it comes.
 */
export function inboxBodyOf(principal: Principal, requested: string | null): { agencyId: string; staff: boolean } | null {
  const own = hasRole(principal, 'office-staff') ? bodyOf(principal) : null;
  const agencyId = requested && bodyKindOf(requested) ? requested : (own?.agencyId ?? null);
  if (agencyId === null) return null;
  return { agencyId, staff: own?.agencyId === agencyId };
}

/** Accepted or rejected (or taken back): the acceptance clock no longer counts for it. */
export function isSettled(status: AssignmentStatus): boolean {
  return status !== 'pending';
}

/**
 * Pending assignments first, the earliest acceptance deadline on top; the settled ones after,
 * in the order the service gave them (latest change first).
 */
export function sortInbox<T extends Pick<Assignment, 'status' | 'acceptanceDeadline'>>(items: readonly T[]): T[] {
  const pending = items.filter((item) => !isSettled(item.status));
  const settled = items.filter((item) => isSettled(item.status));
  pending.sort((a, b) => Date.parse(a.acceptanceDeadline) - Date.parse(b.acceptanceDeadline));
  return [...pending, ...settled];
}

export interface FlagTag {
  key: string;
  label: string;
  colour: string;
}

/**
 * The flags as tags: urgent; green channel for migrant-worker wage claims (Legal Aid Law Art.
 * 42) and veterans (Veterans Protection Law Art. 70), each also named.
 */
export function flagTagsOf(flags: Assignment['flags']): FlagTag[] {
  const tags: FlagTag[] = [];
  if (flags.urgent) tags.push({ key: 'urgent', label: '紧急', colour: 'red' });
  if (flags.migrantWorkerWageClaim || flags.veteran) tags.push({ key: 'green-channel', label: '绿色通道', colour: 'green' });
  if (flags.migrantWorkerWageClaim) tags.push({ key: 'migrant-worker', label: '农民工欠薪', colour: 'orange' });
  if (flags.veteran) tags.push({ key: 'veteran', label: '退役军人', colour: 'geekblue' });
  return tags;
}

export type InboxAction = 'accept' | 'reject' | 'start' | 'complete';

/** What the body's own staff may do with an assignment in this status (the service decides in the end). */
export function actionsOf(status: AssignmentStatus): InboxAction[] {
  switch (status) {
    case 'pending':
      return ['accept', 'reject'];
    case 'accepted':
      return ['start', 'complete'];
    case 'in-progress':
      return ['complete'];
    case 'rejected':
    case 'completed':
    case 'withdrawn':
      return [];
  }
}

/** Once the body accepted, it serves the caller and may read their contact details. */
export function mayReadCaller(status: AssignmentStatus): boolean {
  return status === 'accepted' || status === 'in-progress' || status === 'completed';
}

/** Why the body's staff read the caller in full: to serve them, and the review or mediation of its kind. */
export function callerPurposesOf(kind: BodyKind): ('service-delivery' | 'legal-aid-review' | 'mediation')[] {
  return kind === 'legal-aid-centre' ? ['legal-aid-review', 'service-delivery'] : ['mediation', 'service-delivery'];
}

/**
 * Rejections the first-contact owner cannot act on without a note: what is missing (one notice,
 * Legal Aid Law Art. 43) or where the matter belongs. The service refuses them without one.
 */
export function rejectionNeedsNote(reason: RejectionReason | undefined): boolean {
  return reason === 'insufficient-information' || reason === 'not-our-jurisdiction';
}

/** Typed text as the services take it: trimmed, and null when nothing visible is left. */
function noteOf(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export interface AcceptForm {
  note?: string;
}
export interface RejectForm {
  reason?: RejectionReason;
  note?: string;
}
export interface StartForm {
  note?: string;
}
export interface CompleteForm {
  outcome?: CompletionOutcome;
  result?: string;
}

export function acceptBodyOf(form: AcceptForm): components['schemas']['AcceptAssignmentBody'] {
  return { note: noteOf(form.note) };
}

export function rejectBodyOf(form: RejectForm): components['schemas']['RejectAssignmentBody'] {
  if (!form.reason) throw new Error('reason is required');
  return { reason: form.reason, note: noteOf(form.note) };
}

export function startBodyOf(form: StartForm): components['schemas']['StartAssignmentBody'] {
  return { note: noteOf(form.note) };
}

export function completeBodyOf(form: CompleteForm): components['schemas']['CompleteAssignmentBody'] {
  if (!form.outcome) throw new Error('outcome is required');
  return { outcome: form.outcome, result: form.result?.trim() ?? '' };
}

/** The whole inbox fits a page or two: the largest page the services give. */
export const INBOX_PAGE_SIZE = 100;
