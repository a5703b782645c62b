import { systemJestConfig } from '../../jest.preset.js';

export default {
  ...systemJestConfig,
  displayName: 'system',
  testMatch: ['<rootDir>/tests/system/**/*.e2e-spec.ts'],
  setupFiles: [`${systemJestConfig.rootDir}/libs/testing/src/jest-namespace.setup.js`],
  setupFilesAfterEnv: [`${systemJestConfig.rootDir}/libs/testing/src/jest-timeout.setup.js`],
  globalSetup: `${systemJestConfig.rootDir}/libs/testing/src/jest-global-setup.js`,
  globalTeardown: `${systemJestConfig.rootDir}/libs/testing/src/jest-global-teardown.js`,
};
