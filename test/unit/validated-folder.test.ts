/**
 * The validation the build's data step hands to Astro's processes (src/build/validated-folder.ts): read
 * instead of validating again only for the same folder and content; anything else validates afresh.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { folderStamp } from '../../src/data/folder-stamp.ts';
import { loadDataFolder } from '../../src/data/load.ts';
import { handedSummary, handValidated, validatedFolder } from '../../src/build/validated-folder.ts';
import { root } from '../support/build.ts';

const work = mkdtempSync(join(tmpdir(), 'rapor-validated-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

it('reads the handed validation of the same content, and validates again once a file changed or for another folder', () => {
  const dir = join(work, 'data');
  cpSync(join(root, 'data'), dir, { recursive: true });
  const loaded = loadDataFolder(dir);
  if (!loaded.ok) throw new Error('the example folder does not validate');
  // Marked, so that a handed result can be told from one validated afresh.
  const handed = { ok: true as const, dataset: { ...loaded.dataset, situs: { ...loaded.dataset.situs, nama: 'Diserahkan' } } };
  const file = join(work, 'validated.v8');
  handValidated(file, dir, folderStamp(dir), handed);

  const first = validatedFolder(dir, file).result;
  expect(first.ok && first.dataset.situs.nama).toBe('Diserahkan');
  expect(first).toEqual(handed);

  appendFileSync(join(dir, 'instansi.csv'), '\n');
  const changed = validatedFolder(dir, file).result;
  expect(changed.ok && changed.dataset.situs.nama).toBe(loaded.dataset.situs.nama);

  const other = join(work, 'other');
  cpSync(join(root, 'data'), other, { recursive: true });
  const elsewhere = validatedFolder(other, file).result;
  expect(elsewhere.ok && elsewhere.dataset.situs.nama).toBe(loaded.dataset.situs.nama);
});

it('hands the content loaders a summary of the validation (its stamp, whether there are chapters), good only while the folder is that content', () => {
  const dir = join(work, 'summary');
  cpSync(join(root, 'data'), dir, { recursive: true });
  const loaded = loadDataFolder(dir);
  if (!loaded.ok) throw new Error('the example folder does not validate');
  const file = join(work, 'summary.v8');
  handValidated(file, dir, folderStamp(dir), loaded);
  expect(handedSummary(file, dir)).toEqual({ stamp: folderStamp(dir), narasi: true });
  expect(handedSummary(file, join(work, 'other'))).toBeUndefined();
  appendFileSync(join(dir, 'instansi.csv'), '\n');
  expect(handedSummary(file, dir)).toBeUndefined();
  expect(handedSummary(join(work, 'never-handed.v8'), dir)).toBeUndefined();
});
