import { AccessDeniedError } from './access-denied.error.js';

/**
 * The platform's roles. Each is tied to the organisation or body named in the same token.
 * - hotline-agent 坐席: opens tickets for a first-contact organisation (a 12348 platform or
 *   station) and works the tickets that organisation owns or is referred to;
 * - owner-lead: an agent who may also merge, undo merges and close;
 * - office-staff: staff of one legal-aid centre or mediation committee, working its inbox;
 * - supervisor 督办: reads everything in an area, works alerts, escalations and clocks;
 * - directory-admin: agencies, jurisdictions, availability;
 * - exchange-admin: partner endpoints and partner keys.
 */
export const ROLES = ['hotline-agent', 'owner-lead', 'office-staff', 'supervisor', 'directory-admin', 'exchange-admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The organisation or body the person acts for, e.g. `{id: "legal-aid-centre:440605", name: "南海区法律援助中心"}`. */
export interface Organisation {
  id: string;
  name: string;
}

/** Who is calling, as the identity provider vouched for it in a verified access token. */
export interface Principal {
  /** The token's subject: stable per person. */
  subject: string;
  /** Display name for timelines and trails, e.g. "陈静". */
  name: string;
  username: string | null;
  roles: ReadonlySet<Role>;
  organisation: Organisation | null;
  /** Region code of the area a supervisor covers ("440000" Guangdong, "440600" Foshan); null otherwise. */
  area: string | null;
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.has(role));
}

/** Whether the principal acts for the organisation or body `organisationId`. */
export function actsFor(principal: Principal, organisationId: string): boolean {
  return principal.organisation?.id === organisationId;
}

/**
 * The actor of events and timeline entries: organisation and person from the verified token.
 * Shaped like `Actor` in the contracts.
 */
export function actorOf(principal: Principal): { organisation: string; organisationId: string; agent: string; agentId: string } {
  if (!principal.organisation) throw AccessDeniedError.noOrganisation();
  return {
    organisation: principal.organisation.name,
    organisationId: principal.organisation.id,
    agent: principal.name,
    agentId: principal.subject,
  };
}
