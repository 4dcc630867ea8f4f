import { describe, expect, it } from 'vitest';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import { riwayatOf, latestAssessment } from '../../src/domain/riwayat.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { instansiRowsTable } from '../../src/domain/unduh/tables.ts';
import { isIndexable, shownDataset } from '../../src/domain/visibility.ts';
import { publishedDatasets, publishedEditions } from '../../src/domain/views/editions.ts';
import { previousEditionWith } from '../../src/domain/views/peringkat.ts';

const k = (s: string) => s as Kode;
const asal = { file: 'x.csv', line: 2 };
const sakip = (nilai: number) => ({ sakip: [{ kode: k('99.71'), predikat: 'BB' as const, nilai, sumber: `LHE ${nilai}`, asal }] });
const published = (tahun: number, datasets: Edition['datasets']): Edition => ({ tahun, edisi: { judul: `L ${tahun}`, status: 'terbit', tanggal_terbit: `${tahun}-12-01` }, datasets, narasiFiles: [], narasi: [] });
const draft = (tahun: number, datasets: Edition['datasets']): Edition => ({ tahun, edisi: { judul: `L ${tahun}`, status: 'draf' }, datasets, narasiFiles: [], narasi: [] });
const datasetOf = (editions: Edition[]): Dataset => ({
  situs: { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] },
  instansi: [{ kode: k('99.71'), nama: 'Kota Contoh', jenis: 'kota', nama_lain: [] }],
  editions,
  koreksi: [],
});
// A draft between two published editions as well as after them: neither may pass for published.
const d2023 = draft(2023, sakip(90));
const d2025 = draft(2025, sakip(95));
const dataset = datasetOf([published(2022, sakip(70)), d2023, published(2024, sakip(80)), d2025]);

describe('shownDataset', () => {
  it('keeps the published editions only, in order', () => {
    expect(shownDataset(dataset, undefined).editions.map((e) => e.tahun)).toEqual([2022, 2024]);
    expect(shownDataset(dataset, undefined).editions.every(isIndexable)).toBe(true);
  });

  it('adds a draft edition on its own pages, and no other draft', () => {
    expect(shownDataset(dataset, d2025).editions.map((e) => e.tahun)).toEqual([2022, 2024, 2025]);
    expect(shownDataset(dataset, d2023).editions.map((e) => e.tahun)).toEqual([2022, 2023, 2024]);
  });

  it('returns the same Dataset when there is no draft, and one Dataset per page edition (indexes are shared)', () => {
    const clean = datasetOf([published(2022, sakip(70))]);
    expect(shownDataset(clean, undefined)).toBe(clean);
    expect(shownDataset(dataset, undefined)).toBe(shownDataset(dataset, undefined));
    expect(shownDataset(dataset, d2025)).toBe(shownDataset(dataset, d2025));
  });

  it('shows nothing of a folder whose editions are all drafts', () => {
    expect(shownDataset(datasetOf([d2023]), undefined).editions).toEqual([]);
  });
});

describe('views through shownDataset', () => {
  it('never changes "since" a draft: a history computes the change from the previous published year', () => {
    const history = riwayatOf(shownDataset(dataset, undefined), k('99.71')).sakip;
    expect(history.map((e) => e.tahun)).toEqual([2022, 2024]);
    const last = history.at(-1)!;
    expect(last.status === 'dinilai' && last.change).toEqual({ kind: 'delta', from: 2022, delta: 10 });
  });

  it('gives the latest published assessment, not a draft one', () => {
    expect(latestAssessment(dataset, k('99.71'))).toMatchObject({ tahun: 2024, row: { nilai: 80 } });
    expect(latestAssessment(datasetOf([d2023]), k('99.71'))).toBeUndefined();
  });

  it('keeps drafts out of the per-instansi download and the published editions', () => {
    expect(instansiRowsTable(dataset, k('99.71')).rows.map((row) => [row.tahun, row.status_edisi])).toEqual([
      [2022, 'terbit'],
      [2024, 'terbit'],
    ]);
    expect(publishedEditions(dataset).map((e) => e.tahun)).toEqual([2022, 2024]);
  });
});

describe('publishedEditions', () => {
  it('is a copy: reversing it leaves the Dataset in order', () => {
    publishedEditions(dataset).reverse();
    expect(dataset.editions.map((e) => e.tahun)).toEqual([2022, 2023, 2024, 2025]);
    expect(shownDataset(dataset, undefined).editions.map((e) => e.tahun)).toEqual([2022, 2024]);
  });
});

describe('publishedDatasets', () => {
  it('gives each published edition’s year and datasets, drafts left out', () => {
    expect(publishedDatasets(dataset)).toEqual([
      { tahun: 2022, datasets: ['sakip'] },
      { tahun: 2024, datasets: ['sakip'] },
    ]);
  });
});

describe('previousEditionWith', () => {
  it('measures a ranking’s change from the previous published edition, never from a draft', () => {
    expect(previousEditionWith(dataset, 'sakip', 2024)?.tahun).toBe(2022);
    expect(previousEditionWith(dataset, 'sakip', 2025)?.tahun).toBe(2024);
  });
});
