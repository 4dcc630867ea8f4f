/**
 * The per-instansi downloads written by two threads sharing one counter (the build's data step: the
 * worker from the start, the main thread once its own work is done): every instansi's files once, the
 * same bytes as one thread writes. Which thread writes which depends on timing; the union may not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startInstansiUnduh, writeInstansiUnduh } from '../../src/build/unduh.ts';
import { loadDataFolder } from '../../src/data/load.ts';
import { writeNationalFolder } from '../../src/bench/national-folder.ts';
import { instansiRowsTable } from '../../src/domain/unduh/tables.ts';
import { SMALL } from '../../src/bench/national/options.ts';
import { DATASET_KINDS } from '../../src/domain/rules.ts';

const work = mkdtempSync(join(tmpdir(), 'rapor-instansi-downloads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('writes every instansi’s files exactly once between the two threads, as one thread writes them', async () => {
  const data = join(work, 'data');
  writeNationalFolder(data, SMALL);
  const loaded = loadDataFolder(data);
  if (!loaded.ok) throw new Error('the small national folder does not validate');
  const alone = writeInstansiUnduh(loaded.dataset, join(work, 'alone'));
  expect(alone.length).toBe(2 * loaded.dataset.instansi.length);

  const shared = join(work, 'shared');
  const worker = startInstansiUnduh(data, shared);
  // The main thread's own work first (in the build: the validation, then the listed downloads), then its share.
  expect(loadDataFolder(data).ok).toBe(true);
  const helped = worker.help(loaded.dataset);
  const theirs = await worker.done;
  const both = [...helped, ...theirs];
  const byPath = (files: typeof alone) => Object.fromEntries(files.map((file) => [file.path, file.sha256]));
  expect(both.length).toBe(alone.length);
  expect(byPath(both)).toEqual(byPath(alone));
});

it('holds no row of the national folder’s draft edition (docs/data.md: drafts stay on their own pages)', () => {
  const data = join(work, 'draft');
  writeNationalFolder(data, SMALL);
  const loaded = loadDataFolder(data);
  if (!loaded.ok) throw new Error('the small national folder does not validate');
  const { dataset } = loaded;
  const draft = dataset.editions.find((e) => e.edisi.status === 'draf')!;
  const inDraft = new Set(DATASET_KINDS.flatMap((kind) => (draft.datasets[kind] ?? []).map((row) => row.kode)));
  expect(inDraft.size).toBeGreaterThan(0);
  for (const kode of inDraft) {
    expect(instansiRowsTable(dataset, kode).rows.every((row) => row.status_edisi === 'terbit' && row.tahun !== draft.tahun), kode).toBe(true);
  }
});
