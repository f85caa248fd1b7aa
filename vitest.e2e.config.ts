import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built app. One file at a time (2 cores, software WebGL).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
