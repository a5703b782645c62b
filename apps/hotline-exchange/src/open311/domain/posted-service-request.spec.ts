import { describe, expect, it } from '@jest/globals';
import { Open311Error } from './open311-error.js';
import {
  callerNameOf,
  forwardedCaseOf,
  idempotencyKeyOf,
  postedFieldsOf,
  receiptOf,
  summaryOf,
  SUMMARY_MAX_LENGTH,
  type PostedServiceRequest,
} from './posted-service-request.js';

const aPostedRequest = (overrides: Partial<PostedServiceRequest> = {}): PostedServiceRequest => ({
  service_code: 'legal-aid-application',
  description: '来电人称在工地务工被拖欠工资三个月。',
  first_name: '大明',
  last_name: '陈',
  phone: '13812345678',
  attribute: {
    partner_reference: '110-FS-20261123-0099',
    region_code: '440605011',
    legal_category: 'labour-remuneration',
    arosen_in_region_code: '440605011',
    language: 'yue',
    caller_consent: true,
    migrant_worker_wage_claim: true,
  },
  ...overrides,
});

function refusalOf(act: () => unknown): Open311Error {
  try {
    act();
  } catch (error) {
    if (error instanceof Open311Error) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(postedFieldsOf.name, () => {
  const form = {
    service_code: 'legal-aid-application',
    description: '欠薪',
    phone: '13812345678',
    'attribute[region_code]': '440605011',
    'attribute[caller_consent]': 'true',
  };

  it('reads form fields, attributes as attribute[code], into one shape', () => {
    expect(postedFieldsOf(form)).toEqual({
      service_code: 'legal-aid-application',
      description: '欠薪',
      phone: '13812345678',
      attribute: { region_code: '440605011', caller_consent: 'true' },
    });
  });

  it('reads JSON with an attribute object, or with the flat names, into the same shape', () => {
    const nested = {
      service_code: 'legal-aid-application',
      description: '欠薪',
      phone: '13812345678',
      attribute: { region_code: '440605011', caller_consent: true },
    };

    expect(postedFieldsOf(nested)).toEqual({
      ...postedFieldsOf(form),
      attribute: { region_code: '440605011', caller_consent: true },
    });
    expect(postedFieldsOf({ ...form, 'attribute[caller_consent]': true })).toEqual(postedFieldsOf(nested));
  });

  it("drops the specification's fields this platform does not use, and fields left empty", () => {
    const posted = {
      ...form,
      api_key: 'k',
      jurisdiction_id: 'gd',
      email: 'a@b.cn',
      device_id: 'd',
      account_id: '7',
      address_id: '9',
      first_name: '',
      'attribute[urgent]': '',
    };

    expect(postedFieldsOf(posted)).toEqual(postedFieldsOf(form));
  });

  it('keeps other fields for validation to refuse by name', () => {
    expect(postedFieldsOf({ ...form, caller_address: '南海区' })).toMatchObject({ caller_address: '南海区' });
  });

  it('always has an attribute object, so that each missing attribute is refused by its own name', () => {
    expect(postedFieldsOf({ service_code: 'consultation' })).toEqual({ service_code: 'consultation', attribute: {} });
  });

  it('refuses an attribute the definition does not have, naming it', () => {
    expect(refusalOf(() => postedFieldsOf({ ...form, 'attribute[colour]': 'red' }))).toMatchObject({
      code: 'OPEN311.ATTRIBUTE_UNKNOWN',
      status: 400,
      field: 'attribute[colour]',
    });
    expect(refusalOf(() => postedFieldsOf({ attribute: { __proto__x: 1 } }))).toMatchObject({
      field: 'attribute[__proto__x]',
    });
  });

  it('refuses an attribute given twice, flat and in the object', () => {
    expect(refusalOf(() => postedFieldsOf({ ...form, attribute: { region_code: '440605' } }))).toMatchObject({
      code: 'OPEN311.ATTRIBUTE_REPEATED',
      field: 'attribute[region_code]',
    });
  });

  it.each([
    ['an array', [form]],
    ['a string', 'service_code=consultation'],
    ['null', null],
    ['nothing', undefined],
  ])('refuses %s as the body', (_, body) => {
    expect(refusalOf(() => postedFieldsOf(body))).toMatchObject({ code: 'OPEN311.BODY_INVALID', status: 400 });
  });

  it('refuses attribute sent as something other than an object', () => {
    expect(refusalOf(() => postedFieldsOf({ ...form, attribute: ['440605011'] }))).toMatchObject({
      code: 'OPEN311.ATTRIBUTES_INVALID',
      field: 'attribute',
    });
  });
});

describe(forwardedCaseOf.name, () => {
  it("maps Open311's fields and attributes onto the partner forward command", () => {
    expect(forwardedCaseOf(aPostedRequest())).toEqual({
      partnerReference: '110-FS-20261123-0099',
      caller: { name: '陈大明', phone: '13812345678', language: 'yue' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605011' },
      summary: '来电人称在工地务工被拖欠工资三个月。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false, dangerous: false },
      callerConsentToTransfer: true,
    });
  });

  it('passes every flag, and consent as given (the command refuses false)', () => {
    const posted = aPostedRequest();
    const forwarded = forwardedCaseOf({
      ...posted,
      attribute: { ...posted.attribute, urgent: true, dangerous: true, veteran: true, caller_consent: false },
    });

    expect(forwarded.flags).toEqual({ urgent: true, migrantWorkerWageClaim: true, veteran: true, dangerous: true });
    expect(forwarded.callerConsentToTransfer).toBe(false);
  });

  it('passes the handling organ when its three attributes are given, and no place when none is', () => {
    const posted = aPostedRequest();
    const { arosen_in_region_code: _, ...attribute } = posted.attribute;
    const forwarded = forwardedCaseOf({
      ...posted,
      attribute: {
        ...attribute,
        handling_organ_type: 'court',
        handling_organ_name: '佛山市南海区人民法院',
        handling_organ_region_code: '440605',
      },
    });

    expect(forwarded.matterLocation).toEqual({
      handlingOrgan: { type: 'court', name: '佛山市南海区人民法院', regionCode: '440605' },
    });
    expect(forwardedCaseOf({ ...posted, attribute }).matterLocation).toEqual({});
  });

  it('adds the address and position to the summary', () => {
    const forwarded = forwardedCaseOf(
      aPostedRequest({ address_string: '桂城街道南海大道北 88 号', lat: 23.0322, long: 113.1451 }),
    );

    expect(forwarded.summary).toBe(
      '来电人称在工地务工被拖欠工资三个月。\n地址：桂城街道南海大道北 88 号\n位置：北纬 23.0322，东经 113.1451（WGS 84）',
    );
  });
});

describe(callerNameOf.name, () => {
  it.each([
    ['大明', '陈', '陈大明'],
    ['Daming', '陈', '陈Daming'],
    ['Maria', 'Santos', 'Maria Santos'],
    [undefined, '陈', '陈'],
    ['大明', undefined, '大明'],
    [' 大明 ', ' 陈 ', '陈大明'],
  ])('writes first_name %p and last_name %p as %p', (first, last, name) => {
    expect(callerNameOf(first, last)).toBe(name);
  });
});

describe(summaryOf.name, () => {
  it('leaves out a position without both coordinates', () => {
    expect(summaryOf({ description: '欠薪', lat: 23.03 })).toBe('欠薪');
  });

  it('refuses a description that with the address no longer fits the platform summary, naming description', () => {
    const description = '欠'.repeat(SUMMARY_MAX_LENGTH);

    expect(summaryOf({ description })).toBe(description);
    expect(refusalOf(() => summaryOf({ description, address_string: '南海区' }))).toMatchObject({
      code: 'OPEN311.DESCRIPTION_TOO_LONG',
      status: 400,
      field: 'description',
    });
  });
});

describe(idempotencyKeyOf.name, () => {
  it('is the same for the same case however its members are ordered, and a valid Idempotency-Key', () => {
    const forwarded = forwardedCaseOf(aPostedRequest());
    const reordered = Object.fromEntries(Object.entries(forwarded).reverse()) as typeof forwarded;
    const key = idempotencyKeyOf(forwarded);

    expect(idempotencyKeyOf(reordered)).toBe(key);
    expect(key).toMatch(/^[\x21-\x7e]{1,100}$/);
  });

  it('differs for another case under the same reference, which then meets the one-case-per-reference rule', () => {
    expect(idempotencyKeyOf(forwardedCaseOf(aPostedRequest({ description: '另一个案件' })))).not.toBe(
      idempotencyKeyOf(forwardedCaseOf(aPostedRequest())),
    );
  });
});

describe(receiptOf.name, () => {
  it("answers the shared ticket id with the service's notice and no account", () => {
    const answer = {
      ticketId: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      partnerReference: 'R-1',
      status: 'received',
      coarseStatus: 'open',
      receivedAt: '2026-11-23T02:10:00.000Z',
    } as const;

    expect(receiptOf(answer, 'legal-aid-application')).toEqual({
      service_request_id: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c',
      service_notice: expect.stringContaining('法律援助机构'),
      account_id: null,
    });
  });
});
