import { parseArgs } from 'node:util';

/** The partner hotlines the 12348 platform exchanges cases with. */
export const PARTNER_CODES = ['110', '12345', '12355', '12368'] as const;
export type PartnerCode = (typeof PARTNER_CODES)[number];

/**
 * Where each simulator listens unless told otherwise. The exchange's demo seed registers
 * `http://127.0.0.1:<port>/webhooks` with the same ports (DEMO_PARTNER_SIMULATORS=1), so a
 * simulator started without flags receives what the demo platform sends its partner.
 */
export const DEFAULT_PORTS: Record<PartnerCode, number> = { '110': 18110, '12345': 18145, '12355': 18155, '12368': 18168 };

/** What the simulator does with a transfer it receives: accept it and report, refuse it, or say nothing. */
export const POLICIES = ['accept', 'reject', 'silent'] as const;
export type Policy = (typeof POLICIES)[number];

/** The coded reasons a partner may refuse a transfer with (the exchange's vocabulary). */
export const REJECTION_REASONS = ['not-our-matter', 'outside-our-area', 'insufficient-information', 'duplicate', 'caller-unreachable'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** The exchange through the console's origin (nginx passes /api/hotline-exchange/ to the exchange's /api/). */
export const DEFAULT_PLATFORM_URL = 'http://127.0.0.1:8080/api/hotline-exchange';
export const DEFAULT_KEYS_FILE = '.local/demo-partner-keys.json';
/** The exchange accepts partner requests signed within 300 s of its clock; partners check its webhooks the same way. */
export const DEFAULT_TOLERANCE_SECONDS = 300;
export const DEFAULT_PACE_MS = 1000;
export const DEFAULT_PULL_EVERY_MS = 2000;

export interface SimulatorOptions {
  partner: PartnerCode;
  /** Listening port; null: the port of the endpoint in the keys file, else {@link DEFAULT_PORTS}. */
  port: number | null;
  host: string;
  /** Base of the exchange's API, without a trailing slash: partner routes are `${platform}/v1/partner/...`. */
  platform: string;
  policy: Policy;
  rejectReason: RejectionReason;
  /** Pause before each answer to a transfer, in milliseconds, so the steps can be watched. */
  paceMs: number;
  forward: boolean;
  /** partnerReference of the forwarded case; null: a new one per run. */
  reference: string | null;
  /** The 12348 platform the partner asks to answer the caller (`responsiblePlatform`), e.g. 12348-gd. */
  responsiblePlatform: string | null;
  untilClosed: boolean;
  /** Also read the cursor feed, every `pullEveryMs`. */
  pull: boolean;
  pullEveryMs: number;
  /** Give up (exit non-zero) when the forwarded case is not closed within this many seconds; null: wait. */
  timeoutSeconds: number | null;
  toleranceSeconds: number;
  keysFile: string;
  keyId: string | null;
  keySecret: string | null;
  /** Delivery secrets to verify webhooks with; any one of them may sign (a secret being replaced). */
  webhookSecrets: string[];
}

export type ParsedArguments = { kind: 'help' } | { kind: 'run'; options: SimulatorOptions };

