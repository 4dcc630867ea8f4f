/** The print version's chapters and its list of sources, from a data folder's edition. */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { babOf, citedByOf, sumberOf } from '../../src/domain/bab.ts';
import { indexOf } from '../../src/domain/dataset-index.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { json, writeFolder, type Changes } from '../fixtures/folder.ts';

function datasetOf(changes: Changes = {}): Dataset {
  const loaded = loadDataFolder(writeFolder(changes));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message.en).join('\n'));
  return loaded.dataset;
}

const kinds = (dataset: Dataset) => babOf(dataset, 2024).map((c) => c.id);

describe('babOf', () => {
  it('opens with the foreword when edisi.json has one', () => {
    expect(kinds(datasetOf())[0]).toBe('ringkasan');
    const withForeword = datasetOf({ '2024/edisi.json': json({ judul: 'Rapor 2024', status: 'draf', kata_pengantar: ['Puji syukur.'] }) });
    expect(babOf(withForeword, 2024)[0]).toMatchObject({ kind: 'kata-pengantar', id: 'kata-pengantar', title: { id: 'Kata Pengantar', en: 'Foreword' } });
  });

  it('has an appendix of full tables only when there is a table to put there', () => {
    expect(kinds(datasetOf())).toContain('lampiran-tabel');
    // OPD tables are printed in their own chapter.
    expect(kinds(datasetOf({ '2024/sakip.csv': null, '2024/kepatuhan.csv': null }))).not.toContain('lampiran-tabel');
  });
});

describe('citedByOf', () => {
  it('names instansi per dataset and counts OPD per pemda', () => {
    const dataset = datasetOf();
    const edition = dataset.editions.find((e) => e.tahun === 2024)!;
    const instansi = indexOf(dataset).instansi;
    const opdSource = sumberOf(edition).find((s) => s.rows.some((r) => r.dataset === 'opd'))!;
    const citations = citedByOf(opdSource, instansi);
    const opd = citations.find((c) => c.dataset === 'opd')!;
    expect(opd.instansi).toEqual([]);
    expect(opd.opd.map((o) => [o.pemda.kode, o.count])).toEqual([['16.74', 4]]);
  });
});
