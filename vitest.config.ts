import { defineConfig } from 'vitest/config';
import LongestFirst from './test/support/sequencer.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // Two test files at a time: one's builds beside the other's browser and unit work. Two builds of one
    // checkout take their Astro steps in turn (src/build/build-locks.ts), and most files read a site
    // the first of them builds (test/support/sites.ts).
    maxWorkers: 2,
    // The longest files first, so that neither worker ends the run alone with one of them.
    sequence: { sequencer: LongestFirst },
    // Integration tests spawn `npm run validate` and Astro builds; give them room on 2-core machines.
    testTimeout: 120_000,
    // A browser's answer polled for (expect.poll) may come seconds late while the other file builds:
    // Vitest's one second is for a quiet machine; a condition that never holds still fails.
    expect: { poll: { timeout: 15_000 } },
  },
});
