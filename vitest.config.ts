import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // One test file at a time (Vitest's default on 2-core machines, whatever the cores here): two builds
    // of one checkout at the same time can fail (a narrative chapter's content collection not found),
    // and most files build or read a site the first of them builds (test/support/sites.ts).
    maxWorkers: 1,
    // Integration tests spawn `npm run validate` and Astro builds; give them room on 2-core machines.
    testTimeout: 120_000,
  },
});
