/** `npm run build`'s options (src/commands/build-args.ts). */
import { expect, it } from 'vitest';
import { buildArgs } from '../../src/commands/build-args.ts';

it('reads the output folder, the report language, the PDFs and the number of Astro processes', () => {
  expect(buildArgs([])).toEqual({ lang: 'both', pdf: true });
  expect(buildArgs(['--outDir', '/tmp/situs', '--lang', 'en', '--no-pdf', '--jobs', '1'])).toEqual({ outDir: '/tmp/situs', lang: 'en', pdf: false, jobs: 1 });
  // A flag left without its value keeps the default.
  expect(buildArgs(['--outDir'])).toEqual({ lang: 'both', pdf: true });
});

it('never prints a preview, and refuses a subset or a number of processes that cannot be', () => {
  expect(buildArgs(['--edisi', '2024', '--pemda', '16.74'])).toEqual({ lang: 'both', pdf: false, subset: { tahun: [2024], pemda: '16.74' } });
  expect(buildArgs(['--edisi', '24'])).toEqual({ refused: expect.stringMatching(/--edisi takes years/) });
  expect(buildArgs(['--jobs', '0'])).toEqual({ refused: '--jobs takes a whole number from 1, not "0"' });
  expect(buildArgs(['--jobs', 'dua'])).toEqual({ refused: '--jobs takes a whole number from 1, not "dua"' });
});
