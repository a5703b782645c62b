// Usage: DATABASE_URL=postgresql://... [DEMO_PARTNER_KEYS_FILE=.local/demo-partner-keys.json] node dist/cli/seed-demo-partners.js
// Creates the four partner hotlines and a demo API key for each; safe to run again.
// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { seedDemoPartners, type SeededDemoPartners } from '../partners/seed-demo-partners.js';
import { isEntryPoint, openHotlineExchangeDatabase } from './hotline-exchange-data-source.js';

export const DEFAULT_DEMO_PARTNER_KEYS_FILE = '.local/demo-partner-keys.json';

export interface SeedDemoPartnersRun extends SeededDemoPartners {
  keysFile: string;
}

/** The command's work: migrate the service's database, then seed it; the keys file is resolved against `cwd`. */
export async function runSeedDemoPartners(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Promise<SeedDemoPartnersRun> {
  const keysFile = resolve(cwd, env.DEMO_PARTNER_KEYS_FILE || DEFAULT_DEMO_PARTNER_KEYS_FILE);
  const dataSource = await openHotlineExchangeDatabase(env, { runMigrations: true });
  try {
    return { ...(await seedDemoPartners(dataSource, keysFile)), keysFile };
  } finally {
    await dataSource.destroy();
  }
}

if (isEntryPoint(import.meta.url)) {
  try {
    const { keys, issued, keysFile } = await runSeedDemoPartners();
    process.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
    process.stderr.write(`demo partner keys in ${keysFile}; newly issued: ${issued.length > 0 ? issued.join(', ') : 'none'}\n`);
  } catch (error) {
    process.stderr.write(`seed-demo-partners failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
