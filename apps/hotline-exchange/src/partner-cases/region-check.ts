import type { Provider } from '@nestjs/common';
import { loadRegionCatalog, type RegionCatalog } from '@legal-hotline/regions';

/** Whether a well-formed division code names a division this platform knows (current, or retired with a successor). */
export interface RegionCheck {
  isKnown(code: string): Promise<boolean>;
}

export const REGION_CHECK = Symbol('REGION_CHECK');

export function catalogRegionCheck(catalog: RegionCatalog): RegionCheck {
  // A code of a province this deployment does not serve counts as unknown, as in intake: a case
  // accepted here that intake then refuses would be lost between the two.
  return { isKnown: async (code) => (await catalog.validate(code)).ok };
}

/** Reads the division dataset once at start-up (all provinces unless limited); villages of a province load on first use. */
export function regionCheckProvider(provinces: readonly string[]): Provider {
  return {
    provide: REGION_CHECK,
    useFactory: async (): Promise<RegionCheck> => catalogRegionCheck(await loadRegionCatalog(provinces.length > 0 ? { provinces } : {})),
  };
}
