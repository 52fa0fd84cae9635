/**
 * End-to-end tests: the built playground (dist-playground/, `npm run test:e2e` builds it first) in
 * Debian's Chromium through playwright-core. One file at a time; each starts its own server and browser.
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.js'],
  testTimeout: 180000,
};
