// Prints one line per test tier and a closing total from the JSON results of Jest, Vitest and Playwright.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  let result;
  try {
    result = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.log(`${basename(file, '.json')}: no results (the run did not finish)`);
    failed += 1;
    continue;
  }
  if (result.stats && Array.isArray(result.suites)) {
    // Playwright's JSON report (the browser tests).
    const { expected = 0, unexpected = 0, flaky = 0, skipped: skippedTests = 0 } = result.stats;
    const errors = result.errors?.length ?? 0;
    console.log(`${basename(file, '.json')}: ${expected + flaky} passed, ${unexpected} failed, ${skippedTests} skipped` + (errors ? ` (${errors} errors)` : ''));
    passed += expected + flaky;
    failed += unexpected + (unexpected === 0 ? errors : 0);
    skipped += skippedTests;
    continue;
  }
  const suitesFailed = result.numFailedTestSuites ?? 0;
  console.log(
    `${basename(file, '.json')}: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests} skipped` +
      (suitesFailed ? ` (${suitesFailed} suites failed)` : ''),
  );
  passed += result.numPassedTests;
  failed += result.numFailedTests + (result.numFailedTests === 0 ? suitesFailed : 0);
  skipped += result.numPendingTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
