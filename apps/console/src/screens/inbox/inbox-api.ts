import { intake, legalAid, mediation, unwrap } from '../../api/client';
import type { BodyKind } from '../../auth/principal';
import type { components } from '../../api/generated/legal-aid';
import type { Assignment, AssignmentStatus } from './inbox';
import { INBOX_PAGE_SIZE } from './inbox';

// Legal-aid centres and mediation committees keep the same inbox in two services; these pick
// the service by the kind of body.

export interface InboxPage {
  items: Assignment[];
  total: number;
}

export async function listInbox(kind: BodyKind, agencyId: string, status: AssignmentStatus | undefined, page: number): Promise<InboxPage> {
  const query = { page, pageSize: INBOX_PAGE_SIZE, ...(status ? { status } : {}) };
  const answer =
    kind === 'legal-aid-centre'
      ? await unwrap(legalAid.GET('/v1/offices/{agencyId}/assignments', { params: { path: { agencyId }, query } }))
      : await unwrap(mediation.GET('/v1/committees/{agencyId}/assignments', { params: { path: { agencyId }, query } }));
  return { items: [...answer.items], total: answer.total };
}

export function getAssignment(kind: BodyKind, id: string): Promise<Assignment> {
  const params = { params: { path: { id } } };
  return kind === 'legal-aid-centre' ? unwrap(legalAid.GET('/v1/assignments/{id}', params)) : unwrap(mediation.GET('/v1/assignments/{id}', params));
}

type Schemas = components['schemas'];

/** One of the staff's commands on an assignment, with the body its route takes. */
export type InboxCommand =
  | { action: 'accept'; body: Schemas['AcceptAssignmentBody'] }
  | { action: 'reject'; body: Schemas['RejectAssignmentBody'] }
  | { action: 'start'; body: Schemas['StartAssignmentBody'] }
  | { action: 'complete'; body: Schemas['CompleteAssignmentBody'] };

export function decide(kind: BodyKind, id: string, command: InboxCommand): Promise<Assignment> {
  const path = { params: { path: { id } } };
  if (kind === 'legal-aid-centre') {
    switch (command.action) {
      case 'accept':
        return unwrap(legalAid.POST('/v1/assignments/{id}/accept', { ...path, body: command.body }));
      case 'reject':
        return unwrap(legalAid.POST('/v1/assignments/{id}/reject', { ...path, body: command.body }));
      case 'start':
        return unwrap(legalAid.POST('/v1/assignments/{id}/start', { ...path, body: command.body }));
      case 'complete':
        return unwrap(legalAid.POST('/v1/assignments/{id}/complete', { ...path, body: command.body }));
    }
  }
  switch (command.action) {
    case 'accept':
      return unwrap(mediation.POST('/v1/assignments/{id}/accept', { ...path, body: command.body }));
    case 'reject':
      return unwrap(mediation.POST('/v1/assignments/{id}/reject', { ...path, body: command.body }));
    case 'start':
      return unwrap(mediation.POST('/v1/assignments/{id}/start', { ...path, body: command.body }));
    case 'complete':
      return unwrap(mediation.POST('/v1/assignments/{id}/complete', { ...path, body: command.body }));
  }
}

export function readCaller(ticketId: string, purpose: 'service-delivery' | 'legal-aid-review' | 'mediation') {
  return unwrap(intake.GET('/v1/tickets/{id}/caller', { params: { path: { id: ticketId }, query: { purpose } } }));
}
