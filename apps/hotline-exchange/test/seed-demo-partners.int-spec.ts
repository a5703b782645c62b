import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARTNER_HOTLINES } from '@legal-hotline/contracts';
import { createTestDatabase, pendingSchemaChanges, signedPartnerHeaders, testInfrastructure, type TestDatabase } from '@legal-hotline/testing';
import { exchangeSecretCipher, openHotlineExchangeDatabase } from '../src/cli/hotline-exchange-data-source.js';
import { runSeedDemoPartners } from '../src/cli/seed-demo-partners.js';
import { AddDeliverySecretHandler } from '../src/partner-transfers/add-delivery-secret.handler.js';
import { activeDeliverySecrets } from '../src/partner-transfers/delivery-secrets.queries.js';
import { RevokeDeliverySecretHandler } from '../src/partner-transfers/revoke-delivery-secret.handler.js';
import { AuthenticatePartnerHandler } from '../src/partners/authenticate-partner.handler.js';
import { IssuePartnerKeyHandler } from '../src/partners/issue-partner-key.handler.js';
import { RevokePartnerKeyHandler } from '../src/partners/revoke-partner-key.handler.js';
import { SecretCipher } from '../src/signing/domain/secret-cipher.js';

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
    env = {
      DATABASE_URL: database.url,
      OIDC_ISSUER: testInfrastructure().oidc.issuer,
      EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'),
      DEMO_PARTNER_KEYS_FILE: 'keys/demo-partner-keys.json',
    };
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
    for (const code of PARTNER_HOTLINES) expect(sut.keys[code]).toEqual({ keyId: expect.stringMatching(/^[\w-]{12}$/), secret: expect.stringMatching(/^whsec_/) });
    await withDatabase(async (dataSource) => {
      const settings = { toleranceSeconds: 300, throttle: { limit: 10, windowSeconds: 300 } };
      const authenticate = new AuthenticatePartnerHandler(dataSource, exchangeSecretCipher(env), settings);
      for (const code of PARTNER_HOTLINES) {
        expect(await authenticate.execute(signedPartnerHeaders(sut.keys[code]), new Uint8Array(0))).toMatchObject({ code, keyId: sut.keys[code].keyId });
      }
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
    const keys = JSON.parse(await readFile(file, 'utf8')) as Record<string, { keyId: string; secret: string }>;
    await withDatabase((dataSource) => new RevokePartnerKeyHandler(dataSource).execute({ keyId: keys['110']!.keyId, revokedBy: null }));
    const wrongSecret = { ...keys['12368']!, secret: `whsec_${randomBytes(32).toString('base64')}` };
    await writeFile(file, JSON.stringify({ ...keys, '12355': 'garbage', '12368': wrongSecret }));

    const sut = await runSeedDemoPartners(env, folder);

    expect(sut.issued.sort()).toEqual(['110', '12355', '12368']);
    expect(sut.keys['12345']).toEqual(keys['12345']);
    expect(sut.keys['110']).not.toEqual(keys['110']);
  });

  it('makes room when a partner already holds the two active keys allowed, revoking its oldest', async () => {
    const file = join(folder, 'keys/demo-partner-keys.json');
    const keys = JSON.parse(await readFile(file, 'utf8')) as Record<string, { keyId: string; secret: string }>;
    await withDatabase((dataSource) => new IssuePartnerKeyHandler(dataSource, exchangeSecretCipher(env)).execute({ partnerCode: '12345', issuedBy: null }));
    await writeFile(file, JSON.stringify({ ...keys, '12345': 'lost' }));

    const sut = await runSeedDemoPartners(env, folder);

    expect(sut.issued).toEqual(['12345']);
    const active = await database.query<{ key_id: string }>('SELECT key_id FROM partner_api_keys WHERE partner_code = $1 AND revoked_at IS NULL', ['12345']);
    expect(active).toHaveLength(2);
    expect(active.map((k) => k.key_id)).toContain(sut.keys['12345'].keyId);
    expect(active.map((k) => k.key_id)).not.toContain(keys['12345']!.keyId);
  });

  it('fails loudly when EXCHANGE_SECRETS_KEY is not the one the secrets were sealed with', async () => {
    await expect(runSeedDemoPartners({ ...env, EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex') }, folder)).rejects.toThrow(/EXCHANGE_SECRETS_KEY changed/);
    expect(() => SecretCipher.fromHex('short')).toThrow();
  });

  it('refuses to run without a valid EXCHANGE_SECRETS_KEY, naming it but not its value', async () => {
    await expect(runSeedDemoPartners({ ...env, EXCHANGE_SECRETS_KEY: 'not-hex-at-all' }, folder)).rejects.toThrow(/EXCHANGE_SECRETS_KEY: invalid value \(value hidden\)/);
    await expect(runSeedDemoPartners({ ...env, EXCHANGE_SECRETS_KEY: undefined }, folder)).rejects.toThrow(/EXCHANGE_SECRETS_KEY: missing/);
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
    const secrets = first.endpoints.map((e) => e.signingSecret?.secret);
    expect(secrets).toEqual([expect.stringMatching(/^whsec_/), expect.stringMatching(/^whsec_/)]);

    const again = await runSeedDemoPartners(withEndpoints, folder);
    expect(again.endpoints).toEqual([]);
    expect(await database.query('SELECT partner_code, url FROM partner_endpoints ORDER BY url')).toEqual([
      { partner_code: '110', url: 'http://127.0.0.1:4110/transfers' },
      { partner_code: '12345', url: 'http://127.0.0.1:4345/transfers' },
    ]);
    expect(await database.query('SELECT partner_code FROM partner_delivery_secrets WHERE revoked_at IS NULL ORDER BY partner_code')).toEqual([
      { partner_code: '110' },
      { partner_code: '12345' },
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

  describe('with the partner simulators (DEMO_PARTNER_SIMULATORS=1)', () => {
    const file = () => join(folder, 'keys/demo-partner-keys.json');
    const readKeys = async () => JSON.parse(await readFile(file(), 'utf8')) as Record<string, Record<string, string>>;
    const activeSecretsOf = (code: '110' | '12345' | '12355' | '12368') =>
      withDatabase((dataSource) => activeDeliverySecrets(dataSource.manager, exchangeSecretCipher(env), code));
    const simulators = () => ({ ...env, DEMO_PARTNER_SIMULATORS: '1' });

    it("registers each partner's simulator as its endpoint and writes endpoint and delivery secret beside its key", async () => {
      const before = await readKeys();
      const sut = await runSeedDemoPartners(simulators(), folder);

      expect(sut.issued).toEqual([]);
      expect(sut.endpoints.map((e) => [e.partnerCode, e.url])).toEqual([
        ['110', 'http://127.0.0.1:18110/webhooks'],
        ['12345', 'http://127.0.0.1:18145/webhooks'],
        ['12355', 'http://127.0.0.1:18155/webhooks'],
        ['12368', 'http://127.0.0.1:18168/webhooks'],
      ]);
      const keys = await readKeys();
      expect(keys).toEqual(sut.keys);
      for (const code of PARTNER_HOTLINES) {
        // The old fields stay as they were: readers of the first format keep working.
        expect(keys[code]).toEqual({
          keyId: before[code]!.keyId,
          secret: before[code]!.secret,
          endpoint: `http://127.0.0.1:${{ '110': 18110, '12345': 18145, '12355': 18155, '12368': 18168 }[code]}/webhooks`,
          deliverySecret: expect.stringMatching(/^whsec_/),
          deliverySecretId: expect.stringMatching(/^[\w-]{12}$/),
        });
        expect(await activeSecretsOf(code)).toContain(keys[code]!.deliverySecret);
      }
      // 110 and 12345 had a delivery secret from DEMO_PARTNER_ENDPOINTS: it is kept, not doubled.
      expect(await activeSecretsOf('110')).toHaveLength(1);
      expect((await stat(file())).mode & 0o777).toBe(0o600);
    });

    it('changes nothing when run again: same endpoints, same secrets, same file', async () => {
      const before = await readFile(file(), 'utf8');
      const sut = await runSeedDemoPartners(simulators(), folder);

      expect(sut.endpoints).toEqual([]);
      expect(await readFile(file(), 'utf8')).toBe(before);
      expect(await database.query('SELECT secret_id FROM partner_delivery_secrets WHERE revoked_at IS NULL')).toHaveLength(PARTNER_HOTLINES.length);
    });

    it('keeps the delivery fields when run without the simulators', async () => {
      const before = await readFile(file(), 'utf8');
      await runSeedDemoPartners(env, folder);
      expect(await readFile(file(), 'utf8')).toBe(before);
    });

    it('replaces only a delivery secret that no longer works, making room when two are active', async () => {
      const keys = await readKeys();
      await withDatabase(async (dataSource) => {
        await new RevokeDeliverySecretHandler(dataSource).execute({ partnerCode: '110', secretId: keys['110']!.deliverySecretId!, revokedBy: null });
        await new AddDeliverySecretHandler(dataSource, exchangeSecretCipher(env)).execute({ partnerCode: '12345', addedBy: null });
      });
      await writeFile(file(), JSON.stringify({ ...keys, '12345': { ...keys['12345'], deliverySecret: 'lost' } }));

      const sut = await runSeedDemoPartners(simulators(), folder);

      expect(sut.keys['110'].deliverySecret).not.toBe(keys['110']!.deliverySecret);
      expect(await activeSecretsOf('110')).toEqual([sut.keys['110'].deliverySecret]);
      const government = await activeSecretsOf('12345');
      expect(government).toHaveLength(2);
      expect(government).toContain(sut.keys['12345'].deliverySecret);
      expect(government).not.toContain(keys['12345']!.deliverySecret);
      expect(sut.keys['12355']).toEqual(keys['12355']);
      expect(sut.keys['110'].keyId).toBe(keys['110']!.keyId);
    });

    it('refuses DEMO_PARTNER_SIMULATORS other than 1 or 0 before changing anything', async () => {
      const before = await readFile(file(), 'utf8');
      await expect(runSeedDemoPartners({ ...env, DEMO_PARTNER_SIMULATORS: 'yes' }, folder)).rejects.toThrow(/DEMO_PARTNER_SIMULATORS must be 1/);
      expect(await readFile(file(), 'utf8')).toBe(before);
    });

    it('lets DEMO_PARTNER_ENDPOINTS point one partner elsewhere while the others use their simulators', async () => {
      const sut = await runSeedDemoPartners({ ...simulators(), DEMO_PARTNER_ENDPOINTS: JSON.stringify({ '12368': 'https://court.example.cn/12348/webhooks' }) }, folder);

      expect(sut.endpoints.map((e) => [e.partnerCode, e.url])).toEqual([['12368', 'https://court.example.cn/12348/webhooks']]);
      expect(sut.keys['12368'].endpoint).toBe('https://court.example.cn/12348/webhooks');
      expect(sut.keys['110'].endpoint).toBe('http://127.0.0.1:18110/webhooks');
    });
  });

  it('has migrations that match the entities', async () => {
    await withDatabase(async (dataSource) => expect(await pendingSchemaChanges(dataSource)).toEqual([]));
  });
});
