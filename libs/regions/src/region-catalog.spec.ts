import { describe, expect, it } from '@jest/globals';
import { RegionCatalog, RegionCatalogError, type DivisionDataset } from './region-catalog.js';

// A few real divisions in the dataset's own shape (2-digit provinces, 4-digit cities).
const dataset: DivisionDataset = {
  provinces: [
    { code: '11', name: '北京市' },
    { code: '42', name: '湖北省' },
    { code: '44', name: '广东省' },
  ],
  cities: [
    { code: '1101', name: '市辖区', provinceCode: '11' },
    { code: '4290', name: '省直辖县级行政区划', provinceCode: '42' },
    { code: '4406', name: '佛山市', provinceCode: '44' },
    { code: '4419', name: '东莞市', provinceCode: '44' },
  ],
  areas: [
    { code: '110101', name: '东城区', cityCode: '1101', provinceCode: '11' },
    { code: '429004', name: '仙桃市', cityCode: '4290', provinceCode: '42' },
    { code: '440605', name: '南海区', cityCode: '4406', provinceCode: '44' },
    { code: '441900', name: '东莞市', cityCode: '4419', provinceCode: '44' },
  ],
  streets: [
    { code: '440605011', name: '桂城街道', areaCode: '440605' },
    { code: '440605124', name: '狮山镇', areaCode: '440605' },
    { code: '441900003', name: '东城街道', areaCode: '441900' },
    { code: '441900401', name: '松山湖', areaCode: '441900' },
  ],
};

function catalogWithVillages(villages: Record<string, Record<string, string>> = {}) {
  const loads: string[] = [];
  const sut = new RegionCatalog(dataset, (province) => {
    loads.push(province);
    return Promise.resolve(new Map(Object.entries(villages[province] ?? {})));
  });
  return { sut, loads };
}

describe(RegionCatalog.name, () => {
  it('keeps statistical groupings out of the ancestors of the counties they group', () => {
    const { sut } = catalogWithVillages();
    expect(sut.lookup('110100')).toMatchObject({ name: '市辖区', level: 'city', statisticalGrouping: true });
    expect(sut.ancestorsOf('110101').map((r) => r.code)).toEqual(['110101', '110000']);
    expect(sut.ancestorsOf('429004').map((r) => r.code)).toEqual(['429004', '420000']);
    expect(sut.citiesOf('11')).toEqual([]);
  });

  it('tells the kind of township from its code', () => {
    const { sut } = catalogWithVillages();
    expect(sut.townshipsOf('440605').map((t) => t.townshipKind)).toEqual(['sub-district', 'town']);
    expect(sut.lookup('441900401')?.townshipKind).toBe('township-like');
  });

  it('refuses to answer for a village before its province is loaded, then answers', async () => {
    const { sut } = catalogWithVillages({ '44': { '440605011001': '桂一社区居委会' } });
    expect(() => sut.lookup('440605011001')).toThrow(RegionCatalogError);
    expect(() => sut.ancestorsOf('440605011001')).toThrow(/loadVillages\('44'\)/);

    await sut.loadVillages('440000');

    expect(sut.lookup('440605011001')).toEqual({
      code: '440605011001',
      name: '桂一社区居委会',
      level: 'village',
      parentCode: '440605011',
      path: ['440000', '440600', '440605', '440605011'],
    });
  });

  it('loads the villages of a province once, however many ask at the same time', async () => {
    const { sut, loads } = catalogWithVillages({ '44': { '441900003001': '岗贝社区居民委员会' } });
    const answers = await Promise.all([
      sut.hasVillage('441900003001'),
      sut.hasVillage('441900003002'),
      sut.validate('441900003001'),
    ]);
    expect(answers.slice(0, 2)).toEqual([true, false]);
    expect(loads).toEqual(['44']);
  });

  it('loads nothing for a province it does not hold', async () => {
    const { sut, loads } = catalogWithVillages();
    await expect(sut.hasVillage('370102001001')).resolves.toBe(false);
    expect(loads).toEqual([]);
  });

  it('retries a village load that failed', async () => {
    let attempts = 0;
    const sut = new RegionCatalog(dataset, () => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('disk hiccup'))
        : Promise.resolve(new Map([['440605011001', '桂一社区居委会']]));
    });
    await expect(sut.hasVillage('440605011001')).rejects.toThrow('disk hiccup');
    await expect(sut.hasVillage('440605011001')).resolves.toBe(true);
  });
});
