import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    // A cold FerretDB build in beforeAll takes about a minute.
    hookTimeout: 300_000,
    env: { MONGOMS_DISABLE_POSTINSTALL: '1' },
  },
});
