import { describe, expect, it } from '@jest/globals';
import { open311ErrorsOf, open311FieldOf } from './open311-error.js';

describe(open311FieldOf.name, () => {
  it.each([
    ['attribute.region_code', 'attribute[region_code]'],
    ['attribute.caller_consent', 'attribute[caller_consent]'],
    ['regionCode', 'attribute[region_code]'],
    ['matterLocation.arosenInRegionCode', 'attribute[arosen_in_region_code]'],
    ['matterLocation.handlingOrgan.regionCode', 'attribute[handling_organ_region_code]'],
    ['callerConsentToTransfer', 'attribute[caller_consent]'],
    ['partnerReference', 'attribute[partner_reference]'],
    ['Idempotency-Key', 'attribute[partner_reference]'],
    ['ticketId', 'service_request_id'],
    ['service_code', 'service_code'],
    ['webhook-signature', 'webhook-signature'],
  ])('names %s as %s', (field, name) => {
    expect(open311FieldOf(field)).toBe(name);
  });
});

describe(open311ErrorsOf.name, () => {
  it('writes one {code, description} per problem, code being the HTTP status, the field first', () => {
    expect(
      open311ErrorsOf(400, [
        {
          field: 'service_code',
          code: 'isIn',
          description: 'service_code must name a service of GET services.json: consultation',
        },
        {
          field: 'attribute.region_code',
          code: 'isRegionCode',
          description: 'region_code must be a region code of 6, 9 or 12 digits',
        },
        {
          field: 'caller_address',
          code: 'whitelistValidation',
          description: 'property caller_address should not exist',
        },
      ]),
    ).toEqual([
      { code: 400, description: 'service_code must name a service of GET services.json: consultation' },
      { code: 400, description: 'attribute[region_code] must be a region code of 6, 9 or 12 digits' },
      { code: 400, description: 'caller_address: property caller_address should not exist' },
    ]);
  });

  it("ends with the platform's code, and speaks of the partner's Open311 fields rather than the forward command's", () => {
    expect(
      open311ErrorsOf(422, [
        {
          field: 'callerConsentToTransfer',
          code: 'CONSENT.REQUIRED',
          description:
            "the caller's consent to the transfer must be confirmed (PIPL Art. 23): set callerConsentToTransfer to true",
        },
      ]),
    ).toEqual([
      {
        code: 422,
        description:
          "attribute[caller_consent]: the caller's consent to the transfer must be confirmed (PIPL Art. 23): set attribute[caller_consent] to true [CONSENT.REQUIRED]",
      },
    ]);
    expect(
      open311ErrorsOf(409, [
        {
          field: 'partnerReference',
          code: 'PARTNER_CASE.REFERENCE_REUSED',
          description: 'each case needs its own partnerReference',
        },
      ]),
    ).toEqual([
      {
        code: 409,
        description:
          'attribute[partner_reference]: each case needs its own attribute[partner_reference] [PARTNER_CASE.REFERENCE_REUSED]',
      },
    ]);
  });

  it('writes a problem with the request as a whole without a field', () => {
    expect(open311ErrorsOf(500, [{ field: null, code: 'INTERNAL', description: 'internal error' }])).toEqual([
      { code: 500, description: 'internal error' },
    ]);
  });
});
