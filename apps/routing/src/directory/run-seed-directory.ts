import { IsOptional, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@legal-hotline/messaging';
import { serviceDataSourceOptions } from '@legal-hotline/persistence';
import { loadRegionCatalog } from '@legal-hotline/regions';
import { loadConfig } from '@legal-hotline/service-runtime';
import { ROUTING_ENTITIES, ROUTING_MIGRATIONS } from '../db/routing-schema.js';
import { provinceListOf } from '../regions/regions.module.js';
import { RoutingConfig } from '../routing.service-definition.js';
import { buildDirectorySeed } from './domain/directory-seed.js';
import { SeedDirectoryHandler, type SeedDirectoryCounts } from './seed-directory.handler.js';

/** The service's configuration (the CLI runs with the service's environment) plus the seed's provinces. */
export class SeedDirectoryConfig extends RoutingConfig {
  /** Provinces to seed, as comma-separated 2-digit numbers ("44,52"). */
  @Matches(/^\d{2}(,\d{2})*$/, { message: 'ROUTING_SEED_PROVINCES must be comma-separated 2-digit province numbers, e.g. 44,52' })
  ROUTING_SEED_PROVINCES = '44,52';

  /** The CLI serves no requests and checks no tokens: it runs without an identity provider too. */
  @IsOptional()
  override OIDC_ISSUER!: string;
}

export interface SeedDirectoryReport {
  provinces: string[];
  /** Agencies in the seed. */
  seeded: number;
  counts: SeedDirectoryCounts;
  durationMs: number;
}

/**
 * What `dist/cli/seed-directory.js` does: opens the service's database with the service's
 * entities and migrations (as ServiceRuntimeModule does), brings the schema up to date, and
 * writes the directory seed of ROUTING_SEED_PROVINCES. Running it again changes nothing.
 * Throws a ConfigurationError naming DATABASE_URL when it is missing or malformed.
 */
export async function seedDirectoryFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<SeedDirectoryReport> {
  const started = performance.now();
  const config = loadConfig(SeedDirectoryConfig, env);
  const provinces = provinceListOf(config.ROUTING_SEED_PROVINCES);
  const dataSource = new DataSource(
    serviceDataSourceOptions({
      url: config.DATABASE_URL,
      applicationName: 'routing-seed-directory',
      entities: [...MESSAGING_ENTITIES, ...ROUTING_ENTITIES],
      migrations: [...MESSAGING_MIGRATIONS, ...ROUTING_MIGRATIONS],
      poolSize: 2,
    }),
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const catalog = await loadRegionCatalog({ provinces });
    const seed = buildDirectorySeed(catalog, provinces);
    const counts = await new SeedDirectoryHandler(dataSource).execute(seed);
    return { provinces, seeded: seed.length, counts, durationMs: Math.round(performance.now() - started) };
  } finally {
    await dataSource.destroy();
  }
}

/** One line for the operator. */
export function describeSeedReport({ provinces, seeded, counts, durationMs }: SeedDirectoryReport): string {
  const line = (name: string, c: SeedDirectoryCounts['agencies']) =>
    `${name}: ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`;
  return (
    `directory seeded for provinces ${provinces.join(', ')} (${seeded} agencies) in ${durationMs} ms; ` +
    `${line('agencies', counts.agencies)}; ${line('jurisdictions', counts.jurisdictions)}`
  );
}
