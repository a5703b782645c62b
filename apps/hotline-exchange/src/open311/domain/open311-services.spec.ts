import { describe, expect, it } from '@jest/globals';
import { LEGAL_CATEGORIES, ORGAN_TYPES, REQUEST_TYPES } from '@legal-hotline/contracts';
import { ATTRIBUTE_CODES, open311Services, serviceDefinitionOf, serviceNoticeOf } from './open311-services.js';

const CHINESE = /[\u4e00-\u9fff]/;

describe(open311Services.name, () => {
  it('offers one realtime service with attributes per request type a partner may forward, named in Chinese', () => {
    const services = open311Services();

    expect(services.map((s) => s.service_code)).toEqual([...REQUEST_TYPES]);
    for (const service of services) {
      expect(service).toMatchObject({ metadata: true, type: 'realtime' });
      for (const text of [service.service_name, service.description, service.group, service.keywords])
        expect(text).toMatch(CHINESE);
      expect(service.keywords.split(',').every((keyword) => keyword.trim().length > 0)).toBe(true);
    }
    expect(services.find((s) => s.service_code === 'legal-aid-application')).toMatchObject({
      service_name: '法律援助申请',
      group: '法律援助',
    });
  });

  it('tells the partner what happens next for every service, citing the law where there is a clock', () => {
    for (const code of REQUEST_TYPES) expect(serviceNoticeOf(code)).toMatch(/^12348公共法律服务平台已受理/);
    expect(serviceNoticeOf('legal-aid-application')).toContain('七日内');
  });
});

describe(serviceDefinitionOf.name, () => {
  it('lists every attribute once, in order, with the ones the forward command needs required', () => {
    const definition = serviceDefinitionOf('legal-aid-application')!;

    expect(definition.service_code).toBe('legal-aid-application');
    expect(definition.attributes.map((a) => a.code)).toEqual([...ATTRIBUTE_CODES]);
    expect(definition.attributes.map((a) => a.order)).toEqual(ATTRIBUTE_CODES.map((_, index) => index + 1));
    expect(definition.attributes.filter((a) => a.required).map((a) => a.code)).toEqual([
      'partner_reference',
      'region_code',
      'legal_category',
      'language',
      'caller_consent',
    ]);
    for (const attribute of definition.attributes) {
      expect(attribute.variable).toBe(true);
      expect(attribute.description).toMatch(CHINESE);
      expect(attribute.values.length > 0).toBe(attribute.datatype === 'singlevaluelist');
    }
  });

  it('offers the platform vocabularies as the keys of its lists, with Chinese names', () => {
    const attributes = serviceDefinitionOf('consultation')!.attributes;
    const valuesOf = (code: string) => attributes.find((a) => a.code === code)!.values;

    expect(valuesOf('legal_category').map((v) => v.key)).toEqual([...LEGAL_CATEGORIES]);
    expect(valuesOf('legal_category')).toContainEqual({ key: 'labour-remuneration', name: '劳动报酬' });
    expect(valuesOf('handling_organ_type').map((v) => v.key)).toEqual([...ORGAN_TYPES]);
    expect(valuesOf('caller_consent')).toEqual([
      { key: 'true', name: '是' },
      { key: 'false', name: '否' },
    ]);
  });

  it('has no definition for a code that names no service', () => {
    expect(serviceDefinitionOf('pothole')).toBeNull();
    expect(serviceDefinitionOf('')).toBeNull();
  });
});
