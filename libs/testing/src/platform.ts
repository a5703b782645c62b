import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { eventually } from './eventually.js';
import { testInfrastructure } from './infrastructure.js';
import type { PartnerCredentials } from './partner-signing.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const SERVICE_NAMES = ['intake', 'routing', 'legal-aid', 'mediation', 'hotline-exchange'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const root = join(import.meta.dirname, '../../..');

export interface PlatformOptions {
  /** Kafka namespace of this run; default: the test file's, or a fresh one. */
  namespace?: string;
  /** Log level of the services. */
  logLevel?: string;
  /** Extra settings per service, e.g. short acceptance deadlines for a test. */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
}

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

function runNode(script: string, env: NodeJS.ProcessEnv, log: WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => log.write(chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} exited with ${code}`))));
  });
}

interface ServiceProcess {
  name: ServiceName;
  port: number;
  url: string;
  database: TestDatabase;
  child: ChildProcess | undefined;
  log: WriteStream;
}

/**
 * The whole platform as separate processes, as in production: each service from its build
 * output, with its own fresh database, all on the real broker under one Kafka namespace.
 */
export class Platform {
  /** The demo partners' signing keys, by partner code; sign requests with `signedPartnerHeaders`. */
  readonly partnerKeys: Record<string, PartnerCredentials> = {};
  /** Seals the exchange's partner secrets in this run. */
  private readonly exchangeSecretsKey = randomBytes(32).toString('hex');
  /** Stable for the run, as in production: duplicate detection compares keyed hashes. */
  private readonly callerHashKey = randomBytes(32).toString('hex');

  private constructor(
    private readonly services: Record<ServiceName, ServiceProcess>,
    private readonly namespace: string,
    private readonly logDir: string,
    private readonly logLevel: string,
  ) {}

  private readonly extraEnv: Partial<Record<ServiceName, Record<string, string>>> = {};

  /** Settings a service gets from its next start on (e.g. short deadlines for a test). */
  configure(name: ServiceName, env: Record<string, string>): void {
    this.extraEnv[name] = { ...this.extraEnv[name], ...env };
  }

  /** Where each service's log of this run is written. */
  get logDirectory(): string {
    return this.logDir;
  }

  static async start(options: PlatformOptions = {}): Promise<Platform> {
    const namespace = options.namespace ?? process.env.KAFKA_NAMESPACE ?? `sys-${Date.now().toString(36)}.`;
    const logDir = join(root, '.local/logs/platform-runs', namespace.replace(/\.$/, ''));
    mkdirSync(logDir, { recursive: true });
    const entries = await Promise.all(
      SERVICE_NAMES.map(async (name): Promise<[ServiceName, ServiceProcess]> => {
        const port = await freePort();
        return [
          name,
          {
            name,
            port,
            url: `http://127.0.0.1:${port}`,
            database: await createTestDatabase(`sys_${name}`),
            child: undefined,
            log: createWriteStream(join(logDir, `${name}.log`), { flags: 'a' }),
          },
        ];
      }),
    );
    const platform = new Platform(Object.fromEntries(entries) as Record<ServiceName, ServiceProcess>, namespace, logDir, options.logLevel ?? 'log');
    for (const [name, env] of Object.entries(options.env ?? {})) platform.configure(name as ServiceName, env);
    try {
      await Promise.all(SERVICE_NAMES.map((name) => platform.startService(name)));
      await platform.seed();
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  url(name: ServiceName): string {
    return this.services[name].url;
  }

  database(name: ServiceName): TestDatabase {
    return this.services[name].database;
  }

  private envFor(service: ServiceProcess): NodeJS.ProcessEnv {
    return {
      ...process.env,
      PORT: String(service.port),
      HOST: '127.0.0.1',
      DATABASE_URL: service.database.url,
      KAFKA_BROKERS: testInfrastructure().kafkaBrokers,
      OIDC_ISSUER: testInfrastructure().oidc.issuer,
      KAFKA_NAMESPACE: this.namespace,
      LOG_LEVEL: this.logLevel,
      OUTBOX_IDLE_POLL_MS: '200',
      CALLER_HASH_KEY: this.callerHashKey,
      EXCHANGE_SECRETS_KEY: this.exchangeSecretsKey,
      NODE_OPTIONS: '',
      ...this.extraEnv[service.name],
    };
  }

  async startService(name: ServiceName): Promise<void> {
    const service = this.services[name];
    const child = spawn(process.execPath, [join(root, 'apps', name, 'dist/main.js')], {
      cwd: root,
      env: this.envFor(service),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(service.log, { end: false });
    child.stderr.pipe(service.log, { end: false });
    service.child = child;
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}; see ${this.logDir}/${name}.log`);
      const response = await fetch(`${service.url}/health`);
      if (response.status !== 200) throw new Error(`${name} is not ready: ${response.status}`);
    }, 60_000, 250);
  }

  /** Kills a service the hard way (no shutdown hooks run) and waits until it is gone. */
  async kill(name: ServiceName, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.services[name].child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.services[name].child = undefined;
  }

  private async seed(): Promise<void> {
    const routing = this.services.routing;
    await runNode(join(root, 'apps/routing/dist/cli/seed-directory.js'), this.envFor(routing), routing.log);
    const exchange = this.services['hotline-exchange'];
    const keysFile = join(this.logDir, 'demo-partner-keys.json');
    await runNode(join(root, 'apps/hotline-exchange/dist/cli/seed-demo-partners.js'), { ...this.envFor(exchange), DEMO_PARTNER_KEYS_FILE: keysFile }, exchange.log);
    Object.assign(this.partnerKeys, JSON.parse(readFileSync(keysFile, 'utf8')) as Record<string, PartnerCredentials>);
  }

  async stop(): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((name) => this.kill(name, 'SIGTERM')));
    for (const service of Object.values(this.services)) service.log.end();
    await Promise.all(Object.values(this.services).map((service) => service.database.drop()));
  }
}
