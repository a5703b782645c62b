import type { TownshipKind } from './region.js';

/** Same shape as `RegionCode` in `@legal-hotline/contracts`: 6, 9 or 12 digits. */
const REGION_CODE_PATTERN = /^\d{6}(\d{3}(\d{3})?)?$/;

/** Whether `code` has the shape of a division code (6, 9 or 12 digits); says nothing about existence. */
export function isWellFormedRegionCode(code: string): boolean {
  return REGION_CODE_PATTERN.test(code);
}

/**
 * The two-digit province part of a code ("44" for "440605011"); accepts a bare province
 * number ("44") too. Throws on anything else, since a bad province filter is a programming error.
 */
export function provinceNumberOf(code: string): string {
  if (/^\d{2}$/.test(code) || isWellFormedRegionCode(code)) return code.slice(0, 2);
  throw new RangeError(`not a province number or region code: '${code}'`);
}

/** The dataset writes provinces as 2 digits and cities as 4; GB/T 2260 pads both to 6 ("44" -> "440000"). */
export function toSixDigitCode(shortCode: string): string {
  return shortCode.padEnd(6, '0');
}

/** Kind of township-level unit, from digits 7-9 of its code (GB/T 10114). */
export function townshipKindOf(townshipCode: string): TownshipKind {
  const serial = Number(townshipCode.slice(6, 9));
  if (serial < 100) return 'sub-district';
  if (serial < 200) return 'town';
  if (serial < 400) return 'township';
  return 'township-like';
}

/**
 * The code prefix shared by every division inside a region: GB/T 2260 pads a province to
 * 6 digits with "0000" and a prefecture city with "00", so "440000" covers every code starting
 * "44" and "440600" every code starting "4406". County (6 digits), township (9) and village (12)
 * codes are their own prefix: 440605 covers 440605011 and 440605011001.
 */
export function regionPrefixOf(regionCode: string): string {
  if (regionCode.length !== 6) return regionCode;
  if (regionCode.endsWith('0000')) return regionCode.slice(0, 2);
  if (regionCode.endsWith('00')) return regionCode.slice(0, 4);
  return regionCode;
}

/** Whether the region `area` (a supervisor's province, city or county) contains `regionCode`. */
export function regionCovers(area: string, regionCode: string): boolean {
  return isWellFormedRegionCode(area) && regionCode.startsWith(regionPrefixOf(area));
}
