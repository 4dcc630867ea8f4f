/**
 * Hostile and careless input against the validator's limits and its reading of text (issue 19,
 * findings 8 and 11): files that are not text, year folders that are not years, cells past their
 * length, invisible controls, decimals that shift a row or read two ways, and more problems than a
 * list can hold. As in bad-folders.test.ts, every line and column is counted by hand from the
 * fixture text of test/fixtures/folder.ts (header = line 1; a BOM is not a column).
 */
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/data/load.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { MAX_LISTED_PROBLEMS } from '../../src/data/problem-lines.ts';
import { problemsPage } from '../../src/astro/problems-page.ts';
import { validateFolder } from '../../src/data/validate.ts';
import { tooFarAhead, yearFolderFinding } from '../../src/domain/edition-year.ts';
import { checkChanges, koreksiLine } from '../../src/domain/lock.ts';
import { publishedEdisi } from '../../src/domain/publication.ts';
import { edisiJson, edit, lines, type Changes } from '../fixtures/folder.ts';
import { problemsOf, temporaryFolders } from '../support/bad-folder.ts';

type Expected = [file: string, line: number, column: number, says: string];

const folder = temporaryFolders();

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** The start of a ZIP archive whose first entry is a workbook's part, as Excel writes an .xlsx. */
const XLSX = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], new Array(22).fill(0), 'xl/workbook.xml', new Array(64).fill(0));
const long = (char: string, length: number) => char.repeat(length);

