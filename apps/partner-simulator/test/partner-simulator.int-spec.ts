import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEvent, TOPICS, type EventData, type EventType, type PlatformEvent } from '@legal-hotline/contracts';
import { createTestDatabase, eventually, KafkaProbe, testInfrastructure, type TestDatabase } from '@legal-hotline/testing';
import { parseArguments, type SimulatorOptions } from '../src/arguments.js';
import { credentialsOf } from '../src/credentials.js';
import { PlatformClient } from '../src/platform-client.js';
import { startSimulator, type RunningSimulator } from '../src/simulator.js';

/**
 * The simulator, in this process, against the hotline exchange as it runs in production: a
 * separate process from its build output, with a database of its own and the real broker. The
 * exchange is reached over HTTP only, as a partner reaches it; intake's side (opening and closing
 * the ticket, requesting a transfer) is played by publishing intake's events.
 */
const root = join(import.meta.dirname, '../../..');
const EXCHANGE_MAIN = join(root, 'apps/hotline-exchange/dist/main.js');
const SEED = join(root, 'apps/hotline-exchange/dist/cli/seed-demo-partners.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} exited with ${code}: ${output}`))));
  });
}

function golden<T extends EventType>(type: T): { data: EventData<T> } {
  return JSON.parse(readFileSync(join(root, `libs/contracts/src/golden/${type}.json`), 'utf8')) as { data: EventData<T> };
}

/** An event as intake would publish it. */
function intakeEvent<T extends EventType>(type: T, subject: string, data: EventData<T>): PlatformEvent {
  return createEvent({ id: randomUUID(), type, source: 'intake', subject, occurredAt: new Date(), correlationId: randomUUID(), causationId: null, data }) as PlatformEvent;
}

