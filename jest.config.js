'use strict';

// Three projects, one `npm test`:
//  - node: domain, model, data layer and local server tests (PnPjs over real HTTP);
//  - dom:  React component tests in jsdom with Testing Library and axe;
//  - e2e:  the local host in Debian's Chromium through playwright-core.
// Type checking is done by `npm run lint` (tsc); ts-jest only transpiles, which halves test time.
const transform = {
  '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }]
};
// PnPjs v4, the readability packages and d3 (under @fluentui/react-charts, with its internmap) ship
// ESM only; let ts-jest turn them into CommonJS.
const transformIgnorePatterns = ['/node_modules/(?!(@pnp|flesch|syllable|normalize-strings|d3-[^/]+|internmap)/)'];
const common = { transform, transformIgnorePatterns, moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  // Data tests start a local SharePoint and run set-up in their hooks: allow for a busy 2-core machine.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/']
    },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/dom.ts'],
      moduleNameMapper: { '\\.(css|scss)$': 'identity-obj-proxy' }
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts']
    }
  ]
};
