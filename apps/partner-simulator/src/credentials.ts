import { DEFAULT_PORTS, type SimulatorOptions } from './arguments.js';

/**
 * What a partner needs on its side of the exchange: its partner key (to sign requests) and the
 * delivery secrets the platform signs its webhooks with (to verify them).
 */
export interface PartnerCredentials {
  /** Sent as X-Partner-Key-Id. */
  keyId: string;
  /** `whsec_...`: signs every request to the platform. */
  keySecret: string;
  /** `whsec_...`: any one of them verifies a webhook (two while a secret is being replaced). */
  webhookSecrets: string[];
  /** The URL the platform delivers to, as registered; null when not known here. */
  endpoint: string | null;
}

/** A credential that is missing: the message says where it could come from. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

/**
 * One partner's entry of the demo keys file that seed-demo-partners writes (`keyId` and `secret`
 * since the first version; `deliverySecret` and `endpoint` when the demo registered an endpoint).
 */
interface KeysFileEntry {
  keyId?: unknown;
  secret?: unknown;
  deliverySecret?: unknown;
  endpoint?: unknown;
}

/**
 * The partner's credentials: command-line flags and environment first (already merged into
 * `options`), the keys file's entry for anything they leave out. `keysFileText` is null when
 * the file does not exist.
 */
export function credentialsOf(options: SimulatorOptions, keysFileText: string | null): PartnerCredentials {
  const entry = entryOf(options, keysFileText);
  const keyId = options.keyId ?? stringOr(entry.keyId);
  const keySecret = options.keySecret ?? stringOr(entry.secret);
  const fileSecret = stringOr(entry.deliverySecret);
  const webhookSecrets = options.webhookSecrets.length > 0 ? options.webhookSecrets : fileSecret === null ? [] : [fileSecret];
  const where =
    `run npm start (it writes ${options.keysFile}), or pass --key-id, --key-secret and --webhook-secret ` +
    '(or PARTNER_KEY_ID, PARTNER_KEY_SECRET, PARTNER_WEBHOOK_SECRET)';
  if (keyId === null || keySecret === null) {
    throw new CredentialsError(`缺少 ${options.partner} 的合作方密钥 / no partner key of ${options.partner}: ${where}`);
  }
  if (webhookSecrets.length === 0) {
    throw new CredentialsError(
      `缺少 ${options.partner} 的推送验签密钥 / no delivery secret of ${options.partner} to verify webhooks with: ${where}; ` +
        'an exchange administrator registers the endpoint and its secret (PUT /api/v1/admin/partners/{code}/endpoint)',
    );
  }
  return { keyId, keySecret, webhookSecrets, endpoint: stringOr(entry.endpoint) };
}

/**
 * The port to listen on: the flag, else the port of the endpoint the platform delivers to (when
 * it is on this machine), else the partner's default.
 */
export function listeningPortOf(options: SimulatorOptions, credentials: PartnerCredentials): number {
  if (options.port !== null) return options.port;
  if (credentials.endpoint !== null) {
    try {
      const url = new URL(credentials.endpoint);
      if (['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && url.port !== '') return Number(url.port);
    } catch {
      // Not a URL: the default port it is.
    }
  }
  return DEFAULT_PORTS[options.partner];
}

function entryOf(options: SimulatorOptions, keysFileText: string | null): KeysFileEntry {
  if (keysFileText === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(keysFileText);
  } catch {
    throw new CredentialsError(`${options.keysFile} is not JSON; run npm start again to rewrite it`);
  }
  const entry = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[options.partner] : undefined;
  return typeof entry === 'object' && entry !== null ? entry : {};
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