/** A command line that cannot be run; the message says which argument and why. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `用法 / usage:  npm run partner -- <110|12345|12355|12368> [选项 options]

模拟一条合作热线（110、12345、12355、12368）与 12348 平台对接：接收并验签平台推送（转办、案件状态变更），
按策略受理/退回转办并报告进展和结果；可转来一件演示案件并跟踪到办结。
Plays a partner hotline against a running 12348 platform: receives and verifies its webhooks, answers
transfers by policy, and can forward a demo case and follow it until it is closed.

  --policy accept|reject|silent   收到转办时：受理并报告进展和结果 / 退回 / 不答复（默认 accept）
  --reject-reason <reason>        退回原因（默认 not-our-matter）: ${REJECTION_REASONS.join(', ')}
  --pace <ms>                     每一步之前的停顿，毫秒（默认 ${DEFAULT_PACE_MS}）
  --forward                       转来一件演示案件（佛山市南海区桂城街道，欠薪，申请法律援助）
  --reference <ref>               转来案件的 partnerReference（默认每次新生成；相同内容重发得到同一回执）
  --responsible-platform <id>     指定答复来电人并办结的 12348 平台，如 12348-gd（默认：案件所在省的平台）
  --until-closed                  案件办结后退出（退出码 0）；需要 --forward
  --pull                          同时按游标拉取状态变更 feed
  --pull-every <ms>               拉取间隔（默认 ${DEFAULT_PULL_EVERY_MS}）
  --timeout <s>                   --until-closed 最多等待的秒数，超时以非零退出码退出
  --port <n>                      接收推送的端口（默认：密钥文件中登记的地址，否则 110=18110, 12345=18145, 12355=18155, 12368=18168）
  --host <addr>                   监听地址（默认 127.0.0.1）
  --platform <url>                交换平台 API 地址（默认 ${DEFAULT_PLATFORM_URL}；直连：http://127.0.0.1:3005/api）
  --keys-file <file>              演示密钥文件（默认 ${DEFAULT_KEYS_FILE}，由 npm start 生成）
  --key-id <id>                   合作方密钥 id（X-Partner-Key-Id），覆盖密钥文件
  --key-secret <whsec_...>        合作方密钥（签名请求），覆盖密钥文件
  --webhook-secret <whsec_...>    推送签名密钥（验签），可重复给出两把（轮换期间）
  --tolerance <s>                 推送时间戳允许的偏差，秒（默认 ${DEFAULT_TOLERANCE_SECONDS}）
  -h, --help                      显示本说明

环境变量 / environment: PARTNER_PLATFORM_URL, PARTNER_KEY_ID, PARTNER_KEY_SECRET, PARTNER_WEBHOOK_SECRET
（多把以逗号分隔）, DEMO_PARTNER_KEYS_FILE. 命令行参数优先于环境变量，环境变量优先于密钥文件。

示例 / examples:
  npm run partner -- 110
  npm run partner -- 110 --forward --until-closed --pull
  npm run partner -- 12345 --policy reject --reject-reason outside-our-area
  npm run partner -- 110 --platform http://127.0.0.1:3005/api --pace 200
`;

/** Reads the command line (without `node` and the script) and the environment; throws {@link UsageError}. */
export function parseArguments(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ParsedArguments {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };

  if (positionals.length !== 1) {
    throw new UsageError(`name one partner hotline (${PARTNER_CODES.join(', ')})${positionals.length > 1 ? `, not ${positionals.join(' ')}` : ''}`);
  }
  const partner = positionals[0]!;
  if (!isPartnerCode(partner)) throw new UsageError(`${partner} is not a partner hotline; one of ${PARTNER_CODES.join(', ')}`);

  const policy = values.policy ?? 'accept';
  if (!(POLICIES as readonly string[]).includes(policy)) throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, not ${policy}`);
  const rejectReason = values['reject-reason'] ?? 'not-our-matter';
  if (!(REJECTION_REASONS as readonly string[]).includes(rejectReason)) {
    throw new UsageError(`--reject-reason must be one of ${REJECTION_REASONS.join(', ')}, not ${rejectReason}`);
  }
  const forward = values.forward ?? false;
  const untilClosed = values['until-closed'] ?? false;
  if (untilClosed && !forward) throw new UsageError('--until-closed follows the case this run forwards: add --forward');
  const reference = values.reference ?? null;
  if (reference !== null && !/^[\x21-\x7e\u00a0-\uffff]{1,100}$/u.test(reference)) {
    throw new UsageError('--reference must be 1 to 100 visible characters without spaces');
  }
  if ((reference !== null || values['responsible-platform'] !== undefined) && !forward) {
    throw new UsageError('--reference and --responsible-platform describe the forwarded case: add --forward');
  }
  const responsiblePlatform = values['responsible-platform'] ?? null;
  if (responsiblePlatform !== null && !/^12348-[a-z]{2}$/.test(responsiblePlatform)) {
    throw new UsageError(`--responsible-platform must be a 12348 platform id such as 12348-gd, not ${responsiblePlatform}`);
  }
  const timeout = values.timeout === undefined ? null : integer('--timeout', values.timeout, 1, 86_400);
  if (timeout !== null && !untilClosed) throw new UsageError('--timeout limits --until-closed: add it');

  const webhookSecrets = values['webhook-secret'] ?? listOf(env.PARTNER_WEBHOOK_SECRET);
  for (const secret of webhookSecrets) checkSecret('--webhook-secret', secret);
  const keySecret = values['key-secret'] ?? nonEmpty(env.PARTNER_KEY_SECRET);
  if (keySecret !== null) checkSecret('--key-secret', keySecret);

  return {
    kind: 'run',
    options: {
      partner,
      port: values.port === undefined ? null : integer('--port', values.port, 1, 65_535),
      host: values.host ?? '127.0.0.1',
      platform: platformBaseUrl(values.platform ?? nonEmpty(env.PARTNER_PLATFORM_URL) ?? DEFAULT_PLATFORM_URL),
      policy: policy as Policy,
      rejectReason: rejectReason as RejectionReason,
      paceMs: values.pace === undefined ? DEFAULT_PACE_MS : integer('--pace', values.pace, 0, 600_000),
      forward,
      reference,
      responsiblePlatform,
      untilClosed,
      pull: values.pull ?? false,
      pullEveryMs: values['pull-every'] === undefined ? DEFAULT_PULL_EVERY_MS : integer('--pull-every', values['pull-every'], 100, 3_600_000),
      timeoutSeconds: timeout,
      toleranceSeconds: values.tolerance === undefined ? DEFAULT_TOLERANCE_SECONDS : integer('--tolerance', values.tolerance, 1, 3_600),
      keysFile: values['keys-file'] ?? nonEmpty(env.DEMO_PARTNER_KEYS_FILE) ?? DEFAULT_KEYS_FILE,
      keyId: values['key-id'] ?? nonEmpty(env.PARTNER_KEY_ID),
      keySecret,
      webhookSecrets,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      policy: { type: 'string' },
      'reject-reason': { type: 'string' },
      pace: { type: 'string' },
      forward: { type: 'boolean' },
      reference: { type: 'string' },
      'responsible-platform': { type: 'string' },
      'until-closed': { type: 'boolean' },
      pull: { type: 'boolean' },
      'pull-every': { type: 'string' },
      timeout: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      platform: { type: 'string' },
      'keys-file': { type: 'string' },
      'key-id': { type: 'string' },
      'key-secret': { type: 'string' },
      'webhook-secret': { type: 'string', multiple: true },
      tolerance: { type: 'string' },
    },
  });
}

export function isPartnerCode(text: string): text is PartnerCode {
  return (PARTNER_CODES as readonly string[]).includes(text);
}

/**
 * The API base partner routes hang under. A bare origin (the exchange itself, e.g.
 * http://127.0.0.1:3005) gets `/api`, where the exchange serves them; a path (the gateway's
 * /api/hotline-exchange) is kept as given.
 */
export function platformBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--platform must be an http or https URL, not ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--platform must use http or https, not ${url.protocol}`);
  if (url.search !== '' || url.hash !== '') throw new UsageError('--platform must not have a query or fragment');
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path === '' ? '/api' : path}`;
}

function integer(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${name} must be a whole number, not ${text}`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`${name} must be between ${min} and ${max}, not ${value}`);
  return value;
}

/** A Standard Webhooks secret: `whsec_` and base64. */
function checkSecret(name: string, secret: string): void {
  if (!/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret)) throw new UsageError(`${name} must be a Standard Webhooks secret (whsec_ followed by base64)`);
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
