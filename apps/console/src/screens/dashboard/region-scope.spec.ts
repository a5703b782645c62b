import { describe, expect, it } from 'vitest';
import { principalOf } from '../../auth/principal';
import {
  areaOf,
  breadcrumbOf,
  breakdownLevelOf,
  catalogCodeOf,
  drillTargetOf,
  effectiveRegionOf,
  regionPrefixOf,
} from './region-scope';

describe(regionPrefixOf.name, () => {
  it.each([
    ['440000', '44'],
    ['440600', '4406'],
    ['440605', '440605'],
    ['440605011', '440605011'],
    ['44', '44'],
  ])('reads %s as the prefix %s', (code, prefix) => {
    expect(regionPrefixOf(code)).toBe(prefix);
    expect(regionPrefixOf(catalogCodeOf(prefix))).toBe(prefix);
  });
});

describe(breakdownLevelOf.name, () => {
  it('breaks all regions and a province down by city, a city by county, a county by township, a township no further', () => {
    expect(breakdownLevelOf(null)).toBe('city');
    expect(breakdownLevelOf('44')).toBe('city');
    expect(breakdownLevelOf('4406')).toBe('county');
    expect(breakdownLevelOf('440605')).toBe('township');
    expect(breakdownLevelOf('440605011')).toBeNull();
  });
});

describe(effectiveRegionOf.name, () => {
  it('keeps a supervisor inside the area: its own area by default, a region outside it or malformed falls back to the area', () => {
    expect(effectiveRegionOf(null, '4406')).toBe('4406');
    expect(effectiveRegionOf('440605', '4406')).toBe('440605');
    expect(effectiveRegionOf('4401', '4406')).toBe('4406');
    expect(effectiveRegionOf('44', '4406')).toBe('4406');
    expect(effectiveRegionOf('44x', '4406')).toBe('4406');
  });

  it('lets other roles look at any well-formed region, or all', () => {
    expect(effectiveRegionOf(null, null)).toBeNull();
    expect(effectiveRegionOf('52', null)).toBe('52');
    expect(effectiveRegionOf('12345', null)).toBeNull();
  });
});

describe(areaOf.name, () => {
  it('is the supervisor’s area prefix, and nothing for other roles', () => {
    expect(areaOf(principalOf({ area: '440600', realm_access: { roles: ['supervisor'] } }))).toBe('4406');
    expect(areaOf(principalOf({ area: '440600', realm_access: { roles: ['owner-lead'] } }))).toBeNull();
  });
});

describe(drillTargetOf.name, () => {
  it('leads from a region to the one clicked below it', () => {
    expect(drillTargetOf(null, '440600')).toBe('4406');
    expect(drillTargetOf('4406', '440605')).toBe('440605');
    expect(drillTargetOf('440605', '440605011')).toBe('440605011');
  });

  it('goes nowhere when the row is the region shown (a city governing its townships directly) or lies outside it', () => {
    expect(drillTargetOf('4419', '441900')).toBeNull();
    expect(drillTargetOf('4406', '440105')).toBeNull();
  });
});

describe(breadcrumbOf.name, () => {
  const path = [
    { code: '440000', name: '广东省' },
    { code: '440600', name: '佛山市' },
    { code: '440605', name: '南海区' },
    { code: '440605011', name: '桂城街道' },
  ];

  it('walks from the province down to the region, as prefixes', () => {
    expect(breadcrumbOf(path, null)).toEqual([
      { region: '44', name: '广东省' },
      { region: '4406', name: '佛山市' },
      { region: '440605', name: '南海区' },
      { region: '440605011', name: '桂城街道' },
    ]);
  });

  it('starts a supervisor’s breadcrumb at the area', () => {
    expect(breadcrumbOf(path, '4406').map((step) => step.name)).toEqual(['佛山市', '南海区', '桂城街道']);
  });

  it('shows a city that governs its townships directly once', () => {
    const dongguan = [
      { code: '440000', name: '广东省' },
      { code: '441900', name: '东莞市' },
      { code: '441900003', name: '东城街道' },
    ];
    expect(breadcrumbOf(dongguan, null).map((step) => step.region)).toEqual(['44', '4419', '441900003']);
  });
});
