// Load time and memory of the region catalog. Run with `npm run bench` (builds dist first;
// --expose-gc lets the heap figures exclude garbage). Prints figures; asserts nothing.
import { loadRegionCatalog } from '../dist/index.js';

const provinces = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['44', '52'];
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const settledHeap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

const baseline = settledHeap();
let started = performance.now();
const catalog = await loadRegionCatalog({ provinces });
const loadMs = performance.now() - started;
const afterLoad = settledHeap();
const counties = provinces.reduce((n, p) => n + catalog.countiesOf(p).length, 0);
console.log(`provinces ${provinces.join(',')}: ${counties} county-level areas`);
console.log(`loadRegionCatalog: ${loadMs.toFixed(0)} ms, heap +${mb(afterLoad - baseline)}`);

for (const province of provinces) {
  started = performance.now();
  await catalog.loadVillages(province);
  const ms = performance.now() - started;
  console.log(`villages of ${province}: ${ms.toFixed(0)} ms, heap now +${mb(settledHeap() - baseline)}`);
}

started = performance.now();
const lookups = 100_000;
const township = catalog.townshipsOf(catalog.countiesOf(provinces[0])[0].code)[0].code;
for (let i = 0; i < lookups; i += 1) catalog.ancestorsOf(township);
console.log(`ancestorsOf(${township}): ${(((performance.now() - started) / lookups) * 1000).toFixed(2)} µs each`);
console.log(`rss ${mb(process.memoryUsage().rss)}`);
