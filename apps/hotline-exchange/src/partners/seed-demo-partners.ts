import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import { AuthenticatePartnerHandler } from './authenticate-partner.handler.js';
import { IssuePartnerKeyHandler } from './issue-partner-key.handler.js';
import { PartnerEntity } from './partner.entity.js';

/** Names a missing partner gets (the migration creates all four with these); existing partners keep theirs. */
export const DEMO_PARTNER_NAMES: Record<PartnerHotline, string> = {
  '12345': '12345政务服务便民热线',
  '110': '110报警服务台',
  '12355': '12355青少年服务台',
  '12368': '12368诉讼服务热线',
};

export type DemoPartnerKeys = Record<PartnerHotline, string>;

export interface SeededDemoPartners {
  keys: DemoPartnerKeys;
  /** Partners that got a new key in this run; empty when the file already held a valid key for each. */
  issued: PartnerHotline[];
}

/**
 * Creates the four partner hotlines if missing and makes sure `keysFile` holds a working key for
 * each. Keys already in the file that still authenticate their partner are kept, so running it
 * again changes nothing; a partner whose key is missing, revoked or unknown to this database gets
 * a new one (a key's plaintext exists only in that file, so one cannot be recovered from the
 * database). The database must be migrated.
 */
export async function seedDemoPartners(dataSource: DataSource, keysFile: string, now: Date = new Date()): Promise<SeededDemoPartners> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(PartnerEntity)
    .values(PARTNER_HOTLINES.map((code) => ({ code, name: DEMO_PARTNER_NAMES[code], status: 'active' as const, createdAt: now })))
    .orIgnore()
    .execute();

  const authenticate = new AuthenticatePartnerHandler(dataSource);
  const issue = new IssuePartnerKeyHandler(dataSource);
  const previous = await readKeysFile(keysFile);
  const keys: Partial<DemoPartnerKeys> = {};
  const issued: PartnerHotline[] = [];
  for (const code of PARTNER_HOTLINES) {
    const existing = previous[code];
    if (typeof existing === 'string' && (await authenticates(authenticate, existing, code))) {
      keys[code] = existing;
    } else {
      keys[code] = (await issue.execute({ partnerCode: code }, now)).key;
      issued.push(code);
    }
  }
  const complete = keys as DemoPartnerKeys;
  if (issued.length > 0) await writeKeysFile(keysFile, complete);
  return { keys: complete, issued };
}

async function authenticates(authenticate: AuthenticatePartnerHandler, key: string, code: PartnerHotline): Promise<boolean> {
  try {
    return (await authenticate.execute(key)).code === code;
  } catch {
    return false;
  }
}

async function readKeysFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    // An unreadable file holds no usable key; it is replaced with a good one.
    return {};
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a file; owner-only, it holds secrets. */
async function writeKeysFile(file: string, keys: DemoPartnerKeys): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}
