import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { COLUMNS } from '../../src/domain/csv-columns.ts';
import { suggestColumn } from '../../src/domain/header-aliases.ts';
import { edit, writeFolder } from '../fixtures/folder.ts';

describe('suggestColumn', () => {
  it.each([
    ['Nilai SAKIP', 'sakip', 'nilai'],
    ['Predikat AKIP', 'sakip', 'predikat'],
    ['Kode Wilayah', 'kepatuhan', 'kode'],
    ['Nama Instansi', 'kepatuhan', 'nama'],
    ['Skor', 'opd', 'nilai'],
    ['Zona Kepatuhan', 'kepatuhan', 'zona'],
    ['Keterangan', 'opd', 'catatan'],
    ['Ranking', 'opd', 'peringkat'],
    ['Evaluasi Internal', 'sakip', 'evaluasi_internal'],
    ['NILAI_SAKIP', 'sakip', 'nilai'],
  ] as const)('%s in %s.csv → %s', (header, kind, column) => {
    expect(suggestColumn(header, COLUMNS[kind])).toBe(column);
  });

  it('suggests only a column the file has', () => {
    expect(suggestColumn('Zona Kepatuhan', COLUMNS.sakip)).toBeUndefined();
    expect(suggestColumn('Ranking', COLUMNS.kepatuhan)).toBeUndefined();
    expect(suggestColumn('Warna Favorit', COLUMNS.sakip)).toBeUndefined();
  });
});

describe('the validator on a header from another spreadsheet', () => {
  it('names the column Rapor expects, at the header cell', () => {
    const loaded = loadDataFolder(writeFolder({ '2024/sakip.csv': edit('kode,nama,predikat,nilai,', 'Kode Wilayah,nama,Predikat AKIP,Nilai SAKIP,') }));
    const fixes = loaded.ok ? [] : loaded.problems.filter((p) => p.line === 1).map((p) => `${p.file}:${p.line}:${p.column}: ${p.fix.id}`);
    expect(fixes).toEqual(
      expect.arrayContaining([
        '2024/sakip.csv:1:1: Maksudnya kode? Ganti judul kolom menjadi kode',
        '2024/sakip.csv:1:19: Maksudnya predikat? Ganti judul kolom menjadi predikat',
        '2024/sakip.csv:1:33: Maksudnya nilai? Ganti judul kolom menjadi nilai',
      ]),
    );
  });
});