describe('the partner simulator against a running exchange', () => {
  let database: TestDatabase;
  let folder: string;
  let exchange: ChildProcess | undefined;
  let exchangeUrl: string;
  let exchangeLog = '';
  let probe: KafkaProbe;
  let options: SimulatorOptions;
  let simulator: RunningSimulator | undefined;
  const lines: string[] = [];

  const keysFile = () => join(folder, 'demo-partner-keys.json');
  const partnerClient = () => {
    const credentials = credentialsOf(options, readFileSync(keysFile(), 'utf8'));
    return new PlatformClient(options.platform, credentials);
  };

  beforeAll(async () => {
    if (!existsSync(EXCHANGE_MAIN) || !existsSync(SEED)) {
      throw new Error('build the hotline exchange first: npx nx run-many -t build --projects=@legal-hotline/hotline-exchange');
    }
    database = await createTestDatabase('partner_simulator');
    folder = await mkdtemp(join(tmpdir(), 'partner-simulator-'));
    const port = await freePort();
    const simulatorPort = await freePort();
    exchangeUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testInfrastructure().kafkaBrokers,
      OIDC_ISSUER: testInfrastructure().oidc.issuer,
      KAFKA_NAMESPACE: process.env.KAFKA_NAMESPACE ?? '',
      LOG_LEVEL: 'warn',
      OUTBOX_IDLE_POLL_MS: '100',
      EXCHANGE_SECRETS_KEY: randomBytes(32).toString('hex'),
      DELIVERY_POLL_MS: '100',
      DELIVERY_BACKOFF_BASE_MS: '200',
      DELIVERY_BACKOFF_MAX_MS: '1000',
      NODE_OPTIONS: '',
      DEMO_PARTNER_KEYS_FILE: join(folder, 'demo-partner-keys.json'),
      DEMO_PARTNER_ENDPOINTS: JSON.stringify({ '110': `http://127.0.0.1:${simulatorPort}/webhooks` }),
    };
    // The seed migrates the database, issues the keys and registers 110's endpoint with its delivery secret.
    await run(SEED, env);
    exchange = spawn(process.execPath, [EXCHANGE_MAIN], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    exchange.stdout!.on('data', (chunk: Buffer) => (exchangeLog += chunk.toString()));
    exchange.stderr!.on('data', (chunk: Buffer) => (exchangeLog += chunk.toString()));
    await eventually(async () => {
      if (exchange!.exitCode !== null) throw new Error(`the exchange exited with ${exchange!.exitCode}: ${exchangeLog}`);
      expect((await fetch(`${exchangeUrl}/health`)).status).toBe(200);
    }, 60_000, 250);
    probe = await KafkaProbe.start();

    const parsed = parseArguments(['110', '--platform', exchangeUrl, '--keys-file', keysFile(), '--pace', '0']);
    if (parsed.kind !== 'run') throw new Error('expected options');
    options = parsed.options;
  }, 120_000);

  afterAll(async () => {
    await simulator?.stop();
    await probe?.stop();
    if (exchange && exchange.exitCode === null) {
      const exited = new Promise((resolve) => exchange!.once('exit', resolve));
      exchange.kill('SIGTERM');
      await exited;
    }
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  }, 60_000);

  it('serves the partner document it was built with, equal to the committed copy partners receive', async () => {
    const served = await (await fetch(`${exchangeUrl}/partner-docs-json`)).json();
    const committed = JSON.parse(await readFile(join(root, 'docs/partner-kit/partner-api.openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
    expect(await (await fetch(`${exchangeUrl}/api/partner-docs-json`)).json()).toEqual(committed);
  });

  it('receives a transfer signed with the seeded delivery secret, accepts it, reports progress and the result', async () => {
    simulator = await startSimulator(options, credentialsOf(options, await readFile(keysFile(), 'utf8')), { log: (line) => lines.push(line) });
    const requested = golden('partner-transfer.requested.v1').data;
    const transferId = randomUUID();
    await probe.publishEvent(TOPICS.partnerTransfers, intakeEvent('partner-transfer.requested.v1', transferId, { ...requested, transferId, ticketId: randomUUID() }));

    const view = await eventually(async () => {
      const transfer = await partnerClient().transfer(transferId);
      expect(transfer.receipt).toBe('completed');
      return transfer;
    }, 60_000, 250);
    expect(view).toMatchObject({ partnerReference: expect.stringMatching(/^110-JQ-/), result: { outcome: 'handled' } });
    for (const type of ['partner-transfer.accepted.v1', 'partner-transfer.progress-reported.v1', 'partner-transfer.result-reported.v1']) {
      await probe.waitForEvent((event) => event.type === type && (event.data as { transferId: string }).transferId === transferId, 30_000);
    }
    const steps = lines.filter((line) => line.includes(transferId)).map((line) => /\[110\] (收到转办|已受理转办|已报告转办 \S+ 的(?:进展|办理结果))/.exec(line)?.[1]?.replace(transferId, '…'));
    expect(steps).toEqual(['收到转办', '已受理转办', '已报告转办 … 的进展', '已报告转办 … 的办理结果']);
    await simulator.stop();
    simulator = undefined;
  }, 90_000);

  it('forwards its demo case and follows the pushed changes until the platform closes it', async () => {
    const forwarding = parseArguments(['110', '--platform', exchangeUrl, '--keys-file', keysFile(), '--pace', '0', '--forward', '--until-closed', '--reference', `110-FS-IT-${randomUUID().slice(0, 8)}`]);
    if (forwarding.kind !== 'run') throw new Error('expected options');
    lines.length = 0;
    simulator = await startSimulator(forwarding.options, credentialsOf(forwarding.options, await readFile(keysFile(), 'utf8')), { log: (line) => lines.push(line) });
    const ticketId = simulator.forwarded!.ticketId;
    const received = await probe.waitForEvent((event) => event.type === 'partner-case.received.v1' && event.subject === ticketId, 30_000);
    expect((received.data as { caller: { name: string } }).caller.name).toBe('黄志强');

    // Intake opens the ticket, and later closes it.
    const opened = golden('ticket.opened.v1').data;
    await probe.publishEvent(
      TOPICS.tickets,
      intakeEvent('ticket.opened.v1', ticketId, {
        ...opened,
        ticketId,
        ticketNumber: '12348-20261124-000901',
        channel: 'partner',
        firstContact: { platform: '110', organisation: '110报警服务台', agent: null, receivedAt: new Date().toISOString() },
        openedAt: new Date().toISOString(),
      }),
    );
    await eventually(() => expect(lines.join('\n')).toContain('12348-20261124-000901'), 30_000, 100);
    const closed = golden('ticket.closed.v1').data;
    await probe.publishEvent(TOPICS.tickets, intakeEvent('ticket.closed.v1', ticketId, { ...closed, ticketId, closedAt: new Date().toISOString() }));

    await simulator.finished;
    const changes = lines.filter((line) => line.includes('次状态变更 [推送]'));
    expect(changes.length).toBeGreaterThanOrEqual(3);
    expect(changes.at(-1)).toMatch(/已办结（closed）/);
    expect(lines.at(-1)).toMatch(/案件 12348-20261124-000901 已办结/);

    // The feed holds the same changes, each once.
    const feed = await partnerClient().feed(null, 500);
    const ofCase = feed.changes.filter((change) => change.ticketId === ticketId);
    expect(ofCase.map((change) => change.sequence)).toEqual(ofCase.map((_, index) => index + 1));
    expect(ofCase.length).toBe(changes.length);
  }, 90_000);
});
