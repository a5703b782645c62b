import type { Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionPrefixOf } from '@legal-hotline/regions';

/**
 * Which transfers a reader of the delivery state sees: every one (the exchange administrator),
 * those of tickets whose region lies in a supervisor's area (the region the transfer carries,
 * where the matter arose), or none: a supervisor's account that names no area is refused rather
 * than shown everything.
 */
export type DeliveryScope =
  { kind: 'all' } | { kind: 'area'; area: string; regionPrefix: string } | { kind: 'no-area' };

/** What the rule reads from a verified principal. */
export type DeliveryReader = Pick<Principal, 'roles' | 'area'>;

export function deliveryScopeOf(reader: DeliveryReader): DeliveryScope {
  if (reader.roles.has('exchange-admin')) return { kind: 'all' };
  if (!reader.roles.has('supervisor') || reader.area === null || !isWellFormedRegionCode(reader.area))
    return { kind: 'no-area' };
  return { kind: 'area', area: reader.area, regionPrefix: regionPrefixOf(reader.area) };
}
