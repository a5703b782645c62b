import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SeenMessageIds, verifyWebhook, type WebhookVerdict } from './signing.js';

/** Where the platform POSTs; the demo seed registers http://127.0.0.1:<port>/webhooks. */
export const WEBHOOK_PATH = '/webhooks';
/** Larger than any webhook the platform sends (a transfer's summary is at most 4000 characters). */
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ReceivedWebhook {
  messageId: string;
  /** The JSON body. */
  payload: unknown;
}

export interface WebhookReceiverSettings {
  host: string;
  port: number;
  /** Delivery secrets: a webhook signed with any of them is the platform's. */
  secrets: readonly string[];
  toleranceSeconds: number;
  clock?: () => Date;
  /**
   * Called once per webhook-id, after verification and before the answer is sent; what it
   * returns is added to the 2xx answer (e.g. the partner's reference for a transfer). The work a
   * webhook starts must not hold up the answer: the 2xx is only the technical receipt.
   */
  onWebhook: (webhook: ReceivedWebhook) => Record<string, unknown> | void;
  /** A verified webhook that was already handled, answered 2xx and dropped. */
  onRepeat?: (messageId: string) => void;
  /** A request refused: bad or missing signature, stale timestamp, not JSON. */
  onRefused?: (verdict: Extract<WebhookVerdict, { ok: false }> | { reason: 'not-json'; description: string }) => void;
}

/**
 * The partner's webhook endpoint: verifies every request (Standard Webhooks with the delivery
 * secrets, inside the tolerance window), answers 2xx to the platform's webhooks at once, and
 * drops a repeated webhook-id (a retry) after answering it again.
 */
export class WebhookReceiver {
  private server: Server | undefined;
  private readonly seen = new SeenMessageIds();

  constructor(private readonly settings: WebhookReceiverSettings) {}

  /** Listens; resolves with the endpoint URL. */
  async start(): Promise<string> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => answer(response, 500, { error: 'internal', description: (error as Error).message }));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.settings.port, this.settings.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    return `http://${this.settings.host.includes(':') ? `[${this.settings.host}]` : this.settings.host}:${port}${WEBHOOK_PATH}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0];
    if (path !== WEBHOOK_PATH) return answer(response, 404, { error: 'not-found', description: `webhooks are received at ${WEBHOOK_PATH}` });
    if (request.method !== 'POST') return answer(response, 405, { error: 'method-not-allowed', description: 'POST only' }, { allow: 'POST' });
    const body = await readBody(request);
    if (body === null) return answer(response, 413, { error: 'too-large', description: `at most ${BODY_LIMIT_BYTES} bytes` });

    const verdict = verifyWebhook(request.headers, body, this.settings.secrets, {
      now: (this.settings.clock ?? (() => new Date()))(),
      toleranceSeconds: this.settings.toleranceSeconds,
    });
    if (!verdict.ok) {
      this.settings.onRefused?.(verdict);
      return answer(response, 401, { error: verdict.reason, header: verdict.header, description: verdict.description });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      const description = 'the body is not JSON';
      this.settings.onRefused?.({ reason: 'not-json', description });
      return answer(response, 400, { error: 'not-json', description });
    }
    if (!this.seen.firstTime(verdict.messageId)) {
      this.settings.onRepeat?.(verdict.messageId);
      return answer(response, 200, { received: true, duplicate: true });
    }
    const extra = this.settings.onWebhook({ messageId: verdict.messageId, payload }) ?? {};
    return answer(response, 200, { received: true, ...extra });
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function answer(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