const CASES: { name: string; changes: Changes; problems: Expected[] }[] = [
  // Files that are not text, named by their first bytes (they were called UTF-16).
  {
    name: 'a gzip file named .csv',
    changes: { '2024/opd.csv': bytes([0x1f, 0x8b, 0x08, 0x00], new Array(16).fill(0)) },
    problems: [['2024/opd.csv', 1, 1, 'berkas ini adalah arsip gzip, bukan berkas teks (CSV atau JSON)']],
  },
  {
    name: 'a PNG image named .csv',
    changes: { '2024/opd.csv': bytes([0x89], 'PNG\r\n\x1a\n', new Array(16).fill(0)) },
    problems: [['2024/opd.csv', 1, 1, 'berkas ini adalah gambar PNG']],
  },
  {
    name: 'a PDF named .csv',
    changes: { '2024/opd.csv': bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n') },
    problems: [['2024/opd.csv', 1, 1, 'berkas ini adalah dokumen PDF']],
  },
  {
    name: 'an Excel workbook renamed to .csv',
    changes: { '2024/sakip.csv': XLSX },
    problems: [['2024/sakip.csv', 1, 1, 'berkas ini adalah arsip ZIP, yaitu lembar kerja Excel (XLSX), bukan berkas teks (CSV atau JSON). Buka di spreadsheet lalu simpan sebagai CSV']],
  },
  {
    name: 'a ZIP archive named edisi.json',
    changes: { '2024/edisi.json': bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), 'data.csv') },
    problems: [['2024/edisi.json', 1, 1, 'berkas ini adalah arsip ZIP, bukan berkas teks']],
  },
  // Year folders: exactly four digits, 2000–2100.
  {
    name: 'a year folder 0999',
    changes: { '0999/edisi.json': edisiJson(999), '0999/opd.csv': lines('kode,nilai,sumber') },
    problems: [['0999', 1, 1, 'folder "0999" bukan tahun edisi: nama folder edisi adalah tahun empat angka dari 2000 sampai 2100']],
  },
  {
    name: 'a year folder 2101',
    changes: { '2101/edisi.json': edisiJson(2101) },
    problems: [['2101', 1, 1, 'folder "2101" bukan tahun edisi']],
  },
  {
    name: 'a year folder of five digits',
    changes: { '20245/edisi.json': edisiJson(2024) },
    problems: [['20245', 1, 1, 'folder "20245" bukan tahun edisi']],
  },
  // Lengths: kode (it names a folder), names, sources, notes.
  {
    name: 'a kode of 65 characters',
    changes: { 'instansi.csv': (base) => `${base}${long('k', 65)},Dinas Panjang,opd,16.74,,,2022,\n` },
    problems: [['instansi.csv', 9, 1, 'isi kolom kode sepanjang 65 karakter, lebih dari batas 64. Kode paling panjang 64 karakter']],
  },
  {
    name: 'a nama of 201 characters',
    changes: { '2024/sakip.csv': edit('16.74,Kota Prabumulih,B', `16.74,${long('N', 201)},B`) },
    problems: [['2024/sakip.csv', 4, 7, 'isi kolom nama sepanjang 201 karakter, lebih dari batas 200']],
  },
  {
    name: 'a former name of 201 characters',
    changes: { 'instansi.csv': edit(',Dinas PU,', `,Dinas PU|${long('L', 201)},`) },
    problems: [['instansi.csv', 4, 62, 'isi kolom nama_lain sepanjang 201 karakter, lebih dari batas 200. Setiap nama paling panjang 200 karakter']],
  },
  {
    name: 'a sumber of 501 characters',
    changes: { '2024/opd.csv': edit('82.10,A,1,Inspektorat Kota Prabumulih', `82.10,A,1,${long('S', 501)}`) },
    problems: [['2024/opd.csv', 2, 40, 'isi kolom sumber sepanjang 501 karakter, lebih dari batas 500']],
  },
  {
    name: 'a catatan of 1 001 characters',
    changes: { '2024/sakip.csv': edit('LHE AKIP 2024 Kota Prabumulih,\n', `LHE AKIP 2024 Kota Prabumulih,${long('C', 1001)}\n`) },
    problems: [['2024/sakip.csv', 4, 86, 'isi kolom catatan sepanjang 1.001 karakter, lebih dari batas 1.000']],
  },
  {
    name: 'a publisher name of 201 characters in situs.json',
    changes: { 'situs.json': edit('"Bagian Organisasi', `"${long('B', 169)}Organisasi`) },
    problems: [['situs.json', 2, 3, '"nama" lebih dari 200 karakter. Persingkat "nama" sampai 200 karakter']],
  },
  {
    name: 'an edition title of 201 characters',
    changes: { '2024/edisi.json': edit('"Rapor Kinerja', `"${long('J', 180)}`) },
    problems: [['2024/edisi.json', 2, 3, '"judul" lebih dari 200 karakter']],
  },
  // Invisible controls, at their own position.
  {
    name: 'a right-to-left override in a sumber',
    changes: { '2024/sakip.csv': edit('LHE AKIP 2024 Kota Prabumulih', 'LHE AKIP 2024 Kota\u202E Prabumulih') },
    problems: [['2024/sakip.csv', 4, 74, 'karakter pengatur arah teks tak terlihat U+202E RIGHT-TO-LEFT OVERRIDE di sini']],
  },
  {
    name: 'a zero-width space in a CRLF file with a BOM',
    changes: { '2024/kepatuhan.csv': edit('Ombudsman RI 2024', 'Ombudsman\u200B RI 2024') },
    problems: [['2024/kepatuhan.csv', 2, 44, 'karakter kendali tak terlihat U+200B ZERO WIDTH SPACE di sini']],
  },
  {
    name: 'a right-to-left isolate written as a JSON escape',
    changes: { 'situs.json': edit('"Bagian Organisasi', '"Bagian\\u2067Organisasi') },
    problems: [['situs.json', 2, 18, 'karakter pengatur arah teks tak terlihat U+2067 RIGHT-TO-LEFT ISOLATE']],
  },
  {
    name: 'a control character (BEL) written as a JSON escape in edisi.json',
    changes: { '2024/edisi.json': edit('Prabumulih 2024', 'Prabumulih\\u0007 2024') },
    problems: [['2024/edisi.json', 2, 42, 'karakter kendali tak terlihat U+0007 di sini']],
  },
  {
    name: 'a right-to-left override in a narrative chapter',
    changes: { '2024/narasi/01-pengantar.mdx': lines('---', 'title: Pengantar', '---', '', 'Nilai Kota \u202Eturun\u202C tahun ini.') },
    problems: [
      ['2024/narasi/01-pengantar.mdx', 5, 12, 'karakter pengatur arah teks tak terlihat U+202E RIGHT-TO-LEFT OVERRIDE'],
      ['2024/narasi/01-pengantar.mdx', 5, 18, 'karakter pengatur arah teks tak terlihat U+202C POP DIRECTIONAL FORMATTING'],
    ],
  },
  // Decimals that shift a row or read two ways.
  {
    name: 'an unquoted decimal comma in a ,-separated file shifts nilai into sumber',
    changes: { '2024/opd.csv': lines('kode,nilai,sumber', '16.74.dinkes,82,10,Inspektorat Kota Prabumulih', '16.74.pupr,75.40,Inspektorat Kota Prabumulih') },
    problems: [
      ['2024/opd.csv', 2, 14, 'nilai 82 diikuti "10" di kolom sumber: mungkin angka desimal 82,10 tanpa tanda kutip, sehingga isi baris bergeser satu kolom. Tulis 82.10 dengan titik, atau beri tanda kutip ("82,10"), atau simpan berkas dengan pemisah titik koma (;)'],
      ['2024/opd.csv', 2, 20, 'sel "Inspektorat Kota Prabumulih" berada di kolom tanpa judul'],
    ],
  },
  {
    name: 'an unquoted decimal comma before a text column that holds a choice',
    changes: { '2024/opd.csv': edit('16.74.dinkes,Dinas Kesehatan,82.10,A,1,', '16.74.dinkes,Dinas Kesehatan,82,10,A,1,') },
    problems: [
      ['2024/opd.csv', 2, 30, 'nilai 82 diikuti "10" di kolom predikat: mungkin angka desimal 82,10'],
      ['2024/opd.csv', 2, 33, '"10" bukan isian yang dikenal untuk kolom predikat'],
      ['2024/opd.csv', 2, 36, '"A" di kolom peringkat bukan peringkat'],
      ['2024/opd.csv', 2, 40, 'sel "Inspektorat Kota Prabumulih" berada di kolom tanpa judul'],
    ],
  },
  {
    name: '8.412 in a file whose decimals are commas',
    changes: { '2024/kepatuhan.csv': edit(';84,12;', ';8.412;') },
    problems: [['2024/kepatuhan.csv', 2, 21, '"8.412" di kolom nilai bisa dibaca dua cara: 8412 (titik sebagai pemisah ribuan) atau 8,412 (titik desimal); berkas ini memakai koma desimal']],
  },
  {
    name: '72.350 in a file whose decimals are commas',
    changes: { '2024/kepatuhan.csv': edit(';72,35;', ';72.350;') },
    problems: [['2024/kepatuhan.csv', 3, 23, 'bisa dibaca dua cara: 72350 (titik sebagai pemisah ribuan) atau 72,350']],
  },
];

