import { AccessDeniedError, actorOf, type Principal } from '@legal-hotline/auth';
import type { StaffMember } from './domain/assignment.js';
import type { InboxAccess } from './domain/inbox-access.js';

/** Turns a refused access into the platform's 403; `what` names the resource in the message. */
export function refuseUnlessAllowed(access: InboxAccess, what: string): void {
  switch (access) {
    case 'allowed':
      return;
    case 'other-body':
      throw AccessDeniedError.otherBody(what);
    case 'outside-area':
      throw AccessDeniedError.outsideArea(what);
  }
}

// Events carry at most this many characters of a name (the contract's limit).
const NAME_LIMIT = 100;

/** The staff member as the verified token names them: display name and subject. */
export function staffMemberOf(principal: Principal): StaffMember {
  const { agent, agentId } = actorOf(principal);
  const name = Array.from(agent);
  while (name.join('').length > NAME_LIMIT) name.pop();
  return { name: name.join(''), id: agentId };
}
