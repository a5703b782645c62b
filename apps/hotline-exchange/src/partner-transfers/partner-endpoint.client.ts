import { Injectable } from '@nestjs/common';

export interface EndpointRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Aborted when the service stops: the attempt is then abandoned, not counted. */
  interruption: AbortSignal;
}

export type EndpointAnswer =
  | { kind: 'answered'; status: number; body: string }
  | { kind: 'unreachable'; error: string }
  | { kind: 'interrupted' };

/** Enough for any acknowledgement; a larger answer is cut, it only matters for the partner's reference. */
const ANSWER_MAX_BYTES = 64 * 1024;

/**
 * POSTs a transfer to a partner's endpoint. Redirects are not followed: the caller's data goes
 * to the registered URL and nowhere else. Errors are described without the body or the answer,
 * which may hold personal information.
 */
@Injectable()
export class PartnerEndpointClient {
  async post(request: EndpointRequest): Promise<EndpointAnswer> {
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = AbortSignal.any([timeout, request.interruption]);
    let response: Response;
    try {
      response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal });
    } catch (error) {
      if (request.interruption.aborted) return { kind: 'interrupted' };
      if (timeout.aborted) return { kind: 'unreachable', error: `no answer within ${request.timeoutMs} ms` };
      return { kind: 'unreachable', error: networkErrorOf(error) };
    }
    // The status is the partner's answer; a body that cannot be read only loses its reference.
    const body = await readAtMost(response, ANSWER_MAX_BYTES).catch(() => '');
    return { kind: 'answered', status: response.status, body };
  }
}

async function readAtMost(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

/**
 * fetch reports "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a TLS error) is in its
 * cause, for a host with several addresses inside an AggregateError. Read by shape, not with
 * `instanceof`: the errors may come from another realm (Jest runs modules in a VM context).
 */
function networkErrorOf(error: unknown): string {
  const cause = propertyOf(error, 'cause');
  const errors = propertyOf(cause, 'errors');
  const reason: unknown = Array.isArray(errors) && errors.length > 0 ? errors[0] : cause;
  const message = propertyOf(reason, 'message') || propertyOf(reason, 'code') || propertyOf(error, 'message');
  return typeof message === 'string' && message !== '' ? message : String(error);
}

function propertyOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
