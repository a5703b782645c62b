// Usage: DATABASE_URL=postgresql://... EXCHANGE_SECRETS_KEY=... [DEMO_PARTNER_KEYS_FILE=.local/demo-partner-keys.json]
//        [DEMO_PARTNER_ENDPOINTS='{"110":"http://127.0.0.1:4110/transfers"}'] node dist/cli/seed-demo-partners.js
// Creates the four partner hotlines and a demo signing key for each (key id and secret in the keys
// file), and registers the delivery endpoints given; safe to run again.
// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseDemoPartnerEndpoints } from '../partner-transfers/domain/partner-endpoint.js';
import type { RegisteredPartnerEndpoint } from '../partner-transfers/register-partner-endpoint.handler.js';
import { seedDemoPartnerEndpoints } from '../partner-transfers/seed-demo-partner-endpoints.js';
import { seedDemoPartners, type SeededDemoPartners } from '../partners/seed-demo-partners.js';
import { exchangeSecretCipher, isEntryPoint, openHotlineExchangeDatabase } from './hotline-exchange-data-source.js';

export const DEFAULT_DEMO_PARTNER_KEYS_FILE = '.local/demo-partner-keys.json';

export interface SeedDemoPartnersRun extends SeededDemoPartners {
  keysFile: string;
  /** Endpoints newly registered from DEMO_PARTNER_ENDPOINTS, with the delivery secret generated for a partner that had none. */
  endpoints: RegisteredPartnerEndpoint[];
}

/** The command's work: migrate the service's database, then seed it; the keys file is resolved against `cwd`. */
export async function runSeedDemoPartners(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Promise<SeedDemoPartnersRun> {
  const keysFile = resolve(cwd, env.DEMO_PARTNER_KEYS_FILE || DEFAULT_DEMO_PARTNER_KEYS_FILE);
  // Read before touching the database, so a typo fails the run before anything changes.
  const endpoints = env.DEMO_PARTNER_ENDPOINTS ? parseDemoPartnerEndpoints(env.DEMO_PARTNER_ENDPOINTS) : {};
  const cipher = exchangeSecretCipher(env);
  const dataSource = await openHotlineExchangeDatabase(env, { runMigrations: true });
  try {
    const seeded = await seedDemoPartners(dataSource, cipher, keysFile);
    return { ...seeded, keysFile, endpoints: await seedDemoPartnerEndpoints(dataSource, cipher, endpoints) };
  } finally {
    await dataSource.destroy();
  }
}

if (isEntryPoint(import.meta.url)) {
  try {
    const { keys, issued, keysFile, endpoints } = await runSeedDemoPartners();
    process.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
    process.stderr.write(`demo partner keys in ${keysFile}; newly issued: ${issued.length > 0 ? issued.join(', ') : 'none'}\n`);
    // The demo partner needs the secret to check signatures; like the keys, it is shown on the console of a demo set-up only.
    for (const endpoint of endpoints) {
      const secret = endpoint.signingSecret ? `${endpoint.signingSecret.secret} (id ${endpoint.signingSecret.secretId})` : 'unchanged';
      process.stderr.write(`delivery endpoint of ${endpoint.partnerCode}: ${endpoint.url} (signing secret: ${secret})\n`);
    }
  } catch (error) {
    process.stderr.write(`seed-demo-partners failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
