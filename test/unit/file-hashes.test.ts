import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileHashes } from '../../src/data/file-hashes.ts';
import { sha256 } from '../../src/data/hash.ts';

it('hashes every file, in the order asked, whether a worker thread shares the work or not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-hashes-'));
  mkdirSync(join(dir, 'a'));
  const paths = Array.from({ length: 9 }, (_, at) => (at % 3 === 0 ? `a/${at}.html` : `${at}.html`));
  for (const [at, path] of paths.entries()) writeFileSync(join(dir, path), `page ${at}`.repeat(at * 1000));
  const expected = paths.map((path, at) => sha256(`page ${at}`.repeat(at * 1000)));
  expect(fileHashes(dir, paths, Infinity)).toEqual(expected);
  expect(fileHashes(dir, paths, 2)).toEqual(expected);
  expect(() => fileHashes(dir, [...paths, 'missing.html'], 2)).toThrow(/missing\.html/);
});
