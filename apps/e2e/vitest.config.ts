import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Polls wait as long as a user would, not the 1 s default: CI machines are slower and busier.
    expect: { poll: { timeout: 5_000 } },
    // One browser and one server at a time: two cores.
    fileParallelism: false,
  },
});
