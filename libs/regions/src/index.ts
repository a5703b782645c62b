export type { Region, RegionLevel, TownshipKind } from './region.js';
export { isWellFormedRegionCode, provinceNumberOf, regionCovers, regionPrefixOf, townshipKindOf } from './region-code.js';
export { RETIRED_REGION_CODES, resolveRetired, retirementOf, type RetiredRegionCode } from './retired-region-codes.js';
export {
  RegionCatalog,
  RegionCatalogError,
  type DivisionDataset,
  type RegionValidation,
  type VillageSource,
} from './region-catalog.js';
export { loadRegionCatalog, type LoadRegionCatalogOptions } from './load-region-catalog.js';
