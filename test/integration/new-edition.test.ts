/** `npm run new-edition`: a draft edition that validates, Excel-ready templates, last year's list, refusals. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { newEdition } from '../../src/commands/new-edition.ts';
import { edit, writeFolder } from '../fixtures/folder.ts';
import { npmRun, root } from '../support/npm.ts';

const request = (tahun: string, from?: string) => ({ tahun, currentYear: 2025, ...(from === undefined ? {} : { from }) });

/** The header lines every template of 2025 must carry, written out by hand from DATA.md: no capaian since 2022. */
const HEADERS = {
  sakip: 'kode;nama;predikat;nilai;perencanaan;pengukuran;pelaporan;evaluasi_internal;sumber;catatan',
  kepatuhan: 'kode;nama;nilai;zona;kategori;peringkat_nasional;peringkat_provinsi;input;proses;output;pengaduan;kepercayaan_masyarakat;sumber;catatan',
  opd: 'kode;nama;nilai;predikat;peringkat;sumber;catatan',
};

describe('new-edition', () => {
  it('scaffolds a draft edition that validates, with header-only datasets and an example chapter', () => {
    const dir = writeFolder();
    const result = newEdition(dir, request('2025'));
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(readdirSync(join(dir, '2025')).sort()).toEqual(['edisi.json', 'kepatuhan.csv', 'narasi', 'opd.csv', 'sakip.csv']);
    expect(readFileSync(join(dir, '2025/narasi/01-pengantar.mdx'), 'utf8')).toMatch(/^---\ntitle: Pengantar\nringkasan: .+\n---\n\n\S/);
    const loaded = loadDataFolder(dir);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    const edition = loaded.ok ? loaded.dataset.editions.find((e) => e.tahun === 2025) : undefined;
    // The fixture's 2024 title is "Rapor Kinerja Kota Prabumulih 2024": the pattern is kept.
    expect(edition?.edisi).toEqual({ judul: 'Rapor Kinerja Kota Prabumulih 2025', status: 'draf' });
    expect(edition?.datasets).toEqual({ sakip: [], kepatuhan: [], opd: [] });
    expect(edition?.narasiFiles).toEqual(['01-pengantar.mdx']);
    expect(result.lines.join('\n')).toMatch(/Langkah berikutnya:[\s\S]*npm run publish -- 2025[\s\S]*Next steps:/);
  });

  it('writes the templates as Indonesian Excel saves CSV UTF-8: BOM, semicolons, CRLF, the columns of DATA.md', () => {
    const dir = writeFolder();
    newEdition(dir, request('2025'));
    for (const [kind, header] of Object.entries(HEADERS)) {
      const bytes = readFileSync(join(dir, `2025/${kind}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3))).toBe(`${header}\r\n`);
      // templat/ ships the very same empty templates.
      expect(readFileSync(join(root, 'templat', `${kind}.csv`))).toEqual(bytes);
    }
  });

  it("holds only the columns the year's rule assesses", () => {
    const dir = writeFolder();
    newEdition(dir, request('2021'));
    const header = (kind: string) => readFileSync(join(dir, `2021/${kind}.csv`), 'utf8').replace('\uFEFF', '').trimEnd();
    // 2015–2021: capaian weighs 20; the Ombudsman had no kategori and no dimensions before 2022.
    expect(header('sakip')).toBe('kode;nama;predikat;nilai;perencanaan;pengukuran;pelaporan;evaluasi_internal;capaian;sumber;catatan');
    expect(header('kepatuhan')).toBe('kode;nama;nilai;zona;peringkat_nasional;peringkat_provinsi;sumber;catatan');
    const dir2023 = writeFolder();
    newEdition(dir2023, request('2023'));
    // Kepercayaan masyarakat only since 2025.
    expect(readFileSync(join(dir2023, '2023/kepatuhan.csv'), 'utf8')).toContain('input;proses;output;pengaduan;sumber');
  });

  it('writes an example chapter with a live figure of an earlier edition, which validates', () => {
    const dir = writeFolder({ 'situs.json': (base) => base.replace('"url"', '"kode": "16.74",\n  "url"') });
    expect(newEdition(dir, request('2025')).ok).toBe(true);
    const chapter = readFileSync(join(dir, '2025/narasi/01-pengantar.mdx'), 'utf8');
    expect(chapter).toContain('nilai SAKIP Kota Prabumulih tahun 2024:\n<Nilai dataset="sakip" kode="16.74" tahun="2024" />');
    const loaded = loadDataFolder(dir);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('leaves out kepatuhan in a year the Ombudsman did not assess', () => {
    const dir = writeFolder();
    expect(newEdition(dir, request('2020')).ok).toBe(true);
    expect(existsSync(join(dir, '2020/kepatuhan.csv'))).toBe(false);
    expect(loadDataFolder(dir).ok).toBe(true);
  });

  it('--from lists the instansi with rows that year that are still active, with their grades, and still validates', () => {
    // Badan Pendapatan Daerah is abolished after 2024: it had rows in 2024 but is not listed for 2025.
    const dir = writeFolder({ 'instansi.csv': edit('opd,16.74,,2017,,', 'opd,16.74,,2017,2024,') });
    expect(newEdition(dir, request('2025', '2024')).ok).toBe(true);
    const text = readFileSync(join(dir, '2025/daftar-opd.csv'), 'utf8');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFkode;nama;jenis;predikat_sakip_2024;zona_kepatuhan_2024;predikat_opd_2024',
      '16;Sumatera Selatan;provinsi;BB;hijau;',
      '16.74;Kota Prabumulih;kota;B;kuning;',
      '16.74.dinkes;Dinas Kesehatan;opd;;;A',
      '16.74.disdik;Dinas Pendidikan;opd;;;BB',
      '16.74.pupr;Dinas Pekerjaan Umum dan Penataan Ruang;opd;;;BB',
      '',
    ]);
    const loaded = loadDataFolder(dir);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it.each([
    ['an existing edition', request('2024'), 'edisi 2024 sudah ada'],
    ['a year that is not four digits', request('24'), '"24" bukan tahun'],
    ['a year before the rules Rapor knows', request('2014'), 'sejak 2015'],
    ['a year too far ahead', request('2207'), 'terlalu jauh'],
    ['--from an edition that does not exist', request('2025', '2019'), '--from 2019: tidak ada edisi itu'],
  ])('refuses %s and writes nothing', (_name, req, says) => {
    const dir = writeFolder();
    const result = newEdition(dir, req);
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toContain(says);
    expect(readdirSync(dir).sort()).toEqual(['2024', 'instansi.csv', 'situs.json']);
    expect(readdirSync(join(dir, '2024')).sort()).toEqual(['edisi.json', 'kepatuhan.csv', 'opd.csv', 'sakip.csv']);
  });

  it('refuses a data folder that does not validate, naming its problems', () => {
    const dir = writeFolder({ '2024/opd.csv': edit('61.00', '610') });
    const result = newEdition(dir, request('2025'));
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toMatch(/^2024\/opd\.csv:5:39: /);
    expect(existsSync(join(dir, '2025'))).toBe(false);
  });

  it('runs as npm run new-edition, exit 0 on success and 1 on a refusal', () => {
    const dir = writeFolder();
    const run = (...args: string[]) => npmRun('new-edition', args, { dataDir: dir });
    const made = run(String(new Date().getFullYear() + 1), '--from', '2024');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('daftar-opd.csv');
    const again = run(String(new Date().getFullYear() + 1));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('sudah ada');
  });
});
