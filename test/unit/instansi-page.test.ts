/** What an instansi's page shows (src/domain/views/instansi-page.ts), on the example folder's Kota Contoh and its OPD. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { indexOf } from '../../src/domain/dataset-index.ts';
import { riwayatOf } from '../../src/domain/riwayat.ts';
import { instansiPageOf } from '../../src/domain/views/instansi-page.ts';
import { shownDataset } from '../../src/domain/visibility.ts';
import { k, koreksi } from '../fixtures/rows.ts';
import { root } from '../support/build.ts';

const loaded = loadDataFolder(join(root, 'data'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const dataset = shownDataset(loaded.dataset, undefined);
const instansi = (kode: string) => indexOf(dataset).instansi.get(k(kode))!;
const pageOf = (kode: string, of: Dataset = dataset) => instansiPageOf(of, instansi(kode));

describe('instansiPageOf', () => {
  it('gives a pemda its history, the datasets that assessed it and those with a nilai to chart', () => {
    const page = pageOf('99.71');
    expect(page.riwayat).toEqual(riwayatOf(dataset, k('99.71')));
    expect(page.kinds).toEqual(['sakip', 'kepatuhan']);
    expect([...page.charted]).toEqual(['sakip', 'kepatuhan']);
    expect(page.induk).toBeUndefined();
    expect(page.span).toBeUndefined();
  });

  it('sums up each year’s nilai, a year without one left without', () => {
    const { riwayat, nilai } = pageOf('99.71');
    expect(nilai.sakip.map((p) => p.tahun)).toEqual(riwayat.sakip.map((e) => e.tahun));
    for (const [i, entry] of riwayat.sakip.entries()) {
      expect(nilai.sakip[i]).toEqual(entry.status === 'dinilai' && entry.row.nilai !== undefined ? { tahun: entry.tahun, nilai: entry.row.nilai } : { tahun: entry.tahun });
    }
    // Kota Contoh is no OPD: its OPD years carry no nilai.
    expect(nilai.opd.length).toBeGreaterThan(0);
    expect(nilai.opd.every((p) => p.nilai === undefined)).toBe(true);
  });

  it('lists a pemda’s children with their latest assessment', () => {
    const { anak, lineage } = pageOf('99.71');
    expect(anak.map((child) => child.instansi)).toEqual(lineage.anak);
    const setda = anak.find((child) => child.instansi.kode === '99.71.setda')!;
    expect(setda.latest?.kind).toBe('opd');
    // The published editions only: 2025 is a draft.
    expect(setda.latest?.tahun).toBe(2024);
  });

  it('writes an OPD’s active years and names its induk, predecessors and successor', () => {
    const merged = pageOf('99.71.disbudparpora');
    expect(merged.span).toBe('2022–…');
    expect(merged.induk?.kode).toBe('99.71');
    expect(merged.lineage.pendahulu.map((p) => p.kode).sort()).toEqual(['99.71.disbudpar', '99.71.dispora']);
    const abolished = pageOf('99.71.dispora');
    expect(abolished.span).toBe('…–2021');
    expect(abolished.lineage.pengganti?.kode).toBe('99.71.disbudparpora');
    expect(abolished.kinds).toEqual(['opd']);
  });

  it('lists the corrections of the instansi’s rows only', () => {
    const corrected: Dataset = { ...dataset, koreksi: [koreksi(2024, 'opd', '99.71.setda', 1), koreksi(2024, 'opd', '99.71.dinkes', 2), koreksi(2024, 'opd', '99.71.setda', 3)] };
    expect(pageOf('99.71.setda', corrected).koreksi.map((r) => r.nomor)).toEqual([1, 3]);
    expect(pageOf('99.71', corrected).koreksi).toEqual([]);
  });
});
