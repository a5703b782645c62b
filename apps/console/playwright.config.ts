import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

// The browser tests drive Debian's Chromium (Playwright's own browser downloads are not used)
// against the whole platform: the five services, Kafka, PostgreSQL, Keycloak and nginx serving
// the built console at one origin.
const root = join(import.meta.dirname, '../..');
const results = process.env.BROWSER_TEST_RESULTS ?? join(root, '.local/test-results/browser');
export const CONSOLE_TEST_PORT = Number(process.env.CONSOLE_TEST_PORT ?? 18088);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: join(results, 'artefacts'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  globalSetup: './e2e/global-setup.ts',
  reporter: [['list'], ['json', { outputFile: process.env.BROWSER_TEST_REPORT ?? join(results, 'report.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${CONSOLE_TEST_PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Root cannot use Chromium's sandbox; the tests only open this platform's own pages.
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    },
  },
});
