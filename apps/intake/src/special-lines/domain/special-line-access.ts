import { AccessDeniedError, type Principal } from '@legal-hotline/auth';
import { isWellFormedRegionCode, regionCovers, regionPrefixOf } from '@legal-hotline/regions';
import { SpecialLineError } from './special-line-error.js';

// Who manages a line: a supervisor (督办) whose area contains the region the line serves. A line
// for the whole platform (no region) is managed by a province's supervisors: the provincial
// justice department runs the 12348 platform, and no role covers more than a province.

/** Whether `area` is a whole province ("440000"). */
function isProvince(area: string): boolean {
  return area.length === 6 && area.endsWith('0000');
}

/**
 * Throws 403 unless the supervisor may open, change or close a line serving `regionCode`
 * (null: the whole platform). `field` names the request field for a line being opened.
 */
export function assertMayManage(principal: Principal, regionCode: string | null, field: string | null = null): void {
  const area = principal.area;
  if (area === null || !isWellFormedRegionCode(area)) throw AccessDeniedError.noArea();
  if (regionCode === null) {
    if (isProvince(area)) return;
    throw new SpecialLineError(
      'SPECIAL_LINE.PLATFORM_WIDE',
      'forbidden',
      `a line for the whole platform is managed by a province's supervisors; give a regionCode within your area ${area}`,
      field,
    );
  }
  if (!regionCovers(area, regionCode)) throw AccessDeniedError.outsideArea(`region ${regionCode}`);
}

/** Whether a line serving `lineRegion` (null: the whole platform) serves a ticket in `regionCode`. */
export function servesRegion(lineRegion: string | null, regionCode: string): boolean {
  return lineRegion === null || regionCode.startsWith(regionPrefixOf(lineRegion));
}
