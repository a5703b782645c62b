import { randomBytes } from 'node:crypto';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import { PartnerTransferError } from './partner-transfer.error.js';

/** Longest endpoint URL accepted (the column's length). */
export const ENDPOINT_URL_MAX_LENGTH = 2000;

/**
 * Delivery signing secrets a partner may have active at once: two, so a new one can be added and
 * the partner switched to it before the old one is revoked. Deliveries carry a signature per
 * active secret, so either verifies.
 */
export const MAX_ACTIVE_DELIVERY_SECRETS = 2;

/**
 * Checks a partner's delivery endpoint and returns it normalised. Only http and https; no
 * credentials in the URL (the signature authenticates us, and a URL is shown in admin lists)
 * and no fragment (never sent, so it would only mislead).
 */
export function checkEndpointUrl(text: string): string {
  const invalid = (why: string) => new PartnerTransferError('ENDPOINT.INVALID_URL', 'invalid', `url ${why}`, 'url');
  if (text.length > ENDPOINT_URL_MAX_LENGTH) throw invalid(`must be at most ${ENDPOINT_URL_MAX_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('must be an absolute http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('must use http or https');
  if (url.username !== '' || url.password !== '') throw invalid('must not carry credentials');
  if (url.hash !== '') throw invalid('must not have a fragment');
  if (url.href.length > ENDPOINT_URL_MAX_LENGTH) throw invalid(`must be at most ${ENDPOINT_URL_MAX_LENGTH} characters`);
  return url.href;
}

/** A new delivery secret needs room: with two active secrets, one must be revoked first. */
export function checkRoomForDeliverySecret(partner: PartnerHotline, activeSecrets: number): void {
  if (activeSecrets >= MAX_ACTIVE_DELIVERY_SECRETS) {
    throw new PartnerTransferError(
      'DELIVERY_SECRET.TOO_MANY_ACTIVE',
      'conflict',
      `partner ${partner} already has ${activeSecrets} active delivery signing secrets, the most allowed; revoke the one it no longer verifies with first`,
    );
  }
}

/** Delivery secret ids: 12 url-safe characters, like key ids. */
export function generateDeliverySecretId(random: (size: number) => Buffer = randomBytes): string {
  return random(9).toString('base64url');
}

export function isWellFormedDeliverySecretId(secretId: string): boolean {
  return /^[A-Za-z0-9_-]{12}$/.test(secretId);
}

/** Associated data binding a sealed delivery secret to its record. */
export function deliverySecretContext(secretId: string): string {
  return `delivery-secret:${secretId}`;
}

/**
 * Reads `DEMO_PARTNER_ENDPOINTS`, a JSON object from partner code to endpoint URL, e.g.
 * `{"110": "http://127.0.0.1:4110/transfers"}`. Throws naming what is wrong.
 */
export function parseDemoPartnerEndpoints(text: string): Partial<Record<PartnerHotline, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('DEMO_PARTNER_ENDPOINTS must be a JSON object from partner code to URL, e.g. {"110": "http://127.0.0.1:4110/transfers"}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('DEMO_PARTNER_ENDPOINTS must be a JSON object from partner code to URL');
  }
  const endpoints: Partial<Record<PartnerHotline, string>> = {};
  for (const [code, url] of Object.entries(parsed)) {
    if (!isPartnerHotline(code)) throw new Error(`DEMO_PARTNER_ENDPOINTS: ${code} is not a partner hotline (${PARTNER_HOTLINES.join(', ')})`);
    if (typeof url !== 'string') throw new Error(`DEMO_PARTNER_ENDPOINTS: the URL of ${code} must be a string`);
    try {
      endpoints[code] = checkEndpointUrl(url);
    } catch (error) {
      throw new Error(`DEMO_PARTNER_ENDPOINTS: ${code}: ${(error as Error).message}`, { cause: error });
    }
  }
  return endpoints;
}

function isPartnerHotline(code: string): code is PartnerHotline {
  return (PARTNER_HOTLINES as readonly string[]).includes(code);
}
