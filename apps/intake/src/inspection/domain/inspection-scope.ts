import type { Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionPrefixOf } from '@legal-hotline/regions';

// Who inspects whom. A supervisor (督办) inspects the answers given on tickets of its area, an
// owner lead those of its own organisation's tickets (the ones it is responsible for); a person
// with both roles sees both. Agents see only their own findings and their own figures.

/** The tickets whose samples and figures someone may read: either part grants, a null part grants nothing. */
export interface InspectionScope {
  /** Tickets whose region code starts with these digits. */
  regionPrefix: string | null;
  /** Tickets this organisation is responsible for. */
  organisationId: string | null;
}

/** What a draw covers: one supervisor's area or one organisation, and its key (one draw per key and month). */
export type DrawScope =
  { kind: 'area'; regionPrefix: string; key: string } | { kind: 'organisation'; organisationId: string; key: string };

export type DrawScopeOutcome =
  { ok: true; scope: DrawScope } | { ok: false; refusal: 'no-scope' | 'other-organisation' };

export const NO_SCOPE: InspectionScope = { regionPrefix: null, organisationId: null };

function supervisedPrefixOf(principal: Principal): string | null {
  const area = principal.area;
  return principal.roles.has('supervisor') && area !== null && isWellFormedRegionCode(area)
    ? regionPrefixOf(area)
    : null;
}

function ledOrganisationOf(principal: Principal): string | null {
  return principal.roles.has('owner-lead') ? (principal.organisation?.id ?? null) : null;
}

export function inspectionScopeOf(principal: Principal): InspectionScope {
  return { regionPrefix: supervisedPrefixOf(principal), organisationId: ledOrganisationOf(principal) };
}

export function isEmptyInspectionScope(scope: InspectionScope): boolean {
  return scope.regionPrefix === null && scope.organisationId === null;
}

export function withinInspectionScope(
  scope: InspectionScope,
  ticket: { regionCode: string; responsibleOrganisationId: string },
): boolean {
  return (
    (scope.regionPrefix !== null && ticket.regionCode.startsWith(scope.regionPrefix)) ||
    (scope.organisationId !== null && ticket.responsibleOrganisationId === scope.organisationId)
  );
}

/**
 * What a draw asked for by `principal` covers: with `organisationId`, that organisation, for its
 * owner lead only; without, the supervisor's area, or else the owner lead's organisation.
 */
export function drawScopeOf(principal: Principal, organisationId: string | undefined): DrawScopeOutcome {
  const led = ledOrganisationOf(principal);
  if (organisationId !== undefined) {
    return led === organisationId
      ? { ok: true, scope: { kind: 'organisation', organisationId, key: `organisation:${organisationId}` } }
      : { ok: false, refusal: 'other-organisation' };
  }
  const prefix = supervisedPrefixOf(principal);
  if (prefix !== null) return { ok: true, scope: { kind: 'area', regionPrefix: prefix, key: `area:${prefix}` } };
  if (led !== null)
    return { ok: true, scope: { kind: 'organisation', organisationId: led, key: `organisation:${led}` } };
  return { ok: false, refusal: 'no-scope' };
}

/** The rows of the per-agent figures someone may read, and the tickets they are counted over. */
export interface FiguresSelection {
  scope: InspectionScope;
  /** Only this agent's row (an agent reading its own figures); null for every agent in scope. */
  agentId: string | null;
  /** Only tickets this organisation is responsible for; null for any. */
  organisationId: string | null;
}

export type FiguresSelectionOutcome =
  { ok: true; selection: FiguresSelection } | { ok: false; refusal: 'other-organisation' };

/**
 * Supervisors read every agent of their area, owner leads every agent of their organisation;
 * an agent only its own row, over its organisation's tickets. `organisationId` narrows a
 * supervisor's figures to one organisation and must be the lead's or agent's own.
 */
export function figuresSelectionOf(principal: Principal, organisationId: string | undefined): FiguresSelectionOutcome {
  const scope = inspectionScopeOf(principal);
  const own = principal.organisation?.id ?? null;
  if (scope.regionPrefix === null && organisationId !== undefined && organisationId !== own) {
    return { ok: false, refusal: 'other-organisation' };
  }
  const narrowed = organisationId ?? null;
  if (!isEmptyInspectionScope(scope))
    return { ok: true, selection: { scope, agentId: null, organisationId: narrowed } };
  return { ok: true, selection: ownFiguresSelectionOf(principal, narrowed) };
}

/** An agent's own row, over the tickets of its organisation. */
export function ownFiguresSelectionOf(principal: Principal, organisationId: string | null = null): FiguresSelection {
  const own = principal.organisation?.id ?? null;
  return { scope: { regionPrefix: null, organisationId: own }, agentId: principal.subject, organisationId };
}
