import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRegionCatalog, type RegionCatalog } from '@legal-hotline/regions';
import type { Agency } from './agency.js';
import { indexAgencies } from './agency-directory.js';
import { buildDirectorySeed } from './directory-seed.js';

describe(buildDirectorySeed.name, () => {
  let catalog: RegionCatalog;
  let sut: Agency[];
  const byId = (id: string) => sut.find((agency) => agency.id === id);
  const bodiesServing = (regionCode: string, type: Agency['type']) =>
    sut.filter((agency) => agency.type === type && agency.jurisdictions.some((j) => j.regionCode === regionCode));

  beforeAll(async () => {
    catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
    sut = buildDirectorySeed(catalog, ['44', '520000']);
  });

  // The dataset counts Dongguan and Zhongshan as county-level areas: 122 counties + 2 in Guangdong.
  it.each([
    ['44', 124],
    ['52', 88],
  ])('gives each of the county-level areas of %s (%i) exactly one legal-aid centre', (province, count) => {
    const counties = catalog.countiesOf(province);
    expect(counties).toHaveLength(count);
    for (const county of counties) expect(bodiesServing(county.code, 'legal-aid-centre')).toHaveLength(1);
  });

  it.each(['44', '52'])('gives each township of %s exactly one mediation committee', (province) => {
    const townships = catalog.countiesOf(province).flatMap((county) => catalog.townshipsOf(county.code));
    expect(townships.length).toBeGreaterThan(1500);
    for (const township of townships) expect(bodiesServing(township.code, 'mediation-committee')).toHaveLength(1);
  });

  it('names the bodies after their regions, with city and province centres above the counties', () => {
    expect(byId('legal-aid-centre:440605')).toMatchObject({
      name: '南海区法律援助中心',
      level: 'county',
      regionCode: '440605',
    });
    expect(byId('legal-aid-centre:440600')).toMatchObject({ name: '佛山市法律援助中心', level: 'city' });
    expect(byId('legal-aid-centre:440000')).toMatchObject({ name: '广东省法律援助中心', level: 'province' });
    expect(byId('legal-aid-centre:520000')).toMatchObject({ name: '贵州省法律援助中心', level: 'province' });
    expect(byId('mediation-committee:440605011')).toMatchObject({ name: '桂城街道人民调解委员会', level: 'township' });
    expect(byId('mediation-committee:440605')).toMatchObject({ name: '南海区联合人民调解委员会', level: 'county' });
  });

  it('gives Dongguan one legal-aid centre, the city one, and committees for its townships', () => {
    expect(sut.filter((agency) => agency.id === 'legal-aid-centre:441900')).toEqual([
      expect.objectContaining({
        name: '东莞市法律援助中心',
        level: 'city',
        jurisdictions: [expect.objectContaining({ regionCode: '441900' })],
      }),
    ]);
    expect(byId('mediation-committee:441900003')?.name).toBe('东城街道人民调解委员会');
  });

  it.each([
    ['legal-aid-centre:440605', ['zh-CN', 'yue']],
    ['legal-aid-centre:441402', ['zh-CN', 'yue', 'hak']],
    ['mediation-committee:441602001', ['zh-CN', 'yue', 'hak']],
    ['legal-aid-centre:440507', ['zh-CN', 'yue', 'nan']],
    ['legal-aid-centre:445100', ['zh-CN', 'yue', 'nan']],
    ['legal-aid-centre:445202', ['zh-CN', 'yue', 'nan']],
    ['legal-aid-centre:440000', ['zh-CN', 'yue', 'hak', 'nan']],
    ['legal-aid-centre:522726', ['zh-CN']],
  ])('has %s serve %j', (id, languages) => {
    expect(byId(id)?.languages).toEqual(languages);
  });

  it('keeps the province centre on duty round the clock and local bodies on office hours', () => {
    expect(byId('legal-aid-centre:440000')?.dutyHours[7]).toEqual([{ from: '00:00', to: '24:00' }]);
    expect(byId('legal-aid-centre:440605')?.dutyHours[7]).toBeUndefined();
  });

  it('leaves criminal defence to legal aid, out of people mediation', () => {
    expect(byId('legal-aid-centre:440605')?.legalCategories).toEqual([]);
    expect(byId('mediation-committee:440605011')?.legalCategories).not.toContain('criminal-defence');
  });

  it('gives every body its own id', () => {
    expect(() => indexAgencies(sut)).not.toThrow();
  });
});
