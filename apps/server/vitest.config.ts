import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['../../packages/test-utils/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // FerretDB and argon2 share two cores: a few files at a time is faster than all at once.
    maxWorkers: 2,
  },
});
