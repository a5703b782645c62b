import type { LegalCategory, OrganType, RequestType } from '@legal-hotline/contracts';
import type { ForwardedCase, ReceiptAnswer } from '../../partner-cases/domain/receive-partner-case.js';
import { requestFingerprint } from '../../partner-cases/domain/request-fingerprint.js';
import { Open311Error } from './open311-error.js';
import { ATTRIBUTE_CODES, serviceNoticeOf } from './open311-services.js';

/** A POST service request once read and validated: Open311's fields and our attributes. */
export interface PostedServiceRequest {
  service_code: RequestType;
  description: string;
  first_name?: string;
  last_name?: string;
  phone: string;
  address_string?: string;
  lat?: number;
  long?: number;
  attribute: PostedAttributes;
}

export interface PostedAttributes {
  partner_reference: string;
  region_code: string;
  legal_category: LegalCategory;
  arosen_in_region_code?: string;
  language: string;
  caller_consent: boolean;
  urgent?: boolean;
  dangerous?: boolean;
  migrant_worker_wage_claim?: boolean;
  veteran?: boolean;
  handling_organ_type?: OrganType;
  handling_organ_name?: string;
  handling_organ_region_code?: string;
}

/** The answer to a POST service request, and to every repeat of it. */
export interface Open311Receipt {
  service_request_id: string;
  service_notice: string;
  account_id: null;
}

/**
 * Fields of the specification this platform takes and drops without storing them: `api_key`
 * (requests are signed instead), `jurisdiction_id` (one jurisdiction), the reporter's account and
 * device, and `email` and `address_id` (the caller's phone is how the platform reaches them).
 */
export const IGNORED_FIELDS: ReadonlySet<string> = new Set([
  'api_key',
  'jurisdiction_id',
  'email',
  'device_id',
  'account_id',
  'address_id',
]);

/** The platform's summary holds at most this many characters, address and position included. */
export const SUMMARY_MAX_LENGTH = 4_000;

const BRACKETED_ATTRIBUTE = /^attribute\[(.*)\]$/s;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * The posted fields in one shape, whether form-encoded (`attribute[region_code]=...`, the
 * specification's way) or JSON (the same flat names, or an object `attribute`). Empty values are
 * left out, as a form sends an unfilled field; ignored fields are dropped; an attribute that is not
 * in the service definition, or one given twice, is refused naming it. The result goes to validation.
 */
export function postedFieldsOf(body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) {
    throw new Open311Error(
      'OPEN311.BODY_INVALID',
      400,
      'the body must be form fields (application/x-www-form-urlencoded) or a JSON object',
    );
  }
  const fields = new Map<string, unknown>();
  const attributes = new Map<string, unknown>();
  const addAttribute = (code: string, value: unknown): void => {
    if (!(ATTRIBUTE_CODES as readonly string[]).includes(code)) {
      throw new Open311Error(
        'OPEN311.ATTRIBUTE_UNKNOWN',
        400,
        'no such attribute: GET services/{service_code}.json lists them',
        `attribute[${code}]`,
      );
    }
    if (value === '') return;
    if (attributes.has(code))
      throw new Open311Error('OPEN311.ATTRIBUTE_REPEATED', 400, 'is given twice', `attribute[${code}]`);
    attributes.set(code, value);
  };
  for (const [name, value] of Object.entries(body)) {
    const bracketed = BRACKETED_ATTRIBUTE.exec(name);
    if (bracketed) {
      addAttribute(bracketed[1]!, value);
    } else if (name === 'attribute') {
      if (!isPlainObject(value)) {
        throw new Open311Error(
          'OPEN311.ATTRIBUTES_INVALID',
          400,
          'must be an object of attributes (JSON), or send fields attribute[code] instead',
          'attribute',
        );
      }
      for (const [code, attributeValue] of Object.entries(value)) addAttribute(code, attributeValue);
    } else if (!IGNORED_FIELDS.has(name) && value !== '') {
      fields.set(name, value);
    }
  }
  // Always present, so that each missing attribute is refused by its own name.
  return { ...Object.fromEntries(fields), attribute: Object.fromEntries(attributes) };
}

/** Open311's fields onto the forward command partners use, so both reach the platform the same way. */
export function forwardedCaseOf(posted: PostedServiceRequest): ForwardedCase {
  const { attribute } = posted;
  return {
    partnerReference: attribute.partner_reference,
    caller: {
      name: callerNameOf(posted.first_name, posted.last_name),
      phone: posted.phone,
      language: attribute.language,
    },
    requestType: posted.service_code,
    legalCategory: attribute.legal_category,
    regionCode: attribute.region_code,
    matterLocation: {
      ...(attribute.arosen_in_region_code === undefined ? {} : { arosenInRegionCode: attribute.arosen_in_region_code }),
      ...(attribute.handling_organ_type === undefined ||
      attribute.handling_organ_name === undefined ||
      attribute.handling_organ_region_code === undefined
        ? {}
        : {
            handlingOrgan: {
              type: attribute.handling_organ_type,
              name: attribute.handling_organ_name,
              regionCode: attribute.handling_organ_region_code,
            },
          }),
    },
    summary: summaryOf(posted),
    flags: {
      urgent: attribute.urgent ?? false,
      migrantWorkerWageClaim: attribute.migrant_worker_wage_claim ?? false,
      veteran: attribute.veteran ?? false,
      dangerous: attribute.dangerous ?? false,
    },
    callerConsentToTransfer: attribute.caller_consent,
  };
}

/**
 * The caller's full name from Open311's two parts: a Chinese name is surname (last_name, 姓) then
 * given name (first_name, 名) without a space; other names are written first name first.
 */
export function callerNameOf(firstName: string | undefined, lastName: string | undefined): string {
  const parts = [firstName?.trim(), lastName?.trim()].filter((part): part is string => !!part);
  if (parts.length < 2) return parts[0] ?? '';
  const [first, last] = parts as [string, string];
  return CJK.test(first) || CJK.test(last) ? `${last}${first}` : `${first} ${last}`;
}

/**
 * The description, with the address and position when given: the region code routes the case,
 * but the receiving body may need to find the place.
 */
export function summaryOf(
  posted: Pick<PostedServiceRequest, 'description' | 'address_string' | 'lat' | 'long'>,
): string {
  const lines = [posted.description];
  if (posted.address_string !== undefined) lines.push(`地址：${posted.address_string}`);
  if (posted.lat !== undefined && posted.long !== undefined)
    lines.push(`位置：北纬 ${posted.lat}，东经 ${posted.long}（WGS 84）`);
  const summary = lines.join('\n');
  if (summary.length > SUMMARY_MAX_LENGTH) {
    throw new Open311Error(
      'OPEN311.DESCRIPTION_TOO_LONG',
      400,
      `must not be longer than ${SUMMARY_MAX_LENGTH} characters together with address_string and lat/long (${summary.length})`,
      'description',
    );
  }
  return summary;
}

/**
 * The Idempotency-Key the forward command needs, derived from the case itself since Open311 has
 * none: the same case posted again (same attribute[partner_reference], same content) carries the
 * same key and gets the first receipt; another case under a known reference carries another key
 * and meets the one-case-per-reference rule (409). Visible ASCII, as keys must be.
 */
export function idempotencyKeyOf(forwarded: ForwardedCase): string {
  return `open311-${requestFingerprint(forwarded)}`;
}

export function receiptOf(answer: ReceiptAnswer, serviceCode: RequestType): Open311Receipt {
  return { service_request_id: answer.ticketId, service_notice: serviceNoticeOf(serviceCode), account_id: null };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
