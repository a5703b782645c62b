import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRegionCatalog, type RegionCatalog } from '@legal-hotline/regions';
import { receivingBodyIds } from './receiving-bodies.js';

describe(receivingBodyIds.name, () => {
  let catalog: RegionCatalog;

  beforeAll(async () => {
    catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
  });

  it('knows a legal-aid centre per province, prefecture city and county-level area of the served provinces', () => {
    const sut = receivingBodyIds(catalog, ['44', '520000'], 'legal-aid-centre');

    for (const id of ['legal-aid-centre:440000', 'legal-aid-centre:440600', 'legal-aid-centre:440605', 'legal-aid-centre:441900', 'legal-aid-centre:522726']) {
      expect(sut.has(id)).toBe(true);
    }
    const counties = [...catalog.countiesOf('44'), ...catalog.countiesOf('52')];
    const cities = [...catalog.citiesOf('44'), ...catalog.citiesOf('52')];
    expect(sut.size).toBe(new Set(['440000', '520000', ...cities.map((c) => c.code), ...counties.map((c) => c.code)]).size);
  });

  it('knows a mediation committee per township and a joint one per county-level area', () => {
    const sut = receivingBodyIds(catalog, ['44'], 'mediation-committee');

    expect(sut.has('mediation-committee:440605011')).toBe(true);
    expect(sut.has('mediation-committee:440605')).toBe(true);
    const counties = catalog.countiesOf('44');
    expect(sut.size).toBe(counties.length + counties.flatMap((county) => catalog.townshipsOf(county.code)).length);
  });

  it.each([
    ['a body of an unserved province', 'legal-aid-centre', 'legal-aid-centre:110101'],
    ['a province served elsewhere but not here', 'legal-aid-centre', 'legal-aid-centre:522726'],
    ['a centre at township level', 'legal-aid-centre', 'legal-aid-centre:440605011'],
    ['a committee at city level', 'mediation-committee', 'mediation-committee:440600'],
    ['a committee at village level', 'mediation-committee', 'mediation-committee:440605011001'],
    ['the other kind of body', 'mediation-committee', 'legal-aid-centre:440605'],
    ['a malformed id', 'legal-aid-centre', 'legal-aid-centre:'],
  ] as const)('does not know %s', (_case, agencyType, agencyId) => {
    expect(receivingBodyIds(catalog, ['44'], agencyType).has(agencyId)).toBe(false);
  });

  it('names a province it cannot find', () => {
    expect(() => receivingBodyIds(catalog, ['11'], 'legal-aid-centre')).toThrow(/province 11 is not in the region catalog/);
  });
});
