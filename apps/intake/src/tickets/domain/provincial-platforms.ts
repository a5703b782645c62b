// The provincial 12348 platforms (省级12348公共法律服务热线平台). A case a partner hotline forwards
// is answered and closed by one of them (DOMAIN.md §2): the one the partner chose, or the one of
// the province where the case lies. Every province has one, so no forwarded case is left without
// someone able to close it.

/** One provincial 12348 platform, under the organisation id its staff's access tokens carry. */
export interface ProvincialPlatform {
  /** Two-digit province number (GB/T 2260): "44" Guangdong. */
  provinceNumber: string;
  /** Organisation id in the identity provider, e.g. "12348-gd". */
  id: string;
  /** Display name, e.g. "广东省12348公共法律服务热线". */
  name: string;
}

/** The platforms of every province, one each. */
export type ProvincialPlatforms = readonly ProvincialPlatform[];

/**
 * The 31 provincial-level divisions, with the ids `12348-<abbr>` after the two-letter province
 * abbreviations of GB/T 2260 (gd Guangdong, gz Guizhou, he Hebei, hb Hubei, ...).
 */
const PROVINCES: readonly (readonly [provinceNumber: string, abbreviation: string, province: string])[] = [
  ['11', 'bj', '北京市'],
  ['12', 'tj', '天津市'],
  ['13', 'he', '河北省'],
  ['14', 'sx', '山西省'],
  ['15', 'nm', '内蒙古自治区'],
  ['21', 'ln', '辽宁省'],
  ['22', 'jl', '吉林省'],
  ['23', 'hl', '黑龙江省'],
  ['31', 'sh', '上海市'],
  ['32', 'js', '江苏省'],
  ['33', 'zj', '浙江省'],
  ['34', 'ah', '安徽省'],
  ['35', 'fj', '福建省'],
  ['36', 'jx', '江西省'],
  ['37', 'sd', '山东省'],
  ['41', 'ha', '河南省'],
  ['42', 'hb', '湖北省'],
  ['43', 'hn', '湖南省'],
  ['44', 'gd', '广东省'],
  ['45', 'gx', '广西壮族自治区'],
  ['46', 'hi', '海南省'],
  ['50', 'cq', '重庆市'],
  ['51', 'sc', '四川省'],
  ['52', 'gz', '贵州省'],
  ['53', 'yn', '云南省'],
  ['54', 'xz', '西藏自治区'],
  ['61', 'sn', '陕西省'],
  ['62', 'gs', '甘肃省'],
  ['63', 'qh', '青海省'],
  ['64', 'nx', '宁夏回族自治区'],
  ['65', 'xj', '新疆维吾尔自治区'],
];

export const DEFAULT_PROVINCIAL_PLATFORMS: ProvincialPlatforms = PROVINCES.map(
  ([provinceNumber, abbreviation, province]) => ({
    provinceNumber,
    id: `12348-${abbreviation}`,
    name: `${province}12348公共法律服务热线`,
  }),
);

/** The platform of the province a region code lies in ("440605011" → Guangdong's); `undefined` for no province. */
export function platformOfRegion(platforms: ProvincialPlatforms, regionCode: string): ProvincialPlatform | undefined {
  return platforms.find((p) => p.provinceNumber === regionCode.slice(0, 2));
}

/** The platform with this organisation id; `undefined` when no province's platform has it. */
export function platformById(platforms: ProvincialPlatforms, organisationId: string): ProvincialPlatform | undefined {
  return platforms.find((p) => p.id === organisationId);
}

export type ProvincialPlatformsParse = { ok: true; platforms: ProvincialPlatforms } | { ok: false; problems: string[] };

const ORGANISATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const OVERRIDE_EXAMPLE = '{"44":{"id":"12348-gd","name":"广东省12348公共法律服务热线"}}';

/**
 * Reads overrides of the default table, as JSON by province number
 * (`{"44":{"id":"12348-gd","name":"..."}}`), merged over the defaults: a province not named keeps
 * its default platform, so the table always covers every province. Empty text: the defaults.
 * Names every problem: unknown provinces, missing or malformed ids and names, one id for two
 * provinces (a partner's choice must name one platform).
 */
export function parseProvincialPlatforms(text: string): ProvincialPlatformsParse {
  if (text.trim() === '') return { ok: true, platforms: DEFAULT_PROVINCIAL_PLATFORMS };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problems: [`must be a JSON object by province number, e.g. ${OVERRIDE_EXAMPLE}`] };
  }
  const problems: string[] = [];
  const overrides = new Map<string, ProvincialPlatform>();
  for (const [provinceNumber, value] of Object.entries(parsed)) {
    if (!DEFAULT_PROVINCIAL_PLATFORMS.some((p) => p.provinceNumber === provinceNumber)) {
      problems.push(`"${provinceNumber}" is not the 2-digit number of a province (11 北京市 … 65 新疆维吾尔自治区)`);
      continue;
    }
    const platform = overrideOf(provinceNumber, value, problems);
    if (platform) overrides.set(provinceNumber, platform);
  }
  const platforms = DEFAULT_PROVINCIAL_PLATFORMS.map((p) => overrides.get(p.provinceNumber) ?? p);
  for (const [index, platform] of platforms.entries()) {
    const other = platforms.slice(0, index).find((p) => p.id === platform.id);
    if (other)
      problems.push(
        `"${platform.id}" is the platform of both ${other.provinceNumber} and ${platform.provinceNumber}: each province has its own`,
      );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, platforms };
}

function overrideOf(provinceNumber: string, value: unknown, problems: string[]): ProvincialPlatform | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${provinceNumber}: must be an object {"id": ..., "name": ...}`);
    return undefined;
  }
  const { id, name, ...rest } = value as Record<string, unknown>;
  const before = problems.length;
  if (typeof id !== 'string' || !ORGANISATION_ID.test(id)) {
    problems.push(
      `${provinceNumber}.id: must be the organisation id the identity provider gives the platform, e.g. "12348-gd"`,
    );
  }
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200) {
    problems.push(`${provinceNumber}.name: must be the platform's display name, 1 to 200 characters`);
  }
  for (const field of Object.keys(rest)) problems.push(`${provinceNumber}.${field}: unknown field (only id and name)`);
  return problems.length === before ? { provinceNumber, id: id as string, name: (name as string).trim() } : undefined;
}
