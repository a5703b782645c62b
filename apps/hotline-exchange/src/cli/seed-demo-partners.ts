// Usage: DATABASE_URL=postgresql://... EXCHANGE_SECRETS_KEY=... [DEMO_PARTNER_KEYS_FILE=.local/demo-partner-keys.json]
//        [DEMO_PARTNER_SIMULATORS=1] [DEMO_PARTNER_ENDPOINTS='{"110":"http://127.0.0.1:4110/transfers"}']
//        node dist/cli/seed-demo-partners.js
// Creates the four partner hotlines and a demo signing key for each (key id and secret in the keys
// file). DEMO_PARTNER_SIMULATORS=1 registers each partner's simulator (npm run partner) as its
// delivery endpoint, DEMO_PARTNER_ENDPOINTS the endpoints it names (over the simulators'); each of
// those partners gets a delivery secret, written to the keys file beside its key. Safe to run again.
// First: decorators in the libraries read metadata while their modules load.
import 'reflect-metadata';
import { timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import { IsNull, type DataSource } from 'typeorm';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import { AddDeliverySecretHandler } from '../partner-transfers/add-delivery-secret.handler.js';
import { deliverySecretContext, MAX_ACTIVE_DELIVERY_SECRETS, parseDemoPartnerEndpoints } from '../partner-transfers/domain/partner-endpoint.js';
import { PartnerDeliverySecretEntity } from '../partner-transfers/partner-delivery-secret.entity.js';
import type { RegisteredPartnerEndpoint } from '../partner-transfers/register-partner-endpoint.handler.js';
import { RevokeDeliverySecretHandler } from '../partner-transfers/revoke-delivery-secret.handler.js';
import { seedDemoPartnerEndpoints } from '../partner-transfers/seed-demo-partner-endpoints.js';
import { seedDemoPartners, type DemoPartnerDelivery, type SeededDemoPartners } from '../partners/seed-demo-partners.js';
import type { SecretCipher } from '../signing/domain/secret-cipher.js';
import { exchangeSecretCipher, isEntryPoint, openHotlineExchangeDatabase } from './hotline-exchange-data-source.js';

export const DEFAULT_DEMO_PARTNER_KEYS_FILE = '.local/demo-partner-keys.json';

/**
 * Where each partner's simulator listens (the defaults of apps/partner-simulator, DEFAULT_PORTS):
 * with DEMO_PARTNER_SIMULATORS=1 the demo platform delivers to them.
 */
export const DEMO_SIMULATOR_PORTS: Record<PartnerHotline, number> = { '110': 18110, '12345': 18145, '12355': 18155, '12368': 18168 };

export function demoSimulatorEndpoints(): Record<PartnerHotline, string> {
  return Object.fromEntries(PARTNER_HOTLINES.map((code) => [code, `http://127.0.0.1:${DEMO_SIMULATOR_PORTS[code]}/webhooks`])) as Record<PartnerHotline, string>;
}

export interface SeedDemoPartnersRun extends SeededDemoPartners {
  keysFile: string;
  /** Endpoints newly registered in this run, with the delivery secret generated for a partner that had none. */
  endpoints: RegisteredPartnerEndpoint[];
}

/** The command's work: migrate the service's database, then seed it; the keys file is resolved against `cwd`. */
export async function runSeedDemoPartners(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Promise<SeedDemoPartnersRun> {
  const keysFile = resolve(cwd, env.DEMO_PARTNER_KEYS_FILE || DEFAULT_DEMO_PARTNER_KEYS_FILE);
  // Read before touching the database, so a typo fails the run before anything changes.
  const endpoints: Partial<Record<PartnerHotline, string>> = {
    ...(simulatorsWanted(env.DEMO_PARTNER_SIMULATORS) ? demoSimulatorEndpoints() : {}),
    ...(env.DEMO_PARTNER_ENDPOINTS ? parseDemoPartnerEndpoints(env.DEMO_PARTNER_ENDPOINTS) : {}),
  };
  const cipher = exchangeSecretCipher(env);
  const dataSource = await openHotlineExchangeDatabase(env, { runMigrations: true });
  try {
    const now = new Date();
    let registered: RegisteredPartnerEndpoint[] = [];
    const seedDeliveries =
      Object.keys(endpoints).length === 0
        ? undefined
        : async (previous: Record<string, unknown>) => {
            registered = await seedDemoPartnerEndpoints(dataSource, cipher, endpoints, now);
            return seedDeliverySecrets(dataSource, cipher, endpoints, registered, previous, now);
          };
    const seeded = await seedDemoPartners(dataSource, cipher, keysFile, now, seedDeliveries);
    return { ...seeded, keysFile, endpoints: registered };
  } finally {
    await dataSource.destroy();
  }
}

function simulatorsWanted(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`DEMO_PARTNER_SIMULATORS must be 1 (register the partner simulators' endpoints) or 0, not ${value}`);
}

/**
 * Gives every partner of `endpoints` a delivery secret the keys file records: the one just
 * generated with its endpoint, else the file's own while it is still active, else a new one. A
 * partner already holding the two active secrets allowed has its oldest revoked to make room,
 * as its keys are: the keys file is the demo's record of what its partners hold.
 */
async function seedDeliverySecrets(
  dataSource: DataSource,
  cipher: SecretCipher,
  endpoints: Partial<Record<PartnerHotline, string>>,
  registered: readonly RegisteredPartnerEndpoint[],
  previous: Record<string, unknown>,
  now: Date,
): Promise<Partial<Record<PartnerHotline, DemoPartnerDelivery>>> {
  const deliveries: Partial<Record<PartnerHotline, DemoPartnerDelivery>> = {};
  for (const [code, url] of Object.entries(endpoints) as [PartnerHotline, string][]) {
    const endpoint = registered.find((r) => r.partnerCode === code)?.url ?? new URL(url).href;
    const generated = registered.find((r) => r.partnerCode === code)?.signingSecret;
    const secret = generated ?? (await stillActive(dataSource, cipher, code, previous[code])) ?? (await replaceDeliverySecret(dataSource, cipher, code, now));
    deliveries[code] = { endpoint, deliverySecret: secret.secret, deliverySecretId: secret.secretId };
  }
  return deliveries;
}

/** The file entry's delivery secret, if it is one of the partner's active secrets. */
async function stillActive(dataSource: DataSource, cipher: SecretCipher, code: PartnerHotline, entry: unknown): Promise<{ secretId: string; secret: string } | null> {
  const kept = (entry as { deliverySecret?: unknown } | null)?.deliverySecret;
  if (typeof kept !== 'string') return null;
  const presented = Buffer.from(kept, 'utf8');
  for (const row of await activeSecretsOf(dataSource, code)) {
    const stored = Buffer.from(cipher.open(row.sealedSecret, deliverySecretContext(row.secretId)), 'utf8');
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) return { secretId: row.secretId, secret: kept };
  }
  return null;
}

