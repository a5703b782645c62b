import { describe, expect, it } from '@jest/globals';
import { checkEndpointUrl, checkRoomForDeliverySecret, parseDemoPartnerEndpoints } from './partner-endpoint.js';

describe(checkEndpointUrl.name, () => {
  it.each([
    ['https://110.example.gov.cn/api/12348/transfers', 'https://110.example.gov.cn/api/12348/transfers'],
    ['http://127.0.0.1:4110/transfers?tenant=fs', 'http://127.0.0.1:4110/transfers?tenant=fs'],
    ['HTTP://Partner.Example', 'http://partner.example/'],
  ])('accepts %s', (text, normalised) => {
    expect(checkEndpointUrl(text)).toBe(normalised);
  });

  it.each([
    ['a relative URL', '/transfers'],
    ['another scheme', 'ftp://partner.example/transfers'],
    ['credentials', 'https://user:pass@partner.example/transfers'],
    ['a fragment', 'https://partner.example/transfers#x'],
    ['an absurd length', `https://partner.example/${'x'.repeat(2000)}`],
  ])('refuses %s, naming the url field', (_, text) => {
    expect(() => checkEndpointUrl(text)).toThrow(expect.objectContaining({ code: 'ENDPOINT.INVALID_URL', kind: 'invalid', field: 'url' }));
  });
});

describe(checkRoomForDeliverySecret.name, () => {
  it('allows a second active secret, for a switch without downtime, and no third', () => {
    expect(() => checkRoomForDeliverySecret('110', 1)).not.toThrow();
    expect(() => checkRoomForDeliverySecret('110', 2)).toThrow(expect.objectContaining({ code: 'DELIVERY_SECRET.TOO_MANY_ACTIVE', kind: 'conflict' }));
  });
});

describe(parseDemoPartnerEndpoints.name, () => {
  it('reads a map from partner code to URL', () => {
    expect(parseDemoPartnerEndpoints('{"110": "http://127.0.0.1:4110/transfers", "12345": "https://12345.example/t"}')).toEqual({
      '110': 'http://127.0.0.1:4110/transfers',
      '12345': 'https://12345.example/t',
    });
  });

  it.each([
    ['not JSON', '110=http://x', /JSON object/],
    ['an array', '["http://x"]', /JSON object/],
    ['an unknown partner', '{"119": "http://127.0.0.1/t"}', /119 is not a partner hotline/],
    ['a bad URL', '{"110": "ftp://x"}', /110: url must use http or https/],
  ])('refuses %s, saying what is wrong', (_, text, message) => {
    expect(() => parseDemoPartnerEndpoints(text)).toThrow(message);
  });
});
