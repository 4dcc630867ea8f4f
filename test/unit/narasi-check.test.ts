/** The narrative checker on MDX source: front matter, syntax MDX refuses, and data components pointing at nothing. */
import { describe, expect, it } from 'vitest';
import { babOf, sumberOf } from '../../src/domain/bab.ts';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import type { Instansi } from '../../src/domain/instansi.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { checkNarasi } from '../../src/domain/narasi-check.ts';

const kota = { kode: '16.74' as Kode, nama: 'Kota Prabumulih', jenis: 'kota', nama_lain: [] } as Instansi;
const dinkes = { kode: '16.74.dinkes' as Kode, nama: 'Dinas Kesehatan', jenis: 'opd', induk: '16.74' as Kode, nama_lain: [] } as Instansi;
const asal = { file: 'x', line: 2 };
const edition: Edition = {
  tahun: 2024,
  edisi: { judul: 'Rapor 2024', status: 'draf' },
  datasets: {
    kepatuhan: [{ kode: kota.kode, nilai: 72.35, zona: 'kuning', sumber: 'Ombudsman RI 2024', asal }],
    opd: [{ kode: dinkes.kode, nilai: 82.1, predikat: 'A', peringkat: 1, sumber: 'Inspektorat', asal }],
  } as Edition['datasets'],
  narasiFiles: ['01-pengantar.mdx'],
  narasi: [{ file: '01-pengantar.mdx', title: 'Pengantar' }],
};
const context = { instansi: new Map([kota, dinkes].map((i) => [i.kode, i])), editions: [edition] };
const FILE = '2024/narasi/01-pengantar.mdx';
const check = (source: string) => checkNarasi(FILE, source, 2024, context);
const where = (source: string) => check(source).problems.map((p) => [p.file, p.line, p.column, p.message.id]);
const chapter = (...body: string[]) => ['---', 'title: Pengantar', '---', '', ...body, ''].join('\n');

describe('checkNarasi', () => {
  it('reads the title and summary and accepts every component pointing at real data', () => {
    const result = check(
      ['---', 'title: "Pengantar"', 'ringkasan: Singkat.', '---', '', 'Nilai <Nilai dataset="kepatuhan" kode="16.74" />.', '', '<Sebaran dataset="opd" induk="16.74" />', '<Peringkat induk="16.74" />', '<Riwayat kode="16.74" />', '<Tabel dataset="kepatuhan" tahun="2024" />', ''].join('\n'),
    );
    expect(result).toEqual({ narasi: { file: '01-pengantar.mdx', title: 'Pengantar', ringkasan: 'Singkat.' }, problems: [] });
  });

  it('names the file, line and column of an unknown kode, year, dataset or pemda', () => {
    expect(where(chapter('Teks.', '', 'Nilai kota: <Nilai dataset="kepatuhan"', '  kode="99.99" />'))).toEqual([[FILE, 8, 3, 'kode "99.99" tidak ada di instansi.csv']]);
    expect(where(chapter('<Tabel dataset="sakip" />'))).toEqual([[FILE, 5, 8, 'edisi 2024 tidak memuat sakip.csv']]);
    expect(where(chapter('<Tabel dataset="opd" tahun="2019" />'))).toEqual([[FILE, 5, 22, 'tidak ada edisi 2019']]);
    expect(where(chapter('<Sebaran dataset="SAKIP" />'))).toEqual([[FILE, 5, 10, 'dataset "SAKIP" tidak dikenal']]);
    expect(where(chapter('<Peringkat induk="16" />'))).toEqual([[FILE, 5, 12, 'induk "16" tidak ada di instansi.csv']]);
    expect(where(chapter('<Nilai dataset="opd" kode="16.74" />'))).toEqual([[FILE, 5, 22, 'opd.csv 2024 tidak punya baris untuk kode "16.74"']]);
    expect(where(chapter('<Nilai kode="16.74" />'))).toEqual([[FILE, 5, 1, '<Nilai> memerlukan atribut dataset']]);
    expect(where(chapter('<Grafik kode="16.74" />'))).toEqual([[FILE, 5, 1, 'komponen <Grafik> tidak dikenal']]);
  });

  it('reports MDX syntax errors with their line, and a missing title', () => {
    expect(where(chapter('Nilai naik dari 60 ke 70.', '', 'Nilai < 60 berarti kurang.'))).toEqual([[FILE, 7, 7, 'tanda < dibaca MDX sebagai awal tag']]);
    expect(where(chapter('Baris satu.', '<div>', 'Tidak ditutup.'))).toEqual([[FILE, 6, 1, 'tag <div> tidak ditutup']]);
    expect(where(chapter('Anggaran {2025}.'))).toEqual([[FILE, 5, 10, 'tanda { dibaca MDX sebagai kode']]);
    expect(where(chapter('Kode `a < b {c}` dan \\{ aman.', '', '```', 'x < y', '```'))).toEqual([]);
    expect(where('Tanpa front matter.\n')).toEqual([[FILE, 1, 1, 'bab tidak punya judul']]);
  });
});

describe('babOf', () => {
  const dataset = { situs: { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] }, instansi: [kota, dinkes], editions: [edition], koreksi: [] } as unknown as Dataset;

  it('puts the narrative first, then the summary, one chapter per dataset present, the appendices and the colophon', () => {
    expect(babOf(dataset, 2024).map((c) => c.id)).toEqual(['bab-01-pengantar', 'ringkasan', 'kepatuhan', 'opd', 'lampiran-tabel', 'lampiran-sumber', 'kolofon']);
    expect(babOf({ ...dataset, editions: [{ ...edition, narasi: [], narasiFiles: [] }] }, 2024)[0]?.title.en).toBe('Summary');
  });

  it('lists every distinct source once, numbered in order of first citation', () => {
    expect(sumberOf(edition)).toEqual([
      { nomor: 1, sumber: 'Ombudsman RI 2024', rows: [{ dataset: 'kepatuhan', kode: '16.74' }] },
      { nomor: 2, sumber: 'Inspektorat', rows: [{ dataset: 'opd', kode: '16.74.dinkes' }] },
    ]);
  });
});
