/** `npm run build`'s options (src/commands/build-args.ts). */
import { expect, it } from 'vitest';
import { flagValue, langArg } from '../../src/commands/args.ts';
import { buildArgs } from '../../src/commands/build-args.ts';

it('reads the output folder, the report language, the PDFs and the number of Astro processes', () => {
  expect(buildArgs([])).toEqual({ lang: 'both', pdf: true });
  expect(buildArgs(['--outDir', '/tmp/situs', '--lang', 'en', '--no-pdf', '--jobs', '1'])).toEqual({ outDir: '/tmp/situs', lang: 'en', pdf: false, jobs: 1 });
  // A flag left without its value keeps the default.
  expect(buildArgs(['--outDir'])).toEqual({ lang: 'both', pdf: true });
  expect(buildArgs(['--outDir', '--no-pdf'])).toEqual({ lang: 'both', pdf: false });
  expect(buildArgs(['--outDir=/tmp/situs', '--jobs=2', '--lang=id'])).toEqual({ outDir: '/tmp/situs', lang: 'id', pdf: true, jobs: 2 });
});

it('reads a flag given as `--flag value` or `--flag=value`, and tells a flag without its value from an absent one', () => {
  expect(flagValue(['--port', '8080'], '--port')).toBe('8080');
  expect(flagValue(['--port=8080'], '--port')).toBe('8080');
  expect(flagValue(['--port'], '--port')).toBe('');
  expect(flagValue(['--port', '--yes'], '--port')).toBe('');
  expect(flagValue(['--portal', 'x'], '--port')).toBeUndefined();
  expect(flagValue([], '--port')).toBeUndefined();
  expect(langArg(['--lang', 'en'])).toBe('en');
  expect(langArg(['--lang=id'])).toBe('id');
  expect(langArg(['--language', 'en'])).toBe('both');
  expect(langArg(['--lang', 'fr'])).toBe('both');
});

it('never prints a preview, and refuses a subset or a number of processes that cannot be', () => {
  expect(buildArgs(['--edisi', '2024', '--pemda', '16.74'])).toEqual({ lang: 'both', pdf: false, subset: { tahun: [2024], pemda: '16.74' } });
  expect(buildArgs(['--edisi', '24'])).toEqual({ refused: expect.stringMatching(/--edisi takes years/) });
  expect(buildArgs(['--edisi', '--pemda', '16.74'])).toEqual({ refused: '--edisi needs a value' });
  expect(buildArgs(['--edisi=2024', '--pemda='])).toEqual({ refused: '--pemda needs a value' });
  expect(buildArgs(['--jobs', '0'])).toEqual({ refused: '--jobs takes a whole number from 1, not "0"' });
  expect(buildArgs(['--jobs', 'dua'])).toEqual({ refused: '--jobs takes a whole number from 1, not "dua"' });
});