describe('hostile limits and text', () => {
  for (const { name, changes, problems } of CASES) {
    const dir = folder(changes);
    it(name, () => {
      expect(problemsOf(dir)).toEqual(problems.map(([file, line, column, says]) => [file, line, column, expect.stringContaining(says)]));
    });
  }

  it('accepts the limits themselves: a 64-character kode, 200-character names, joiners, 84.120 where decimals are points', () => {
    const dir = folder({
      'instansi.csv': (base) => `${base}${long('k', 64)},${long('N', 200)},opd,16.74,,,2022,\n`,
      '2024/sakip.csv': edit('LHE AKIP 2024 Kota Prabumulih,\n', `LHE AKIP 2024 Kota\u200D\u200C Prabumulih,${long('C', 1000)}\n`),
      '2024/opd.csv': edit('82.10,A,1,Inspektorat Kota Prabumulih', `82.10,A,1,${long('S', 500)}`),
    });
    expect(problemsOf(dir)).toEqual([]);
  });

  it('reads whole-number scores before a number column as they are, a stray trailing separator included', () => {
    const dir = folder({
      '2024/sakip.csv': lines(
        'kode,predikat,nilai,perencanaan,pengukuran,pelaporan,evaluasi_internal,sumber',
        '16,BB,72,22,21,11,18,LHE AKIP 2024 Provinsi Sumatera Selatan,',
        '16.74,B,65,20,19,10,16,LHE 2024',
      ),
    });
    expect(problemsOf(dir)).toEqual([]);
  });

  it('refuses a data file over 128 MB without reading it', () => {
    const dir = folder();
    // A sparse file: its size is what counts, and the disk holds none of it.
    truncateSync(join(dir, '2024/opd.csv'), MAX_FILE_BYTES + 1);
    expect(problemsOf(dir)).toEqual([['2024/opd.csv', 1, 1, expect.stringContaining('berkas ini 129 MB, lebih dari batas 128 MB')]]);
  });

  it('shows the dev server the first 1 000 problems and counts the rest', () => {
    const problem = { file: '2024/opd.csv', line: 2, column: 1, message: { id: 'salah', en: 'wrong' }, fix: { id: 'perbaiki', en: 'fix' } };
    const page = problemsPage(new Array(MAX_LISTED_PROBLEMS + 3).fill(problem), 'data', '/client.js');
    expect(page.match(/<li>/g)).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(page).toContain('<p>… dan 3 masalah lain (tidak ditampilkan). <span lang="en">… and 3 more problems (not listed).</span></p>');
  });

  it('lists the first problems of ≈ 460 000 and counts the rest, without overflowing the stack', () => {
    const rows = 460_000;
    const dir = folder({ '2024/opd.csv': `kode,nilai,sumber\n${'x y,1,S\n'.repeat(rows)}` });
    const report = validateFolder(dir, 'id');
    expect(report.dataset).toBeUndefined();
    expect(report.lines).toHaveLength(MAX_LISTED_PROBLEMS + 2);
    expect(report.lines[0]).toMatch(/^2024\/opd\.csv:2:1: kode "x y" di kolom kode memuat karakter yang tidak boleh/);
    expect(report.lines.at(-2)).toBe(`… dan ${rows - MAX_LISTED_PROBLEMS} masalah lain (tidak ditampilkan).`);
    expect(report.lines.at(-1)).toBe(`${rows} masalah ditemukan.`);
  }, 120_000);
});

