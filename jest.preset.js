// Shared Jest configuration. Jest runs the ESM-only NestJS in ESM mode: sources are
// transformed by @swc/jest with decorator metadata on, and Node must be started with
// --experimental-vm-modules (the package scripts do that).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
        testTimeout: 120_000,
        slowTestThreshold: 30,
      },
    ],
  };
}

export const systemJestConfig = { ...base, rootDir: workspaceRoot, testTimeout: 300_000 };
