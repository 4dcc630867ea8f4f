import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // Integration tests spawn `npm run validate` and Astro builds; give them room on 2-core machines.
    testTimeout: 120_000,
  },
});
