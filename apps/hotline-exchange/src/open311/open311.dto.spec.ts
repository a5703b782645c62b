import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { validationDetails } from '@legal-hotline/service-runtime';
import { postedFieldsOf } from './domain/posted-service-request.js';
import { POSTED_FIELDS_VALIDATION_OPTIONS, PostServiceRequestDto, ServiceRequestsQuery } from './open311.dto.js';

/** As a form-encoded Open311 client sends it: every value a string. */
const aForm = (changes: Record<string, string | undefined> = {}): Record<string, string> =>
  Object.fromEntries(
    Object.entries({
      service_code: 'legal-aid-application',
      description: '来电人称被拖欠工资三个月。',
      first_name: '大明',
      last_name: '陈',
      phone: '+86 138-1234-5678',
      'attribute[partner_reference]': '110-FS-20261123-0099',
      'attribute[region_code]': '440605011',
      'attribute[legal_category]': 'labour-remuneration',
      'attribute[language]': 'yue',
      'attribute[caller_consent]': 'true',
      'attribute[migrant_worker_wage_claim]': 'true',
      ...changes,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

async function read(form: Record<string, unknown>) {
  const posted = plainToInstance(PostServiceRequestDto, postedFieldsOf(form));
  return { posted, problems: validationDetails(await validate(posted, POSTED_FIELDS_VALIDATION_OPTIONS)) };
}

describe(PostServiceRequestDto.name, () => {
  it('reads a form: booleans and numbers from their words, the phone as national digits', async () => {
    const { posted, problems } = await read(aForm({ lat: '23.0322', long: '113.1451', 'attribute[urgent]': 'false' }));

    expect(problems).toEqual([]);
    expect(posted).toMatchObject({
      phone: '13812345678',
      lat: 23.0322,
      long: 113.1451,
      attribute: { caller_consent: true, migrant_worker_wage_claim: true, urgent: false },
    });
  });

  it.each([
    ['no service_code', { service_code: undefined }, 'service_code'],
    ['an unknown service', { service_code: 'pothole' }, 'service_code'],
    ['no description', { description: undefined }, 'description'],
    ['a blank description', { description: ' \u3000 ' }, 'description'],
    ['no name at all', { first_name: undefined, last_name: undefined }, 'last_name'],
    ['a phone that is no Chinese number', { phone: '+1 415 555 0100' }, 'phone'],
    ['no consent', { 'attribute[caller_consent]': undefined }, 'attribute.caller_consent'],
    ['consent as yes', { 'attribute[caller_consent]': 'yes' }, 'attribute.caller_consent'],
    ['a malformed region code', { 'attribute[region_code]': '44060' }, 'attribute.region_code'],
    ['no partner reference', { 'attribute[partner_reference]': undefined }, 'attribute.partner_reference'],
    ['an unknown legal category', { 'attribute[legal_category]': 'parking' }, 'attribute.legal_category'],
    ['a language that is no tag', { 'attribute[language]': '粤语' }, 'attribute.language'],
    [
      'a handling organ without its region',
      { 'attribute[handling_organ_type]': 'court', 'attribute[handling_organ_name]': '南海区法院' },
      'attribute.handling_organ_region_code',
    ],
    ['a latitude without longitude', { lat: '23.03' }, 'long'],
    ['a latitude out of range', { lat: '93', long: '113' }, 'lat'],
    ['media', { media_url: 'https://example.cn/photo.jpg' }, 'media_url'],
    ['an unknown field', { caller_address: '南海区' }, 'caller_address'],
  ])('refuses %s, naming %s', async (_, changes, field) => {
    const { problems } = await read(aForm(changes));

    expect(problems.map((p) => p.field)).toContain(field);
  });

  it('names one problem per field, a missing one as required', async () => {
    const { problems } = await read(aForm({ 'attribute[partner_reference]': undefined, description: undefined }));

    expect(problems).toEqual([
      { field: 'description', code: 'isDefined', description: 'description is required' },
      { field: 'attribute.partner_reference', code: 'isDefined', description: 'partner_reference is required' },
    ]);
  });

  it('tells a field sent twice that it must be one text', async () => {
    const { problems } = await read({ ...aForm(), description: ['欠薪', '工伤'] });

    expect(problems).toEqual([expect.objectContaining({ field: 'description', code: 'isString' })]);
  });

  it('takes a caller known by one name only', async () => {
    expect((await read(aForm({ first_name: undefined }))).problems).toEqual([]);
    expect((await read(aForm({ last_name: undefined }))).problems).toEqual([]);
  });

  it('reads JSON with real booleans and numbers the same way', async () => {
    const { posted, problems } = await read({
      ...aForm(),
      lat: 23.0322,
      long: 113.1451,
      'attribute[caller_consent]': true,
    });

    expect(problems).toEqual([]);
    expect(posted).toMatchObject({ lat: 23.0322, attribute: { caller_consent: true } });
  });
});

describe(ServiceRequestsQuery.name, () => {
  const readQuery = async (query: Record<string, unknown>) => {
    const parsed = plainToInstance(ServiceRequestsQuery, query);
    // As the platform's global pipe validates queries.
    return {
      parsed,
      problems: validationDetails(await validate(parsed, { whitelist: true, forbidNonWhitelisted: true })),
    };
  };

  it('splits comma lists, also when a parameter is repeated', async () => {
    const { parsed, problems } = await readQuery({
      status: 'open,closed',
      service_code: ['consultation', 'legal-aid-application'],
    });

    expect(problems).toEqual([]);
    expect(parsed).toMatchObject({
      status: ['open', 'closed'],
      service_code: ['consultation', 'legal-aid-application'],
    });
  });

  it.each([
    ['an id that is no UUID', { service_request_id: '7d5b8a9e-2c1f-4f7a-9a63-1d2e3f4a5b6c,42' }, 'service_request_id'],
    ['a status of the platform instead of open/closed', { status: 'accepted' }, 'status'],
    ['a time without an offset', { updated_after: '2026-11-23T10:00:00' }, 'updated_after'],
    ['an unknown argument', { page: '2' }, 'page'],
  ])('refuses %s, naming it', async (_, query, field) => {
    expect((await readQuery(query)).problems.map((p) => p.field)).toContain(field);
  });

  it("accepts the specification's jurisdiction_id and api_key, which are ignored", async () => {
    expect((await readQuery({ jurisdiction_id: 'gd', api_key: 'k' })).problems).toEqual([]);
  });
});
