// Shared Jest configuration. Jest runs the ESM-only NestJS in ESM mode: sources are
// transformed by @swc/jest with decorator metadata on, and Node must be started with
// --experimental-vm-modules (the package scripts do that).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = dirname(fileURLToPath(import.meta.url));
const swcConfig = JSON.parse(readFileSync(join(workspaceRoot, '.swcrc'), 'utf8'));
delete swcConfig.$schema;

const base = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  moduleNameMapper: {
    '^@legal-hotline/([a-z-]+)$': `${workspaceRoot}/libs/$1/src/index.ts`,
    '^@legal-hotline/([a-z-]+)/(.+)$': `${workspaceRoot}/libs/$1/src/$2.ts`,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

/**
 * Builds a project's Jest configuration with two selectable projects:
 * `unit` (`src/**\/*.spec.ts`, no infrastructure) and `integration`
 * (`test/**\/*.int-spec.ts`, real PostgreSQL and Kafka).
 */
export function projectJestConfig(projectDir) {
  return {
    rootDir: projectDir,
    projects: [
      { ...base, displayName: 'unit', rootDir: projectDir, testMatch: ['<rootDir>/src/**/*.spec.ts'] },
      {
        ...base,
        displayName: 'integration',
        rootDir: projectDir,
        testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
        setupFiles: [`${workspaceRoot}/libs/testing/src/jest-namespace.setup.js`],
        setupFilesAfterEnv: [`${workspaceRoot}/libs/testing/src/jest-timeout.setup.js`],
        slowTestThreshold: 30,
        globalSetup: `${workspaceRoot}/libs/testing/src/jest-global-setup.js`,
        globalTeardown: `${workspaceRoot}/libs/testing/src/jest-global-teardown.js`,
      },
    ],
  };
}

export const systemJestConfig = { ...base, rootDir: workspaceRoot, testTimeout: 300_000 };

/**
 * One Jest run per test tier across every project (used by `npm test`): each project keeps its
 * own rootDir, so `src/**\/*.spec.ts` and `test/**\/*.int-spec.ts` are found per project.
 */
export function tierConfig(tier) {
  const projectDirs = ['apps', 'libs'].flatMap((group) =>
    readdirSync(join(workspaceRoot, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(workspaceRoot, group, entry.name, 'package.json')))
      // The console runs in the browser: its own tests run with Vitest (jsdom) and Playwright.
      .filter((entry) => !(group === 'apps' && entry.name === 'console'))
      .map((entry) => join(workspaceRoot, group, entry.name)),
  );
  const workspaceChecks = { ...base, displayName: 'workspace:unit', rootDir: join(workspaceRoot, 'tests'), testMatch: ['<rootDir>/workspace/**/*.spec.ts'] };
  return {
    projects: [...(tier === 'unit' ? [workspaceChecks] : []), ...projectDirs.map((dir) => {
      const [unit, integration] = projectJestConfig(dir).projects;
      const chosen = tier === 'unit' ? unit : integration;
      return { ...chosen, displayName: `${basename(dir)}:${tier}` };
    })],
  };
}
