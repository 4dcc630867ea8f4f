import { describe, expect, it } from 'vitest';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import { riwayatOf, lineageOf } from '../../src/domain/riwayat.ts';
import type { Instansi } from '../../src/domain/instansi.ts';
import type { Kode } from '../../src/domain/kode.ts';

const k = (s: string) => s as Kode;
const asal = { file: 'x.csv', line: 2 };
const instansi: Instansi[] = [
  { kode: k('99.71'), nama: 'Kota Contoh', jenis: 'kota', nama_lain: [] },
  { kode: k('99.71.old'), nama: 'Dinas Lama', jenis: 'opd', induk: k('99.71'), nama_lain: [], aktif_hingga: 2021, pengganti: k('99.71.new') },
  { kode: k('99.71.new'), nama: 'Dinas Baru', jenis: 'opd', induk: k('99.71'), nama_lain: ['Dinas Gabungan'], aktif_sejak: 2022 },
];
const opd = (kode: string, nilai: number) => ({ kode: k(kode), nilai, predikat: 'B' as const, peringkat: 1, sumber: 's', asal });
const edition = (tahun: number, datasets: Edition['datasets']): Edition => ({ tahun, edisi: { judul: `L ${tahun}`, status: 'terbit', tanggal_terbit: `${tahun}-12-01` }, datasets, narasiFiles: [], narasi: [] });
const dataset: Dataset = {
  situs: { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] },
  instansi,
  editions: [
    edition(2020, { opd: [opd('99.71.old', 65)], sakip: [{ kode: k('99.71'), predikat: 'B', sumber: 's', asal }] }),
    edition(2021, { opd: [], sakip: [{ kode: k('99.71'), predikat: 'B', nilai: 65, sumber: 's', asal }] }),
    edition(2022, { opd: [opd('99.71.new', 70)], sakip: [{ kode: k('99.71'), predikat: 'BB', nilai: 72, sumber: 's', asal }] }),
    edition(2023, { opd: [opd('99.71.new', 75)], sakip: [{ kode: k('99.71'), predikat: 'BB', nilai: 74, sumber: 's', asal }] }),
  ],
  koreksi: [],
};

describe('riwayatOf', () => {
  it('tells assessed, not assessed and not existing apart, and skips editions without the dataset', () => {
    const history = riwayatOf(dataset, k('99.71.old'));
    expect(history.opd.map((e) => [e.tahun, e.status])).toEqual([
      [2020, 'dinilai'],
      [2021, 'tidak-dinilai'],
      [2022, 'tidak-aktif'],
      [2023, 'tidak-aktif'],
    ]);
    expect(history.kepatuhan).toEqual([]);
  });

  it('marks a change comparable only within one rule regime', () => {
    const sakip = riwayatOf(dataset, k('99.71')).sakip;
    expect(sakip.map((e) => (e.status === 'dinilai' ? [e.tahun, e.change.kind] : [e.tahun, e.status]))).toEqual([
      [2020, 'none'],
      [2021, 'none'],
      [2022, 'not-comparable'],
      [2023, 'delta'],
    ]);
    expect(sakip[3]!.status === 'dinilai' && sakip[3]!.change).toEqual({ kind: 'delta', from: 2022, delta: 2 });
  });

  it('never turns a missing nilai into a zero', () => {
    const [first] = riwayatOf(dataset, k('99.71')).sakip;
    expect(first?.status === 'dinilai' && first.row.nilai).toBeUndefined();
  });
});

describe('lineageOf', () => {
  it('links a merged instansi both ways and lists a pemda’s children', () => {
    expect(lineageOf(dataset, k('99.71.old')).pengganti?.kode).toBe('99.71.new');
    expect(lineageOf(dataset, k('99.71.new')).pendahulu.map((i) => i.kode)).toEqual(['99.71.old']);
    expect(lineageOf(dataset, k('99.71')).anak.map((i) => i.kode)).toEqual(['99.71.new', '99.71.old']);
  });
});
