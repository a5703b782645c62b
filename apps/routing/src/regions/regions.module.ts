import { Module, type DynamicModule } from '@nestjs/common';
import { loadRegionCatalog, RegionCatalog } from '@legal-hotline/regions';
import { RegionTreeQueries } from './region-tree.queries.js';
import { RegionsController } from './regions.controller.js';

/** "44,52" (as ROUTING_PROVINCES gives them) → ["44", "52"], without repeats. */
export function provinceListOf(value: string): string[] {
  return [...new Set(value.split(','))];
}

/** Injection token of the provinces (2-digit numbers) this service routes in. */
export const SERVED_PROVINCES = Symbol('SERVED_PROVINCES');

/**
 * The administrative divisions of the served provinces, read once at start-up, and the catalog's
 * read API for cascading region pickers. Villages are not read then: routing awaits
 * `loadVillages` for a province when a 12-digit code (or the picker) first needs it.
 */
@Module({})
export class RegionsModule {
  static register(provinces: readonly string[]): DynamicModule {
    return {
      module: RegionsModule,
      global: true,
      providers: [
        { provide: SERVED_PROVINCES, useValue: provinces },
        { provide: RegionCatalog, useFactory: () => loadServedRegions(provinces) },
        RegionTreeQueries,
      ],
      controllers: [RegionsController],
      exports: [RegionCatalog, SERVED_PROVINCES],
    };
  }
}

async function loadServedRegions(provinces: readonly string[]): Promise<RegionCatalog> {
  const catalog = await loadRegionCatalog({ provinces });
  const loaded = new Set(catalog.provinces().map((province) => province.code.slice(0, 2)));
  const missing = provinces.filter((province) => !loaded.has(province));
  // A typo would otherwise leave a whole province unrouted without a word at start-up.
  if (missing.length > 0) throw new Error(`ROUTING_PROVINCES names provinces the division dataset does not have: ${missing.join(', ')}`);
  return catalog;
}
