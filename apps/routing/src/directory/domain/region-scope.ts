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
