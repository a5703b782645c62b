import { Module, type DynamicModule } from '@nestjs/common';
import { loadRegionCatalog, RegionCatalog } from '@legal-hotline/regions';
import { RegionCodeChecker } from './region-code-checker.js';

export interface RegionsOptions {
  /** Provinces to load, as 2-digit numbers ("44"); all of them when empty. */
  provinces: readonly string[];
}

/** The administrative division reference, read once at start-up. */
@Module({})
export class RegionsModule {
  static register(options: RegionsOptions): DynamicModule {
    return {
      module: RegionsModule,
      providers: [
        {
          provide: RegionCatalog,
          useFactory: () => loadRegionCatalog(options.provinces.length > 0 ? { provinces: options.provinces } : {}),
        },
        RegionCodeChecker,
      ],
      exports: [RegionCatalog, RegionCodeChecker],
    };
  }
}
