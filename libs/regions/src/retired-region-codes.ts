/**
 * A division code that was withdrawn, and the code that took over its area. Codes are retired
 * and new ones issued most years (a county becomes a district or a county-level city, districts
 * merge), while tickets, partner systems and callers keep using the old ones.
 */
export interface RetiredRegionCode {
  /** The withdrawn 6-digit code. */
  readonly code: string;
  readonly name: string;
  /** The code now covering the area; for a merger, the code of the merged division. */
  readonly successorCode: string;
  readonly successorName: string;
  /**
   * First day (Asia/Shanghai, `YYYY-MM-DD`) on which the successor code applies. The Ministry of
   * Civil Affairs code tables record changes by year, so the entries below carry the first day
   * of the year whose table first shows the change; replace it with the date of the provincial
   * notice when you have one.
   */
  readonly effectiveFrom: string;
  /** Where the change is recorded: the State Council approval (国函) or the year's code table. */
  readonly basis: string;
}

/**
 * Retired codes of Guangdong and Guizhou, checked against the MCA county-level code tables of
 * the years named. Not a complete history: this is configuration, so pass your own table to
 * {@link resolveRetired} and {@link retirementOf} to extend or replace it.
 */
export const RETIRED_REGION_CODES: readonly RetiredRegionCode[] = [
  {
    code: '440116',
    name: '萝岗区',
    successorCode: '440112',
    successorName: '黄埔区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014: merged into 黄埔区',
  },
  {
    code: '440183',
    name: '增城市',
    successorCode: '440118',
    successorName: '增城区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014',
  },
  {
    code: '440184',
    name: '从化市',
    successorCode: '440117',
    successorName: '从化区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014',
  },
  {
    code: '440903',
    name: '茂港区',
    successorCode: '440904',
    successorName: '电白区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014: merged with 电白县 into 电白区',
  },
  {
    code: '440923',
    name: '电白县',
    successorCode: '440904',
    successorName: '电白区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014: merged with 茂港区 into 电白区',
  },
  {
    code: '441723',
    name: '阳东县',
    successorCode: '441704',
    successorName: '阳东区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014',
  },
  {
    code: '445323',
    name: '云安县',
    successorCode: '445303',
    successorName: '云安区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014',
  },
  {
    code: '441283',
    name: '高要市',
    successorCode: '441204',
    successorName: '高要区',
    effectiveFrom: '2015-01-01',
    basis: '国函〔2015〕76号',
  },
  {
    code: '520421',
    name: '平坝县',
    successorCode: '520403',
    successorName: '平坝区',
    effectiveFrom: '2014-01-01',
    basis: 'MCA code table 2014',
  },
  {
    code: '520522',
    name: '黔西县',
    successorCode: '520581',
    successorName: '黔西市',
    effectiveFrom: '2021-01-01',
    basis: 'MCA code table 2021',
  },
];

const SHANGHAI_OFFSET = '+08:00';
const indexes = new WeakMap<readonly RetiredRegionCode[], ReadonlyMap<string, RetiredRegionCode>>();

function indexOf(table: readonly RetiredRegionCode[]): ReadonlyMap<string, RetiredRegionCode> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map(table.map((entry) => [entry.code, entry]));
    indexes.set(table, index);
  }
  return index;
}

function inForceAt(entry: RetiredRegionCode, at: Date): boolean {
  return at.getTime() >= Date.parse(`${entry.effectiveFrom}T00:00:00${SHANGHAI_OFFSET}`);
}

/** The retirement of `code` in force at `at`, if any. */
export function retirementOf(
  code: string,
  at: Date,
  table: readonly RetiredRegionCode[] = RETIRED_REGION_CODES,
): RetiredRegionCode | undefined {
  const entry = indexOf(table).get(code);
  return entry && inForceAt(entry, at) ? entry : undefined;
}

/**
 * The code in force at `at` for `code`: its successor if it was retired by then (followed
 * through later retirements of the successor), otherwise `code` unchanged. Codes of villages
 * and townships are not tracked and come back unchanged.
 */
export function resolveRetired(
  code: string,
  at: Date,
  table: readonly RetiredRegionCode[] = RETIRED_REGION_CODES,
): string {
  const seen = new Set<string>();
  let current = code;
  for (let entry = retirementOf(current, at, table); entry; entry = retirementOf(current, at, table)) {
    if (seen.has(current)) throw new Error(`retired region codes form a cycle through '${current}'`);
    seen.add(current);
    current = entry.successorCode;
  }
  return current;
}
