/** The sizes /data/ shows: made from the Dataset (dev server), or read from the build's data step, the same either way. */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { UNDUH_FOLDER, listedUnduh, writeUnduh } from '../../src/build/unduh.ts';
import { loadDataFolder } from '../../src/data/load.ts';
import { root } from '../support/build.ts';

it('gives the sizes of the files written, whether made again or read from the data step', () => {
  const loaded = loadDataFolder(join(root, 'data'));
  if (!loaded.ok) throw new Error('data/ does not validate');
  const site = mkdtempSync(join(tmpdir(), 'rapor-sizes-'));
  const { count, listed } = writeUnduh(loaded.dataset, site);
  expect(count).toBeGreaterThan(listed.size);
  for (const [path, bytes] of listed) expect(statSync(join(site, UNDUH_FOLDER, path)).size, path).toBe(bytes);
  expect([...listedUnduh(loaded.dataset)]).toEqual([...listed]);
  const sizesFile = join(site, 'sizes.json');
  writeFileSync(sizesFile, JSON.stringify({ 'sakip.csv': 7 }));
  expect(listedUnduh(loaded.dataset, sizesFile).get('sakip.csv')).toBe(7);
});
