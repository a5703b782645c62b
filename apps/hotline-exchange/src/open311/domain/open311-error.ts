/**
 * Errors as Open311 GeoReport v2 writes them: a list of `{ code, description }`, `code` being the
 * HTTP status. The description names the field first, in the partner's Open311 terms
 * (`attribute[region_code]`, not the forward command's `regionCode`), and ends with the
 * platform's code when there is one, e.g. `[CONSENT.REQUIRED]`.
 */
export interface Open311ErrorItem {
  code: number;
  description: string;
}

/** A refusal of the Open311 adapter itself: a request shape the forward command never sees. */
export class Open311Error extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 404 | 406,
    message: string,
    /** The Open311 field at fault, e.g. `attribute[partner_reference]`. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'Open311Error';
  }
}

/** One problem as the platform's error body lists it (`errors[]`). */
export interface PlatformErrorDetail {
  field: string | null;
  code: string;
  description: string;
}

/** Fields of the forward command and the case view, as the Open311 request names them. */
const OPEN311_FIELDS: Record<string, string> = {
  partnerReference: 'attribute[partner_reference]',
  // The adapter derives the key from the case, so a problem with it is one with the reference.
  'Idempotency-Key': 'attribute[partner_reference]',
  callerConsentToTransfer: 'attribute[caller_consent]',
  regionCode: 'attribute[region_code]',
  legalCategory: 'attribute[legal_category]',
  'matterLocation.arosenInRegionCode': 'attribute[arosen_in_region_code]',
  'matterLocation.handlingOrgan.regionCode': 'attribute[handling_organ_region_code]',
  requestType: 'service_code',
  summary: 'description',
  'caller.phone': 'phone',
  'caller.name': 'last_name',
  'caller.language': 'attribute[language]',
  ticketId: 'service_request_id',
};

/** Words of the forward command's messages that an Open311 partner would not recognise. */
const COMMAND_WORDS: [RegExp, string][] = [
  [/\bcallerConsentToTransfer\b/g, 'attribute[caller_consent]'],
  [/\bpartnerReference\b/g, 'attribute[partner_reference]'],
];

/** The Open311 name of a field: nested attributes as `attribute[code]`, command fields translated. */
export function open311FieldOf(field: string): string {
  const attribute = /^attribute\.(.+)$/.exec(field);
  if (attribute) return `attribute[${attribute[1]}]`;
  return OPEN311_FIELDS[field] ?? field;
}

/** The platform's error details in Open311 form, one item per detail, every item carrying the HTTP status. */
export function open311ErrorsOf(status: number, details: readonly PlatformErrorDetail[]): Open311ErrorItem[] {
  return details.map((detail) => ({ code: status, description: describe(detail) }));
}

function describe({ field, code, description }: PlatformErrorDetail): string {
  const message = COMMAND_WORDS.reduce((text, [word, name]) => text.replace(word, name), description);
  // Platform codes are dotted (CONSENT.REQUIRED); validation constraint names (isIn) add nothing.
  const suffix = code.includes('.') ? ` [${code}]` : '';
  if (field === null) return `${message}${suffix}`;
  const name = open311FieldOf(field);
  // class-validator starts its messages with the property: "region_code must be ...".
  const property = field.split('.').at(-1)!;
  const rest = message.startsWith(`${property} `) ? message.slice(property.length) : `: ${message}`;
  return `${name}${rest}${suffix}`;
}
