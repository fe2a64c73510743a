import { defineConfig } from 'vitest/config';

// One runner for every workspace: pure packages and the API run in Node, the web app in jsdom.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', root: 'packages/domain', environment: 'node', include: ['src/**/*.test.ts'] } },
      { test: { name: 'contracts', root: 'packages/contracts', environment: 'node', include: ['src/**/*.test.ts'] } },
      // The test runner's own report reading (scripts/test-all.mjs).
      { test: { name: 'scripts', root: 'scripts', environment: 'node', include: ['*.test.ts'] } },
      {
        test: {
          name: 'api',
          root: 'apps/api',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          execArgv: ['--openssl-legacy-provider'],
        },
      },
      {
        extends: 'apps/web/vite.config.ts',
        test: {
          name: 'web',
          root: 'apps/web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['src/test/setup.ts'],
          // A test file's first render also loads the lazily split pages' modules (jsdom on two busy cores).
          testTimeout: 15_000,
        },
      },
    ],
    coverage: { provider: 'v8', include: ['packages/domain/src/**'], exclude: ['**/*.test.ts'] },
  },
});
