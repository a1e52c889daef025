import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/switches.setup.ts'],
    testTimeout: 30_000,
    // Every core: Vitest's default leaves one free, which on a 2-core machine runs the files one
    // at a time (106 s against 65 s here).
    maxWorkers: availableParallelism(),
  },
});
