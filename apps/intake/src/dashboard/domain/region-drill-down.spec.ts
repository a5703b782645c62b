import { describe, expect, it } from '@jest/globals';
import { drillDownOf, rowRegionCodeOf } from './region-drill-down.js';

describe(drillDownOf.name, () => {
  const dongguan = (cityCode: string) => cityCode === '441900';
  const sut = (prefix: string | null) => drillDownOf(prefix, dongguan);

  it('goes one level down: everything and provinces by city, cities by county, counties by township', () => {
    expect(sut(null)).toEqual({ level: 'city', parentCode: null, prefix: null, digits: 4 });
    expect(sut('44')).toEqual({ level: 'city', parentCode: '440000', prefix: '44', digits: 4 });
    expect(sut('4406')).toEqual({ level: 'county', parentCode: '440600', prefix: '4406', digits: 6 });
    expect(sut('440605')).toEqual({ level: 'township', parentCode: '440605', prefix: '440605', digits: 9 });
  });

  it('takes a city without counties straight to its townships', () => {
    expect(sut('4419')).toEqual({ level: 'township', parentCode: '441900', prefix: '4419', digits: 9 });
  });

  it.each(['4', '440', '44060', '440605011', '440605011001'])('has no level below %s to drill into', (prefix) => {
    expect(sut(prefix)).toBeNull();
  });
});

describe(rowRegionCodeOf.name, () => {
  it('names a city by its 6-digit code and counties and townships as they are', () => {
    expect(rowRegionCodeOf('4406', { level: 'city' })).toBe('440600');
    expect(rowRegionCodeOf('440605', { level: 'county' })).toBe('440605');
    expect(rowRegionCodeOf('440605011', { level: 'township' })).toBe('440605011');
    expect(rowRegionCodeOf('440605', { level: 'township' })).toBe('440605');
  });
});
