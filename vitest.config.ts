import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // At least two test files at a time (Vitest's default is one fewer than the cores, one on these 2-core
    // machines): most files spend their time waiting on the processes they start (builds, Chromium, servers).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Integration tests spawn `npm run validate` and Astro builds; give them room on 2-core machines.
    testTimeout: 120_000,
  },
});