describe('koreksi.csv lines that messages suggest', () => {
  it('quotes a cell holding a decimal comma, a comma, a semicolon or a quote', () => {
    expect(koreksiLine(['2024', 'sakip', '16.74', 'nilai', '95,45', '96.10', '<tanggal>', '<alasan>'])).toBe('2024,sakip,16.74,nilai,"95,45",96.10,<tanggal>,<alasan>');
    expect(koreksiLine(['2024', 'opd', '16.74.pupr', 'sumber', 'LHE "A"; 2024', 'LHE', '', ''])).toBe('2024,opd,16.74.pupr,sumber,"LHE ""A""; 2024",LHE,,');
  });

  it('suggests a line that reads back as the eight cells of a correction', () => {
    const verdict = checkChanges(2024, 'kepatuhan', '2024/kepatuhan.csv', [{ kode: '16.74', kolom: 'nilai', lama: '72,35', baru: '73,10' }], [], () => ({ line: 3, column: 23 }));
    const fix = verdict.problems[0]!.fix.id;
    const line = fix.slice(fix.indexOf('koreksi.csv: ') + 'koreksi.csv: '.length);
    expect(line).toBe('2024,kepatuhan,16.74,nilai,"72,35","73,10",<tanggal>,<alasan>');
    const csv = parseCsv('koreksi.csv', `tahun,dataset,kode,kolom,lama,baru,tanggal,alasan\n${line}\n`);
    expect(csv.records.map((r) => r.cells)).toEqual([['2024', 'kepatuhan', '16.74', 'nilai', '72,35', '73,10', '<tanggal>', '<alasan>']]);
  });
});

describe('edition years', () => {
  it('names an edition folder by a four-digit year from 2000 to 2100, whatever today is', () => {
    expect(['2000', '2024', '2099', '2100'].map(yearFolderFinding)).toEqual([undefined, undefined, undefined, undefined]);
    for (const name of ['0999', '1999', '2101', '20245', '202']) expect(yearFolderFinding(name)?.message.id).toContain(`folder "${name}" bukan tahun edisi`);
  });

  it('publishes a draft up to next year only, and locks a published edition of any year', () => {
    const draft = { judul: 'Rapor 2099', status: 'draf' as const };
    expect(tooFarAhead(2027, '2026-12-06')).toBe(false);
    expect(tooFarAhead(2028, '2026-12-06')).toBe(true);
    const refused = publishedEdisi(2099, { ...draft }, draft, { date: undefined, today: '2026-12-06', kunci: {} });
    expect(refused.ok ? undefined : refused.reason.id).toBe('tahun 2099 terlalu jauh di depan (sekarang 2026); edisi tidak terbit lebih dari setahun ke depan');
    const published = { judul: 'Rapor 2099', status: 'terbit' as const, tanggal_terbit: '2099-12-16' };
    expect(publishedEdisi(2099, { ...published }, published, { date: undefined, today: '2026-12-06', kunci: {} }).ok).toBe(true);
  });
});
