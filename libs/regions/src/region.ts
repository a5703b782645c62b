/**
 * Level of an administrative division, from the widest to the most local:
 * province 省级, city 地级 (prefecture), county 县级, township 乡级 (town, township or
 * sub-district), village 村级 (villagers' or residents' committee).
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/**
 * Kind of a township-level unit, read from the 7th to 9th digits of its code (GB/T 10114):
 * 001-099 sub-district 街道, 100-199 town 镇, 200-399 township 乡 (including ethnic townships
 * and sumu), 400-599 township-like units 类似乡级单位 (development zones, state farms, forest
 * farms, mining areas).
 */
export type TownshipKind = 'sub-district' | 'town' | 'township' | 'township-like';

/** One administrative division. */
export interface Region {
  /**
   * 6 digits for a province, city or county (GB/T 2260, e.g. "440000", "440600", "440605"),
   * 9 for a township (e.g. "440605011"), 12 for a village (e.g. "440605011001").
   */
  readonly code: string;
  /** Official name, e.g. "南海区", "桂城街道". */
  readonly name: string;
  readonly level: RegionLevel;
  /**
   * The governing division one level up; `null` for a province. Statistical groupings
   * (see {@link Region.statisticalGrouping}) are never a parent: the counties they group
   * have the province as parent.
   */
  readonly parentCode: string | null;
  /** Codes of every ancestor, province first and parent last; empty for a province. */
  readonly path: readonly string[];
  /**
   * A prefecture-level city without counties (Dongguan 441900, Zhongshan 442000, Danzhou 460400):
   * its townships sit directly under it. It is represented once, at county level, under its own
   * 6-digit code, and stands for the city too.
   */
  readonly directlyGovernsTownships?: true;
  /**
   * A city-level code that only groups counties for statistics and has no government of its own:
   * 市辖区 of the municipalities (110100, 500100) and 省直辖县级行政区划 (429000, 469000). It can be
   * looked up but is never an ancestor.
   */
  readonly statisticalGrouping?: true;
  /** For a township: what kind of unit it is. */
  readonly townshipKind?: TownshipKind;
}
