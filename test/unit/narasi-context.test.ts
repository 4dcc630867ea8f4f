/**
 * The context of a narrative component (`<Nilai>`, `<Tabel>` …): what the page showing the chapter
 * binds to it, and the edition its `tahun` attribute names.
 */
import { describe, expect, it } from 'vitest';
import { narasiContext, type NarasiPage } from '../../src/components/narasi-context.ts';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';

const edition = (tahun: number): Edition => ({ tahun, edisi: { judul: `Laporan ${tahun}`, status: 'draf' }, datasets: {}, narasiFiles: [], narasi: [] });
const dataset: Dataset = { situs: { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] }, instansi: [], editions: [edition(2023), edition(2024)], koreksi: [] };
const page: NarasiPage = { lang: 'en', dataset, tahun: 2024, cetak: true };

describe('narasiContext', () => {
  it("keeps what the page bound, and defaults to the page's edition", () => {
    const context = narasiContext(page);
    expect(context).toMatchObject({ lang: 'en', dataset, tahun: 2024, cetak: true });
    expect(context.edition).toBe(dataset.editions[1]);
  });

  it('takes the edition a `tahun` attribute names, the page staying the same', () => {
    const context = narasiContext(page, '2023');
    expect(context.edition).toBe(dataset.editions[0]);
    expect(context.tahun).toBe(2024);
  });

  it('fails loudly on a year the Dataset lacks: the validator checked every reference before', () => {
    expect(() => narasiContext(page, '2019')).toThrow('no edition 2019');
  });
});
