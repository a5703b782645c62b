import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks (https://www.standardwebhooks.com), both ways: the partner signs its requests
 * with its partner key, and the platform signs its webhooks with the partner's delivery secrets.
 * `webhook-signature` is `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`
 * keyed with the secret; several may be sent, separated by spaces.
 */

/** The headers that sign one request to the platform; `body` is exactly what is sent ('' for a GET). */
export function signedRequestHeaders(keyId: string, keySecret: string, body: string, now: Date, messageId: string = newMessageId()): Record<string, string> {
  return {
    'x-partner-key-id': keyId,
    'webhook-id': messageId,
    'webhook-timestamp': String(unixSeconds(now)),
    'webhook-signature': new Webhook(keySecret).sign(messageId, now, body),
  };
}

/** A fresh webhook-id: the platform refuses one it has seen from this partner. */
export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll('-', '')}`;
}

export type WebhookRefusal = 'missing-header' | 'malformed-header' | 'stale' | 'from-the-future' | 'invalid-signature';

export type WebhookVerdict =
  | { ok: true; messageId: string; signedAt: Date }
  | { ok: false; reason: WebhookRefusal; header: string; description: string };

export interface VerificationPolicy {
  now: Date;
  /** How far webhook-timestamp may be from `now`, either way, in seconds. */
  toleranceSeconds: number;
}

type Headers = Record<string, string | string[] | undefined>;

const SIGNATURE = /^v1,[A-Za-z0-9+/]+={0,2}$/;
const TIMESTAMP = /^\d{1,12}$/;

/**
 * Whether a webhook comes from the platform: a `v1` signature made with one of `secrets` over
 * this exact body, and a timestamp inside the tolerance window (a captured webhook goes stale).
 * A repeated webhook-id is not refused here: the platform retries with the same id, so a repeat
 * is answered 2xx and dropped by the caller (see {@link SeenMessageIds}).
 */
export function verifyWebhook(headers: Headers, body: string | Uint8Array, secrets: readonly string[], policy: VerificationPolicy): WebhookVerdict {
  const messageId = single(headers['webhook-id']);
  const timestamp = single(headers['webhook-timestamp']);
  const signature = single(headers['webhook-signature']);
  for (const [name, value] of [['webhook-id', messageId], ['webhook-timestamp', timestamp], ['webhook-signature', signature]] as const) {
    if (!value) return { ok: false, reason: 'missing-header', header: name, description: `缺少 ${name} 请求头 / the ${name} header is missing` };
  }
  if (!TIMESTAMP.test(timestamp!)) {
    return { ok: false, reason: 'malformed-header', header: 'webhook-timestamp', description: 'webhook-timestamp 不是 Unix 秒 / is not unix seconds' };
  }
  const signedAt = new Date(Number(timestamp) * 1000);
  const skew = (policy.now.getTime() - signedAt.getTime()) / 1000;
  if (skew > policy.toleranceSeconds) {
    return {
      ok: false,
      reason: 'stale',
      header: 'webhook-timestamp',
      description: `推送已过期：签名于 ${Math.floor(skew)} 秒前，超过 ${policy.toleranceSeconds} 秒 / signed ${Math.floor(skew)} s ago, over the ${policy.toleranceSeconds} s tolerance`,
    };
  }
  if (-skew > policy.toleranceSeconds) {
    return {
      ok: false,
      reason: 'from-the-future',
      header: 'webhook-timestamp',
      description: `推送时间戳超前 ${Math.ceil(-skew)} 秒，超过 ${policy.toleranceSeconds} 秒 / signed ${Math.ceil(-skew)} s in the future`,
    };
  }
  const presented = signature!.trim().split(/ +/).filter((candidate) => SIGNATURE.test(candidate));
  const matches = secrets.some((secret) => {
    const expected = Buffer.from(new Webhook(secret).sign(messageId!, signedAt, body), 'utf8');
    return presented.some((candidate) => {
      const given = Buffer.from(candidate, 'utf8');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  });
  if (!matches) {
    return {
      ok: false,
      reason: 'invalid-signature',
      header: 'webhook-signature',
      description: '签名无效：没有一个签名能用本方推送密钥验证 / no signature verifies with our delivery secrets',
    };
  }
  return { ok: true, messageId: messageId!, signedAt };
}

/**
 * The webhook-ids already handled, so a repeat (a retry after our answer was lost) is answered
 * but not acted on twice. Kept in memory and bounded: enough for a simulator. A real partner
 * keeps them durably for as long as the platform may retry (days), since a retry carries a new
 * timestamp and passes the tolerance check.
 */
export class SeenMessageIds {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time an id is offered, false for every repeat. */
  firstTime(messageId: string): boolean {
    if (this.seen.has(messageId)) return false;
    this.seen.add(messageId);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value!);
    return true;
  }
}

export function unixSeconds(instant: Date): number {
  return Math.floor(instant.getTime() / 1000);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
