import { defineConfig } from 'vitest/config';

/** Browser tests: built game + Vite preview + headless Chromium. Run with `npm run test:e2e`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: the tests measure and screenshot, so they should not compete.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