async function replaceDeliverySecret(dataSource: DataSource, cipher: SecretCipher, code: PartnerHotline, now: Date): Promise<{ secretId: string; secret: string }> {
  const active = await activeSecretsOf(dataSource, code);
  const revoke = new RevokeDeliverySecretHandler(dataSource);
  for (const row of active.slice(0, Math.max(0, active.length - (MAX_ACTIVE_DELIVERY_SECRETS - 1)))) {
    await revoke.execute({ partnerCode: code, secretId: row.secretId, revokedBy: null }, now);
  }
  const added = await new AddDeliverySecretHandler(dataSource, cipher).execute({ partnerCode: code, addedBy: null }, now);
  // Generated here (no secret was given), so the answer carries it.
  return { secretId: added.secretId, secret: added.secret! };
}

function activeSecretsOf(dataSource: DataSource, code: PartnerHotline): Promise<PartnerDeliverySecretEntity[]> {
  return dataSource.manager.find(PartnerDeliverySecretEntity, { where: { partnerCode: code, revokedAt: IsNull() }, order: { createdAt: 'ASC', secretId: 'ASC' } });
}

if (isEntryPoint(import.meta.url)) {
  try {
    const { keys, issued, keysFile, endpoints } = await runSeedDemoPartners();
    process.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
    process.stderr.write(`demo partner keys in ${keysFile}; newly issued: ${issued.length > 0 ? issued.join(', ') : 'none'}\n`);
    // Like the keys, the delivery secrets are in the keys file and on the console of a demo set-up only.
    for (const endpoint of endpoints) process.stderr.write(`delivery endpoint of ${endpoint.partnerCode} registered: ${endpoint.url}\n`);
    for (const [code, entry] of Object.entries(keys)) {
      if (entry.endpoint) process.stderr.write(`${code} receives deliveries at ${entry.endpoint}, signed with delivery secret ${entry.deliverySecretId}\n`);
    }
  } catch (error) {
    process.stderr.write(`seed-demo-partners failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
