import { describe, expect, it } from '@jest/globals';
import { regionCovers, regionPrefixOf } from './region-code.js';

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

describe(regionCovers.name, () => {
  it.each([
    ['a province supervisor sees a village of the province', '440000', '440605011001', true],
    ['a city supervisor sees a county of the city', '440600', '440605', true],
    ['a city supervisor does not see another city', '440600', '440100', false],
    ['a province does not see another province', '440000', '520581', false],
    ['a malformed area covers nothing', '44', '440605', false],
  ])('%s', (_case, area, code, covered) => {
    expect(regionCovers(area, code)).toBe(covered);
  });
});
