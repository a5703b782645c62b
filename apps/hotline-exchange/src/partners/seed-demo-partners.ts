import { timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { IsNull, type DataSource } from 'typeorm';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import { SecretCipher } from '../signing/domain/secret-cipher.js';
import { keySecretContext, MAX_ACTIVE_KEYS } from './domain/partner-key.js';
import { IssuePartnerKeyHandler } from './issue-partner-key.handler.js';
import { PartnerApiKeyEntity } from './partner-api-key.entity.js';
import { PartnerEntity } from './partner.entity.js';
import { RevokePartnerKeyHandler } from './revoke-partner-key.handler.js';

/** Names a missing partner gets (the migration creates all four with these); existing partners keep theirs. */
export const DEMO_PARTNER_NAMES: Record<PartnerHotline, string> = {
  '12345': '12345政务服务便民热线',
  '110': '110报警服务台',
  '12355': '12355青少年服务台',
  '12368': '12368诉讼服务热线',
};

/** What a partner needs to sign requests: the key id (X-Partner-Key-Id) and its `whsec_` secret. */
export interface DemoPartnerKey {
  keyId: string;
  secret: string;
}

/**
 * Where the demo platform delivers to a partner (transfers and case status changes) and the
 * secret it signs those deliveries with, which the partner verifies them with.
 */
export interface DemoPartnerDelivery {
  endpoint: string;
  /** `whsec_...`. */
  deliverySecret: string;
  /** The secret's id, to revoke it through the admin API. */
  deliverySecretId: string;
}

/** One partner's entry of the keys file: its key, and its deliveries once an endpoint is registered. */
export type DemoPartnerEntry = DemoPartnerKey & Partial<DemoPartnerDelivery>;

/**
 * The keys file: `{ "110": { "keyId": "...", "secret": "whsec_...", "endpoint": "http://...",
 * "deliverySecret": "whsec_...", "deliverySecretId": "..." }, ... }`; the delivery fields only
 * for partners whose endpoint the demo registered.
 */
export type DemoPartnerKeys = Record<PartnerHotline, DemoPartnerEntry>;

/**
 * Registers demo delivery endpoints and secrets, given the keys file as it was (to keep secrets
 * that still work); answers the deliveries of the partners it seeded.
 */
export type SeedDemoDeliveries = (previous: Record<string, unknown>) => Promise<Partial<Record<PartnerHotline, DemoPartnerDelivery>>>;

export interface SeededDemoPartners {
  keys: DemoPartnerKeys;
  /** Partners that got a new key in this run; empty when the file already held a working key for each. */
  issued: PartnerHotline[];
}

/**
 * Creates the four partner hotlines if missing and makes sure `keysFile` holds a working key for
 * each. A key already in the file is kept while it is active and its secret is the one stored,
 * so running it again changes nothing; otherwise the partner gets a new key. When the partner
 * already holds the two active keys allowed, its oldest is revoked to make room: the keys file is
 * the demo's own record of its partners' keys. `seedDeliveries`, when given, registers delivery
 * endpoints and secrets; what it answers is written beside the keys, and the delivery fields of
 * the other partners are kept as the file had them. The database must be migrated.
 */
export async function seedDemoPartners(
  dataSource: DataSource,
  cipher: SecretCipher,
  keysFile: string,
  now: Date = new Date(),
  seedDeliveries?: SeedDemoDeliveries,
): Promise<SeededDemoPartners> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(PartnerEntity)
    .values(PARTNER_HOTLINES.map((code) => ({ code, name: DEMO_PARTNER_NAMES[code], status: 'active' as const, createdAt: now })))
    .orIgnore()
    .execute();

  const issue = new IssuePartnerKeyHandler(dataSource, cipher);
  const { text: previousText, entries: previous } = await readKeysFile(keysFile);
  const deliveries = seedDeliveries ? await seedDeliveries(previous) : {};
  const keys: Partial<DemoPartnerKeys> = {};
  const issued: PartnerHotline[] = [];
  for (const code of PARTNER_HOTLINES) {
    let key = await stillWorking(dataSource, cipher, code, previous[code]);
    if (!key) {
      await makeRoom(dataSource, code, now);
      const { keyId, secret } = await issue.execute({ partnerCode: code, issuedBy: null }, now);
      key = { keyId, secret };
      issued.push(code);
    }
    keys[code] = { ...key, ...(deliveries[code] ?? deliveryOf(previous[code])) };
  }
  const complete = keys as DemoPartnerKeys;
  const text = `${JSON.stringify(complete, null, 2)}\n`;
  if (text !== previousText) await writeKeysFile(keysFile, text);
  return { keys: complete, issued };
}

/** The delivery fields of a file entry, when it has all of them. */
function deliveryOf(entry: unknown): Partial<DemoPartnerDelivery> {
  const candidate = entry as Partial<Record<keyof DemoPartnerDelivery, unknown>> | null;
  if (typeof candidate !== 'object' || candidate === null) return {};
  const { endpoint, deliverySecret, deliverySecretId } = candidate;
  return typeof endpoint === 'string' && typeof deliverySecret === 'string' && typeof deliverySecretId === 'string' ? { endpoint, deliverySecret, deliverySecretId } : {};
}

/** The file's entry for the partner, if it is an active key of that partner with the secret stored for it. */
async function stillWorking(dataSource: DataSource, cipher: SecretCipher, code: PartnerHotline, entry: unknown): Promise<DemoPartnerKey | null> {
  if (!isDemoPartnerKey(entry)) return null;
  const key = await dataSource.manager.findOne(PartnerApiKeyEntity, { where: { keyId: entry.keyId }, relations: { partner: true } });
  if (!key || key.partnerCode !== code || key.revokedAt !== null || key.sealedSecret === null || key.partner?.status !== 'active') return null;
  const stored = Buffer.from(cipher.open(key.sealedSecret, keySecretContext(key.keyId)), 'utf8');
  const presented = Buffer.from(entry.secret, 'utf8');
  return stored.length === presented.length && timingSafeEqual(stored, presented) ? { keyId: entry.keyId, secret: entry.secret } : null;
}

async function makeRoom(dataSource: DataSource, code: PartnerHotline, now: Date): Promise<void> {
  const active = await dataSource.manager.find(PartnerApiKeyEntity, {
    select: { keyId: true },
    where: { partnerCode: code, revokedAt: IsNull() },
    order: { createdAt: 'ASC', keyId: 'ASC' },
  });
  const revoke = new RevokePartnerKeyHandler(dataSource);
  for (const key of active.slice(0, Math.max(0, active.length - (MAX_ACTIVE_KEYS - 1)))) {
    await revoke.execute({ keyId: key.keyId, revokedBy: null }, now);
  }
}

function isDemoPartnerKey(entry: unknown): entry is DemoPartnerKey {
  const candidate = entry as Partial<DemoPartnerKey> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.keyId === 'string' && typeof candidate.secret === 'string';
}

async function readKeysFile(file: string): Promise<{ text: string | null; entries: Record<string, unknown> }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { text: null, entries: {} };
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return { text, entries: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {} };
  } catch {
    // An unreadable file holds no usable key; it is replaced with a good one.
    return { text, entries: {} };
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a file; owner-only, it holds secrets. */
async function writeKeysFile(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, file);
}
