import type { AgencyType } from '@legal-hotline/contracts';
import type { RegionCatalog } from '@legal-hotline/regions';

/** What the derivation reads from the region catalog. */
export type DivisionTree = Pick<RegionCatalog, 'lookup' | 'citiesOf' | 'countiesOf' | 'townshipsOf'>;

/**
 * Ids of the receiving bodies of one type in the served provinces (`"44"` or `"440000"`), as
 * routing's directory seed derives them from the same region catalog
 * (apps/routing/src/directory/domain/directory-seed.ts, which a routing test holds to this):
 * - a legal-aid centre per province, prefecture city and county-level area;
 * - a people's mediation committee per township, and a joint one per county-level area.
 *
 * The inboxes answer 404 for any other id, rather than an empty inbox that looks like a body
 * with no work. Routing creates no bodies at run time (its API changes existing ones, and a
 * closed body keeps its id), so the seed's ids are every id an assignment can name; should
 * routing one day add bodies, they would reach the inboxes as events instead.
 */
export function receivingBodyIds(catalog: DivisionTree, provinces: readonly string[], agencyType: AgencyType): ReadonlySet<string> {
  const ids = new Set<string>();
  const add = (regionCode: string): void => void ids.add(`${agencyType}:${regionCode}`);
  for (const provinceNumber of new Set(provinces.map((code) => code.slice(0, 2)))) {
    const province = catalog.lookup(`${provinceNumber}0000`);
    if (province?.level !== 'province') throw new Error(`province ${provinceNumber} is not in the region catalog`);
    const counties = catalog.countiesOf(provinceNumber);
    switch (agencyType) {
      case 'legal-aid-centre':
        add(province.code);
        for (const city of catalog.citiesOf(provinceNumber)) add(city.code);
        for (const county of counties) add(county.code);
        break;
      case 'mediation-committee':
        for (const county of counties) {
          add(county.code);
          for (const township of catalog.townshipsOf(county.code)) add(township.code);
        }
        break;
    }
  }
  return ids;
}
