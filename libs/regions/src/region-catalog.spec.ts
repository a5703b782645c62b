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

  describe('childrenOf', () => {
    const codesUnder = (sut: RegionCatalog, code: string) => sut.childrenOf(code).map((r) => r.code);

    it("lists a province's cities with the county-level divisions it governs directly, by code", () => {
      const { sut } = catalogWithVillages();
      // Dongguan has no counties: it sits once, at county level, beside the prefecture cities.
      expect(codesUnder(sut, '440000')).toEqual(['440600', '441900']);
      expect(sut.childrenOf('440000').map((r) => r.level)).toEqual(['city', 'county']);
      // A statistical grouping governs nothing: its counties are the province's.
      expect(codesUnder(sut, '110000')).toEqual(['110101']);
      expect(codesUnder(sut, '420000')).toEqual(['429004']);
      expect(codesUnder(sut, '110100')).toEqual([]);
    });

    it("lists a city's counties, and the townships of a county or of a city without counties", () => {
      const { sut } = catalogWithVillages();
      expect(codesUnder(sut, '440600')).toEqual(['440605']);
      expect(codesUnder(sut, '440605')).toEqual(['440605011', '440605124']);
      expect(codesUnder(sut, '441900')).toEqual(['441900003', '441900401']);
    });

    it("lists a township's villages by code once its province's villages are loaded", async () => {
      const { sut } = catalogWithVillages({
        '44': { '440605011002': '桂二社区居委会', '440605011001': '桂一社区居委会', '440605124001': '狮山村', '440605999001': '无主村' },
      });
      expect(() => sut.childrenOf('440605011')).toThrow(RegionCatalogError);

      await sut.loadVillages('44');

      expect(sut.childrenOf('440605011')).toEqual([
        { code: '440605011001', name: '桂一社区居委会', level: 'village', parentCode: '440605011', path: ['440000', '440600', '440605', '440605011'] },
        { code: '440605011002', name: '桂二社区居委会', level: 'village', parentCode: '440605011', path: ['440000', '440600', '440605', '440605011'] },
      ]);
      expect(sut.villagesOf('440605124').map((r) => r.name)).toEqual(['狮山村']);
      expect(sut.villagesOf('441900003')).toEqual([]);
      // A village of an unknown township is no division of the catalog, as for lookup.
      expect(sut.villagesOf('440605999')).toEqual([]);
      expect(sut.lookup('440605999001')).toBeUndefined();
    });

    it('has nothing under a village, an unknown or malformed code, or a province it does not hold', () => {
      const { sut } = catalogWithVillages();
      expect(sut.childrenOf('440605011001')).toEqual([]);
      expect(sut.childrenOf('440699')).toEqual([]);
      expect(sut.childrenOf('44')).toEqual([]);
      expect(sut.childrenOf('abc')).toEqual([]);
      expect(sut.childrenOf('370000')).toEqual([]);
      expect(sut.villagesOf('370102001')).toEqual([]);
    });
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
