import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRegionCatalog } from './load-region-catalog.js';
import type { RegionCatalog } from './region-catalog.js';
import { RETIRED_REGION_CODES, resolveRetired, retirementOf, type RetiredRegionCode } from './retired-region-codes.js';

const at = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);

describe(resolveRetired.name, () => {
  it.each([
    ['441283', '2014-12-31', '441283'],
    ['441283', '2015-01-01', '441204'],
    ['440903', '2024-01-01', '440904'],
    ['440923', '2024-01-01', '440904'],
    ['520522', '2021-06-01', '520581'],
    ['440605', '2024-01-01', '440605'],
    ['440605011', '2024-01-01', '440605011'],
  ])('maps %s as at %s to %s', (code, date, expected) => {
    expect(resolveRetired(code, at(date))).toBe(expected);
  });

  it('follows a successor that was itself retired later, in a table of your own', () => {
    const table: RetiredRegionCode[] = [
      {
        code: '100001',
        name: 'A县',
        successorCode: '100002',
        successorName: 'A市',
        effectiveFrom: '2015-01-01',
        basis: 'test',
      },
      {
        code: '100002',
        name: 'A市',
        successorCode: '100003',
        successorName: 'A区',
        effectiveFrom: '2020-01-01',
        basis: 'test',
      },
    ];
    expect(resolveRetired('100001', at('2016-01-01'), table)).toBe('100002');
    expect(resolveRetired('100001', at('2020-01-01'), table)).toBe('100003');
    expect(retirementOf('100002', at('2019-12-31'), table)).toBeUndefined();
  });

  it('refuses a table that loops', () => {
    const table: RetiredRegionCode[] = [
      {
        code: '100001',
        name: 'A',
        successorCode: '100002',
        successorName: 'B',
        effectiveFrom: '2015-01-01',
        basis: 'test',
      },
      {
        code: '100002',
        name: 'B',
        successorCode: '100001',
        successorName: 'A',
        effectiveFrom: '2015-01-01',
        basis: 'test',
      },
    ];
    expect(() => resolveRetired('100001', at('2016-01-01'), table)).toThrow(/cycle/);
  });
});

describe('RETIRED_REGION_CODES against the dataset', () => {
  let catalog: RegionCatalog;

  beforeAll(async () => {
    catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
  });

  it.each(RETIRED_REGION_CODES.map((entry) => [entry.code, entry.successorCode, entry] as const))(
    '%s is gone and its successor %s exists under the name given',
    (code, successorCode, entry) => {
      expect(catalog.lookup(code)).toBeUndefined();
      expect(catalog.lookup(successorCode)?.name).toBe(entry.successorName);
    },
  );
});
