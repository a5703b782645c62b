import { hasRole, type Principal } from '../../auth/principal';

// The region filter of the dashboard. The services take a region as a code prefix ("44" a
// province, "4406" a city, "440605" a county, "440605011" a township); the region catalog names
// divisions by their full code (440000, 440600, 440605, 440605011). The dashboard keeps the
// prefix and converts at the catalog's door.

export type RegionLevel = 'province' | 'city' | 'county' | 'township';

const PREFIX = /^(\d{2}|\d{4}|\d{6}|\d{9})$/;

/** The prefix a catalog code stands for: 440000 → "44", 440600 → "4406", 440605 and 9-digit codes as they are. */
export function regionPrefixOf(code: string): string {
  if (code.length !== 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** The catalog code of a prefix: "44" → 440000, "4406" → 440600. */
export function catalogCodeOf(prefix: string): string {
  return prefix.length < 6 ? prefix.padEnd(6, '0') : prefix;
}

export function isRegionPrefix(value: string | null | undefined): value is string {
  return typeof value === 'string' && PREFIX.test(value);
}

export function levelOf(prefix: string): RegionLevel {
  switch (prefix.length) {
    case 2:
      return 'province';
    case 4:
      return 'city';
    case 6:
      return 'county';
    default:
      return 'township';
  }
}

/** The level the region × category figures group by under a region (null: all provinces, by city). */
export function breakdownLevelOf(prefix: string | null): RegionLevel | null {
  if (prefix === null) return 'city';
  switch (levelOf(prefix)) {
    case 'province':
      return 'city';
    case 'city':
      return 'county';
    case 'county':
      return 'township';
    case 'township':
      return null;
  }
}

/** The supervisor's area as a prefix ("4406"), or null for roles that have none. */
export function areaOf(principal: Principal): string | null {
  if (!hasRole(principal, 'supervisor')) return null;
  return isRegionPrefix(principal.area) ? principal.area : null;
}

/**
 * The region a person looks at: the one in the address when it lies inside their area (a
 * supervisor), else the area itself; everyone else may look at any region, or at all (null).
 */
export function effectiveRegionOf(asked: string | null, area: string | null): string | null {
  const valid = isRegionPrefix(asked) ? asked : null;
  if (area === null) return valid;
  return valid !== null && valid.startsWith(area) ? valid : area;
}

/**
 * Where a click on a region of the figures leads: one level down, or nowhere when the region is
 * the one already shown (a city that governs its townships directly has no county between) or
 * the deepest level the figures break down to.
 */
export function drillTargetOf(current: string | null, rowCode: string): string | null {
  const target = regionPrefixOf(rowCode);
  if (!isRegionPrefix(target) || target === current) return null;
  if (current !== null && !target.startsWith(current)) return null;
  return target;
}

/**
 * The breadcrumb's steps from the catalog's path of a region (province first, the region last):
 * as prefixes, each once, from the root a person may reach (all, or their area) down.
 */
export function breadcrumbOf(
  path: { code: string; name: string }[],
  area: string | null,
): { region: string; name: string }[] {
  const steps: { region: string; name: string }[] = [];
  for (const step of path) {
    const region = regionPrefixOf(step.code);
    if (steps.some((known) => known.region === region)) continue;
    if (area !== null && region.length < area.length) continue;
    steps.push({ region, name: step.name });
  }
  return steps;
}
