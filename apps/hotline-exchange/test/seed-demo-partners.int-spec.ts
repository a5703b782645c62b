import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARTNER_HOTLINES } from '@legal-hotline/contracts';
import { createTestDatabase, pendingSchemaChanges, type TestDatabase } from '@legal-hotline/testing';
import { openHotlineExchangeDatabase } from '../src/cli/hotline-exchange-data-source.js';
import { runSeedDemoPartners } from '../src/cli/seed-demo-partners.js';
import { AuthenticatePartnerHandler } from '../src/partners/authenticate-partner.handler.js';
import { RevokePartnerKeyHandler } from '../src/partners/revoke-partner-key.handler.js';

describe(runSeedDemoPartners.name, () => {
  let database: TestDatabase;
  let folder: string;
  let env: NodeJS.ProcessEnv;

  const withDatabase = async <T>(work: (dataSource: Awaited<ReturnType<typeof openHotlineExchangeDatabase>>) => Promise<T>): Promise<T> => {
    const dataSource = await openHotlineExchangeDatabase(env, { runMigrations: false });
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('hotline_exchange_seed');
    folder = await mkdtemp(join(tmpdir(), 'hx-seed-'));
    env = { DATABASE_URL: database.url, DEMO_PARTNER_KEYS_FILE: 'keys/demo-partner-keys.json' };
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  }, 60_000);

  it('migrates an empty database, creates the four partners and writes a working key for each', async () => {
    const sut = await runSeedDemoPartners(env, folder);

    expect(sut.keysFile).toBe(join(folder, 'keys/demo-partner-keys.json'));
    expect(sut.issued).toEqual([...PARTNER_HOTLINES]);
    expect(JSON.parse(await readFile(sut.keysFile, 'utf8'))).toEqual(sut.keys);
    expect((await stat(sut.keysFile)).mode & 0o777).toBe(0o600);
    const partners = await database.query<{ code: string }>('SELECT code FROM partners ORDER BY code');
    expect(partners.map((p) => p.code).sort()).toEqual([...PARTNER_HOTLINES].sort());
    await withDatabase(async (dataSource) => {
      const authenticate = new AuthenticatePartnerHandler(dataSource);
      for (const code of PARTNER_HOTLINES) expect(await authenticate.execute(sut.keys[code])).toMatchObject({ code });
    });
  });

  it('changes nothing when run again', async () => {
    const before = await readFile(join(folder, 'keys/demo-partner-keys.json'), 'utf8');
    const sut = await runSeedDemoPartners(env, folder);

    expect(sut.issued).toEqual([]);
    expect(JSON.stringify(sut.keys, null, 2) + '\n').toBe(before);
    expect(await database.query('SELECT key_id FROM partner_api_keys')).toHaveLength(PARTNER_HOTLINES.length);
  });

  it('replaces only a key that no longer works', async () => {
    const file = join(folder, 'keys/demo-partner-keys.json');
    const keys = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    await withDatabase((dataSource) => new RevokePartnerKeyHandler(dataSource).execute({ keyId: keys['110']!.split('.')[0]! }));
    await writeFile(file, JSON.stringify({ ...keys, '12355': 'garbage' }));

    const sut = await runSeedDemoPartners(env, folder);

    expect(sut.issued.sort()).toEqual(['110', '12355']);
    expect(sut.keys['12345']).toBe(keys['12345']);
    expect(sut.keys['110']).not.toBe(keys['110']);
  });

  it('registers the delivery endpoints of DEMO_PARTNER_ENDPOINTS, and keeps their secrets when run again', async () => {
    const withEndpoints = {
      ...env,
      DEMO_PARTNER_ENDPOINTS: JSON.stringify({ '110': 'http://127.0.0.1:4110/transfers', '12345': 'http://127.0.0.1:4345/transfers' }),
    };
    const first = await runSeedDemoPartners(withEndpoints, folder);

    expect(first.endpoints.map((e) => [e.partnerCode, e.url])).toEqual([
      ['110', 'http://127.0.0.1:4110/transfers'],
      ['12345', 'http://127.0.0.1:4345/transfers'],
    ]);
    const secrets = first.endpoints.map((e) => e.secret);
    expect(secrets).toEqual([expect.stringMatching(/^[\w-]{43}$/), expect.stringMatching(/^[\w-]{43}$/)]);

    const again = await runSeedDemoPartners(withEndpoints, folder);
    expect(again.endpoints).toEqual([]);
    expect(await database.query('SELECT partner_code, url, signing_secret FROM partner_endpoints ORDER BY url')).toEqual([
      { partner_code: '110', url: 'http://127.0.0.1:4110/transfers', signing_secret: secrets[0] },
      { partner_code: '12345', url: 'http://127.0.0.1:4345/transfers', signing_secret: secrets[1] },
    ]);
  });

  it.each([
    ['not JSON', 'http://127.0.0.1:4110', /JSON object/],
    ['an unknown partner', '{"119": "http://127.0.0.1:4119/transfers"}', /119 is not a partner hotline/],
    ['a bad URL', '{"110": "ftp://127.0.0.1/transfers"}', /110: url must use http or https/],
  ])('refuses DEMO_PARTNER_ENDPOINTS with %s before changing anything', async (_, text, message) => {
    await expect(runSeedDemoPartners({ ...env, DEMO_PARTNER_ENDPOINTS: text }, folder)).rejects.toThrow(message);
    expect(await database.query('SELECT partner_code FROM partner_endpoints ORDER BY partner_code')).toEqual([{ partner_code: '110' }, { partner_code: '12345' }]);
  });

  it('has migrations that match the entities', async () => {
    await withDatabase(async (dataSource) => expect(await pendingSchemaChanges(dataSource)).toEqual([]));
  });
});
