import { randomBytes } from 'node:crypto';
import { PARTNER_HOTLINES, type PartnerHotline } from '@legal-hotline/contracts';
import { PartnerTransferError } from './partner-transfer.error.js';

/** Longest endpoint URL accepted (the column's length). */
export const ENDPOINT_URL_MAX_LENGTH = 2000;

/** Random bytes of a generated signing secret; base64url makes 43 characters of them. */
export const SIGNING_SECRET_BYTES = 32;

/** A secret the partner supplies: 32 to 200 visible ASCII characters, so it cannot be guessed and fits a header-safe config value. */
export const SIGNING_SECRET_PATTERN = /^[\x21-\x7e]{32,200}$/;

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

export function generateSigningSecret(random: (size: number) => Buffer = randomBytes): string {
  return random(SIGNING_SECRET_BYTES).toString('base64url');
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
