import type { CaseStatusChanged } from './messages.js';
import { signedRequestHeaders } from './signing.js';

/** The platform answered with an error: its status and the first coded error of the body. */
export class PlatformRefusal extends Error {
  override readonly name = 'PlatformRefusal';

  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly code: string | null,
    readonly field: string | null,
    readonly description: string,
  ) {
    super(
      `平台拒绝了请求 / the platform refused ${method} ${path}: ${status}${code ? ` ${code}` : ''}` +
        `${field ? ` (field ${field})` : ''}${description ? ` — ${description}` : ''}`,
    );
  }
}

/** No answer from the platform at all. */
export class PlatformUnreachable extends Error {
  override readonly name = 'PlatformUnreachable';
}

/** The platform's view of a transfer, as much as the simulator reads of it. */
export interface PartnerTransferView {
  transferId: string;
  ticketNumber?: string;
  reason?: 'danger' | 'not-ours';
  receipt?: string;
  [field: string]: unknown;
}

/** A forwarded case as the platform shows it to the partner, as much as the simulator reads of it. */
export interface PartnerCaseView {
  ticketId: string;
  ticketNumber: string | null;
  status: string;
  coarseStatus: 'open' | 'closed';
  [field: string]: unknown;
}

export interface ForwardReceipt {
  ticketId: string;
  partnerReference: string;
  status: string;
  receivedAt: string;
}

export interface CaseFeedPage {
  changes: CaseStatusChanged[];
  nextCursor: string | null;
}

type Fetch = typeof fetch;

/**
 * The partner's side of the exchange's API: every request signed with the partner key (Standard
 * Webhooks, a new webhook-id each time), JSON in and out. `baseUrl` is the API base
 * (http://127.0.0.1:8080/api/hotline-exchange through the gateway, http://127.0.0.1:3005/api directly).
 */
export class PlatformClient {
  constructor(
    private readonly baseUrl: string,
    private readonly credentials: { keyId: string; keySecret: string },
    private readonly fetchImpl: Fetch = fetch,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Forwards a case; a repeat under the same Idempotency-Key answers the first receipt (`replayed`). */
  async forwardCase(body: object, idempotencyKey: string): Promise<{ receipt: ForwardReceipt; replayed: boolean }> {
    const { body: receipt, headers } = await this.send<ForwardReceipt>('POST', '/v1/partner/tickets', body, { 'idempotency-key': idempotencyKey });
    return { receipt, replayed: headers.get('idempotent-replayed') === 'true' };
  }

  async caseOf(ticketId: string): Promise<PartnerCaseView> {
    return (await this.send<PartnerCaseView>('GET', `/v1/partner/tickets/${encodeURIComponent(ticketId)}`)).body;
  }

  /** One page of the feed of status changes after `cursor` (from the beginning when null). */
  async feed(cursor: string | null, limit: number): Promise<CaseFeedPage> {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor === null ? {} : { after: cursor }) });
    return (await this.send<CaseFeedPage>('GET', `/v1/partner/tickets?${query.toString()}`)).body;
  }

  async accept(transferId: string, body: object): Promise<PartnerTransferView> {
    return (await this.send<PartnerTransferView>('POST', `${transferPath(transferId)}/accept`, body)).body;
  }

  async reject(transferId: string, body: object): Promise<PartnerTransferView> {
    return (await this.send<PartnerTransferView>('POST', `${transferPath(transferId)}/reject`, body)).body;
  }

  async reportProgress(transferId: string, body: object): Promise<PartnerTransferView> {
    return (await this.send<PartnerTransferView>('POST', `${transferPath(transferId)}/progress`, body)).body;
  }

  async reportResult(transferId: string, body: object): Promise<PartnerTransferView> {
    return (await this.send<PartnerTransferView>('POST', `${transferPath(transferId)}/result`, body)).body;
  }

  async transfer(transferId: string): Promise<PartnerTransferView> {
    return (await this.send<PartnerTransferView>('GET', transferPath(transferId))).body;
  }

  /** The partner's transfers in one receipt state, e.g. those still awaiting its acceptance. */
  async transfers(receipt: string, limit = 100): Promise<PartnerTransferView[]> {
    const query = new URLSearchParams({ receipt, limit: String(limit) });
    const { body } = await this.send<PartnerTransferView[] | { items: PartnerTransferView[] }>('GET', `/v1/partner/transfers?${query.toString()}`);
    if (Array.isArray(body)) return body;
    if (Array.isArray(body?.items)) return body.items;
    throw new Error('unexpected answer to GET /v1/partner/transfers: neither a list nor { items }');
  }

  private async send<T>(method: 'GET' | 'POST', path: string, body?: object, extraHeaders: Record<string, string> = {}): Promise<{ body: T; headers: Headers }> {
    // Signed over the exact bytes sent: serialise once and send that string.
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers = {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...signedRequestHeaders(this.credentials.keyId, this.credentials.keySecret, text, this.clock()),
      ...extraHeaders,
    };
    const url = `${this.baseUrl}${path}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, { method, headers, ...(body === undefined ? {} : { body: text }), signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      throw new PlatformUnreachable(`无法连接平台 / the platform does not answer at ${url}: ${reasonOf(error)}`);
    }
    const answer = await response.text();
    const parsed = parseJson(answer);
    if (!response.ok) {
      const first = firstError(parsed);
      throw new PlatformRefusal(method, path.split('?')[0]!, response.status, first.code, first.field, first.description ?? answer.slice(0, 300));
    }
    return { body: parsed as T, headers: response.headers };
  }
}

function transferPath(transferId: string): string {
  return `/v1/partner/transfers/${encodeURIComponent(transferId)}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The platform's error body: `{ statusCode, errors: [{ field, code, description }] }`. */
function firstError(body: unknown): { code: string | null; field: string | null; description: string | null } {
  const errors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  const first = Array.isArray(errors) && typeof errors[0] === 'object' && errors[0] !== null ? (errors[0] as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { code: text(first.code), field: text(first.field), description: text(first.description) };
}

/** fetch says "fetch failed"; the reason (ECONNREFUSED, a timeout) is in its cause. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error | null)?.message;
  return typeof reason === 'string' ? reason : String(error);
}
