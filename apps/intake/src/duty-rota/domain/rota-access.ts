import type { Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionPrefixOf } from '@legal-hotline/regions';
import { platformById, type ProvincialPlatforms } from '../../tickets/domain/provincial-platforms.js';
import { isAgent } from '../../tickets/domain/ticket-access.js';

// Who reads and who edits a platform's duty rota:
// - agents and leads read their own organisation's rota; its leads (owner-lead) edit it;
// - supervisors read the rota of the provincial platform of their area's province (a city's
//   supervisor follows who answers that city's questions), and a province's supervisors edit it.

/** The province whose 12348 platform a supervisor's area lies in, by two-digit number; null when none. */
function supervisedProvince(principal: Pick<Principal, 'roles' | 'area'>): string | null {
  if (!principal.roles.has('supervisor') || principal.area === null || !isWellFormedRegionCode(principal.area))
    return null;
  return principal.area.slice(0, 2);
}

export function mayReadRota(principal: Principal, organisationId: string, platforms: ProvincialPlatforms): boolean {
  if (isAgent(principal) && principal.organisation?.id === organisationId) return true;
  const province = supervisedProvince(principal);
  return province !== null && platformById(platforms, organisationId)?.provinceNumber === province;
}

export function mayEditRota(principal: Principal, organisationId: string, platforms: ProvincialPlatforms): boolean {
  if (principal.roles.has('owner-lead') && principal.organisation?.id === organisationId) return true;
  const province = supervisedProvince(principal);
  const provinceWide = principal.area !== null && regionPrefixOf(principal.area).length === 2;
  return province !== null && provinceWide && platformById(platforms, organisationId)?.provinceNumber === province;
}

/**
 * The organisation whose rota a request means when it names none: the person's own for agents
 * and leads, the platform of a supervisor's province; null when there is none to default to.
 */
export function defaultRotaOrganisation(principal: Principal, platforms: ProvincialPlatforms): string | null {
  if (isAgent(principal) && principal.organisation) return principal.organisation.id;
  const province = supervisedProvince(principal);
  return province === null ? null : (platforms.find((p) => p.provinceNumber === province)?.id ?? null);
}
