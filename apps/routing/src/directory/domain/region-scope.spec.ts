import { describe, expect, it } from '@jest/globals';
import { regionPrefixOf } from './region-scope.js';

describe(regionPrefixOf.name, () => {
  it.each([
    ['a province covers its 2-digit number', '440000', '44'],
    ['a prefecture city covers its 4 digits', '440600', '4406'],
    ['a city without counties covers its townships', '441900', '4419'],
    ['a county covers its townships and villages', '440605', '440605'],
    ['a township covers its villages', '440605011', '440605011'],
    ['a village covers only itself', '440605011001', '440605011001'],
  ])('%s', (_case, code, prefix) => {
    expect(regionPrefixOf(code)).toBe(prefix);
  });
});
