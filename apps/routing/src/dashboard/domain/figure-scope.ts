import type { Principal } from '@legal-hotline/auth';
import { regionPrefixOf } from '@legal-hotline/regions';
import { supervisedSeatPrefixOf } from '../../escalation/domain/supervision-scope.js';

/**
 * Whose figures a reader sees: the bodies whose seat code starts with `seatPrefix` (every body
 * when null), or a refusal: a supervisor's account without an area, or a region outside it.
 */
export type FigureScope =
  | { kind: 'bodies'; seatPrefix: string | null; regionCode: string | null }
  | { kind: 'no-area' }
  | { kind: 'outside-area' };

/** What the rule reads from a verified principal. */
export type FigureReader = Pick<Principal, 'roles' | 'area'>;

/**
 * The code prefix a region filter stands for: a province number ("44") or city prefix ("4406")
 * as given, a 6-digit division code as GB/T 2260 pads it (440000 → "44", 440600 → "4406",
 * 440605 itself), a township code itself.
 */
export function regionFilterPrefixOf(regionCode: string): string {
  return regionCode.length === 6 ? regionPrefixOf(regionCode) : regionCode;
}

/**
 * Directory administrators see every body, or those inside `regionCode`. Supervisors see the
 * bodies seated in their area, or in a region inside it; a region reaching outside the area (a
 * wider one included) is refused, as is an account that names no area.
 */
export function figureScopeOf(reader: FigureReader, regionCode: string | undefined): FigureScope {
  const asked = regionCode === undefined ? null : regionFilterPrefixOf(regionCode);
  if (reader.roles.has('directory-admin')) return { kind: 'bodies', seatPrefix: asked, regionCode: regionCode ?? null };
  const area = supervisedSeatPrefixOf(reader.area);
  if (!reader.roles.has('supervisor') || area === null) return { kind: 'no-area' };
  if (asked === null) return { kind: 'bodies', seatPrefix: area, regionCode: reader.area };
  return asked.startsWith(area)
    ? { kind: 'bodies', seatPrefix: asked, regionCode: regionCode ?? null }
    : { kind: 'outside-area' };
}
