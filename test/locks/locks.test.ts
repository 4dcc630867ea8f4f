/**
 * Locked editions in the validator: a changed value of a published edition is refused with its file,
 * line, column, old and new value, until koreksi.csv records exactly that change.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { json, lines, writeFolder } from '../fixtures/folder.ts';
import { publishedFolder } from './published-folder.ts';

const KOREKSI = 'tahun,dataset,kode,kolom,lama,baru,tanggal,alasan';
const problems = (dir: string) => {
  const result = loadDataFolder(dir);
  return result.ok ? [] : result.problems.map((p) => [p.file, p.line, p.column, `${p.message.id}. ${p.fix.id}`]);
};
/** Rewrites a file of the folder (after publication) by replacing one exact piece of it. */
const change = (dir: string, path: string, from: string, to: string) => {
  const before = readFileSync(join(dir, path), 'utf8');
  if (!before.includes(from)) throw new Error(`${from} is not in ${path}`);
  writeFileSync(join(dir, path), before.replace(from, to));
};

describe('a locked edition', () => {
  it('validates as published', () => {
    expect(problems(publishedFolder())).toEqual([]);
  });

  it('refuses a changed value, naming file, line, column, old and new value', () => {
    const dir = publishedFolder();
    change(dir, '2024/kepatuhan.csv', '72,35', '73,35');
    expect(problems(dir)).toEqual([
      ['2024/kepatuhan.csv', 3, 23, expect.stringMatching(/^nilai untuk 16\.74 berubah dari "72,35" menjadi "73,35" sejak edisi 2024 terbit\. .*koreksi\.csv: 2024,kepatuhan,16\.74,nilai,"72,35","73,35",<tanggal>,<alasan>/)],
    ]);
  });

  it('accepts the change once koreksi.csv records it, and attaches it to the row', () => {
    const dir = publishedFolder();
    change(dir, '2024/kepatuhan.csv', '72,35', '73,35');
    writeFileSync(join(dir, 'koreksi.csv'), lines(KOREKSI, '2024,kepatuhan,16.74,nilai,72.35,73.35,2025-06-02,Salah ketik saat menyalin laporan Ombudsman'));
    const result = loadDataFolder(dir);
    expect(result.ok && result.dataset.editions[0]!.datasets.kepatuhan!.find((r) => r.kode === '16.74')?.koreksi).toEqual([
      expect.objectContaining({ nomor: 1, kolom: 'nilai', lama: '72.35', baru: '73.35', alasan: 'Salah ketik saat menyalin laporan Ombudsman' }),
    ]);
  });

  it('accepts a chain of corrections of one value, oldest first', () => {
    const dir = publishedFolder();
    change(dir, '2024/kepatuhan.csv', '72,35', '74,00');
    writeFileSync(join(dir, 'koreksi.csv'), lines(KOREKSI, '2024,kepatuhan,16.74,nilai,73.35,74.00,2025-07-01,Koreksi kedua', '2024,kepatuhan,16.74,nilai,72.35,73.35,2025-06-02,Koreksi pertama'));
    expect(problems(dir)).toEqual([]);
  });

  it('refuses a correction that does not record the change exactly, and one that matches no change', () => {
    const dir = publishedFolder();
    change(dir, '2024/kepatuhan.csv', '72,35', '73,35');
    writeFileSync(join(dir, 'koreksi.csv'), lines(KOREKSI, '2024,kepatuhan,16.74,nilai,72.30,73.35,2025-06-02,Salah ketik', '2024,sakip,16.74,nilai,65.20,66.20,2025-06-02,Tidak terjadi'));
    expect(problems(dir)).toEqual([
      ['2024/kepatuhan.csv', 3, 23, expect.stringContaining('Baris koreksi.csv 2 tidak mencatat perubahan ini persis')],
      ['koreksi.csv', 3, 1, expect.stringContaining('tidak cocok dengan perubahan apa pun di edisi 2024')],
    ]);
  });

  it('refuses a deleted row until each of its values is recorded as gone', () => {
    const dir = publishedFolder();
    change(dir, '2024/opd.csv', '16.74.bapenda,Badan Pendapatan Daerah,61.00,B,4,Inspektorat Kota Prabumulih\n', '');
    expect(problems(dir).map((p) => p.slice(0, 3))).toEqual([
      ['2024/opd.csv', 1, 1],
      ['2024/opd.csv', 1, 1],
      ['2024/opd.csv', 1, 1],
      ['2024/opd.csv', 1, 1],
    ]);
    const gone = ['nilai,61.00', 'peringkat,4', 'predikat,B', 'sumber,Inspektorat Kota Prabumulih'].map((v) => `2024,opd,16.74.bapenda,${v},,2025-06-02,Bapenda tidak dinilai tahun ini`);
    writeFileSync(join(dir, 'koreksi.csv'), lines(KOREKSI, ...gone));
    expect(problems(dir)).toEqual([]);
  });

  it('suggests the koreksi.csv line with the separator koreksi.csv is written with', () => {
    const dir = publishedFolder();
    // Copied from templat/koreksi.csv: semicolons.
    writeFileSync(join(dir, 'koreksi.csv'), 'tahun;dataset;kode;kolom;lama;baru;tanggal;alasan\r\n');
    change(dir, '2024/kepatuhan.csv', '72,35', '73,35');
    expect(problems(dir)).toEqual([['2024/kepatuhan.csv', 3, 23, expect.stringContaining('koreksi.csv: 2024;kepatuhan;16.74;nilai;"72,35";"73,35";<tanggal>;<alasan>')]]);
  });

  it('refuses a changed narrative chapter until a narasi correction records it', () => {
    const dir = publishedFolder({ '2024/narasi/01-pengantar.mdx': '---\ntitle: Pengantar\n---\n\n# Pengantar\n' });
    change(dir, '2024/narasi/01-pengantar.mdx', 'Pengantar', 'Kata pengantar');
    expect(problems(dir)).toEqual([['2024/narasi/01-pengantar.mdx', 1, 1, expect.stringContaining('2024,narasi,,01-pengantar.mdx,,,<tanggal>,<alasan>')]]);
    writeFileSync(join(dir, 'koreksi.csv'), lines(KOREKSI, '2024,narasi,,01-pengantar.mdx,,,2025-06-02,Judul bab diperjelas'));
    expect(problems(dir)).toEqual([]);
  });

  it('says the published version is not found when there is no git history', () => {
    const published = publishedFolder();
    const dir = mkdtempSync(join(tmpdir(), 'rapor-nogit-'));
    cpSync(published, dir, { recursive: true, filter: (src) => !src.includes('.git') });
    change(dir, '2024/kepatuhan.csv', '72,35', '73,35');
    expect(problems(dir)).toEqual([['2024/kepatuhan.csv', 1, 1, expect.stringContaining('versi terbitnya tidak ditemukan di git')]]);
  });

  it('is required of a published edition', () => {
    const dir = writeFolder({ '2024/edisi.json': json({ judul: 'Rapor 2024', status: 'terbit', tanggal_terbit: '2025-04-28' }) });
    expect(problems(dir)).toEqual([['2024/edisi.json', 3, 3, expect.stringContaining('Jalankan npm run publish -- 2024')]]);
  });

  it('is the only edition a correction may name: a draft has none', () => {
    const dir = writeFolder({ 'koreksi.csv': lines(KOREKSI, '2024,sakip,16.74,nilai,65.20,66.20,2025-06-02,Salah ketik') });
    expect(problems(dir)).toEqual([['koreksi.csv', 2, 1, expect.stringContaining('edisi 2024 belum terbit')]]);
  });
});
