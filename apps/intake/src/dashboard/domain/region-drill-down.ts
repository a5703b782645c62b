// The dashboard's breakdown by region, one administrative level below the region asked for
// (province → city → county → township), by the leading digits of the tickets' region codes.

export const DRILL_LEVELS = ['city', 'county', 'township'] as const;
export type DrillLevel = (typeof DRILL_LEVELS)[number];

export interface DrillDown {
  /** The level of the rows. */
  level: DrillLevel;
  /** The region drilled into by its full code ("440000", "440600", "440605"); null for every region. */
  parentCode: string | null;
  /** The region code prefix every counted ticket shares ("44", "4406", "440605"); null for every region. */
  prefix: string | null;
  /** How many leading digits of a ticket's region code name its row: 4 (city), 6 (county) or 9 (township). */
  digits: 4 | 6 | 9;
}

/**
 * One level below the region with this prefix: all regions or a province ("44") by city, a city
 * ("4406") by county, a county ("440605") by township. A city without counties (Dongguan, 4419)
 * goes straight to its townships. `null` when the prefix names no province, city or county.
 */
export function drillDownOf(
  prefix: string | null,
  governsTownshipsDirectly: (cityCode: string) => boolean,
): DrillDown | null {
  if (prefix === null) return { level: 'city', parentCode: null, prefix: null, digits: 4 };
  if (!/^\d+$/.test(prefix)) return null;
  switch (prefix.length) {
    case 2:
      return { level: 'city', parentCode: `${prefix}0000`, prefix, digits: 4 };
    case 4: {
      const cityCode = `${prefix}00`;
      return governsTownshipsDirectly(cityCode)
        ? { level: 'township', parentCode: cityCode, prefix, digits: 9 }
        : { level: 'county', parentCode: cityCode, prefix, digits: 6 };
    }
    case 6:
      return { level: 'township', parentCode: prefix, prefix, digits: 9 };
    default:
      return null;
  }
}

/**
 * The full code of a row from the leading digits its tickets share: a city is padded to 6 digits
 * (4406 → 440600). A ticket whose region is no finer than the region drilled into (a county-level
 * code at township level) counts under that region's own code.
 */
export function rowRegionCodeOf(leadingDigits: string, drill: Pick<DrillDown, 'level'>): string {
  return drill.level === 'city' ? leadingDigits.padEnd(6, '0') : leadingDigits;
}
