import { expect, it } from 'vitest';
import { fileHashes } from '../../src/build/file-hashes.ts';
import { sha256 } from '../../src/data/hash.ts';
import { folderWith } from '../support/files.ts';

it('hashes every file, in the order asked, whether a worker thread shares the work or not', () => {
  const paths = Array.from({ length: 9 }, (_, at) => (at % 3 === 0 ? `a/${at}.html` : `${at}.html`));
  const dir = folderWith(Object.fromEntries(paths.map((path, at) => [path, `page ${at}`.repeat(at * 1000)])), 'rapor-hashes-');
  const expected = paths.map((_, at) => sha256(`page ${at}`.repeat(at * 1000)));
  expect(fileHashes(dir, paths, Infinity)).toEqual(expected);
  expect(fileHashes(dir, paths, 2)).toEqual(expected);
  expect(() => fileHashes(dir, [...paths, 'missing.html'], 2)).toThrow(/missing\.html/);
});
