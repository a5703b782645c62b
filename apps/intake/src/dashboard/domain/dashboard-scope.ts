import type { Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionPrefixOf } from '@legal-hotline/regions';
import type { TicketScope } from '../../tickets/domain/ticket-access.js';

// Whose tickets the dashboard counts: a supervisor (督办) its area, by region code; an owner
// lead the tickets its organisation is responsible for (those it received first (首问), and the
// partners' forwards it answers). Someone with both roles sees both.

export function dashboardScopeOf(principal: Principal): TicketScope {
  const area = principal.area;
  return {
    ownedBy: principal.roles.has('owner-lead') ? (principal.organisation?.id ?? null) : null,
    watchedBy: null,
    handedTo: null,
    regionPrefix:
      principal.roles.has('supervisor') && area !== null && isWellFormedRegionCode(area) ? regionPrefixOf(area) : null,
  };
}

/** The region prefix a `regionCode` query stands for: a province or city also by its 6-digit code ("440000" → "44", "440600" → "4406"). */
export function regionPrefixOfQuery(regionCode: string): string {
  return regionCode.length === 6 ? regionPrefixOf(regionCode) : regionCode;
}

/** The area of someone who reads the figures as a supervisor only, as a region prefix; null for anyone else. */
export function supervisedAreaOf(principal: Principal, scope: TicketScope): string | null {
  return principal.roles.has('owner-lead') ? null : scope.regionPrefix;
}

/**
 * Whether a supervisor asks for a region its area does not contain (another region, or a wider
 * one: 403 ACCESS.OUTSIDE_AREA). For an owner lead a region only narrows its own tickets.
 */
export function asksOutsideArea(principal: Principal, scope: TicketScope, regionPrefix: string | null): boolean {
  const area = supervisedAreaOf(principal, scope);
  return regionPrefix !== null && area !== null && !regionPrefix.startsWith(area);
}
