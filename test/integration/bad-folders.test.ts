/**
 * The corpus of bad data folders: one problem class of DATA.md per case, each a minimal change to the
 * valid base folder of test/fixtures/folder.ts. Every expected line and column is counted by hand
 * from the fixture text (header = line 1; a BOM is not a column; a cell's column is its first
 * character, a quote included), so that the validator is checked against the contract, not itself.
 */
import { describe, expect, it } from 'vitest';
import { append, BASE, edisiJson, edit, json, lines, SITUS, type Changes } from '../fixtures/folder.ts';
import { problemsOf, temporaryFolders } from '../support/bad-folder.ts';
import { npmRun } from '../support/npm.ts';

/** One expected problem: file, line, column, and words of its Indonesian message or fix. */
type Expected = [file: string, line: number, column: number, says: string];

interface Case {
  name: string;
  changes: Changes;
  problems: Expected[];
}

/** UTF-8 text in which the one U+FFFD stands for a raw byte, as a character from Windows-1252 leaves it. */
const withRawByte = (text: string, byte: number): Buffer => {
  const [before, after] = text.split('\uFFFD') as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.of(byte), Buffer.from(after)]);
};

/** The abolished Dinas Perhubungan (instansi.csv line 8), given another induk. */
const dishubUnder = (induk: string): Changes => ({ 'instansi.csv': edit('Perhubungan,opd,16.74,', `Perhubungan,opd,${induk},`) });
/** A 2024 row (opd.csv line 6) for the Dinas Perhubungan, abolished after 2022. */
const dishubRow = (nilai: string): Changes => ({ '2024/opd.csv': append(`16.74.dishub,Dinas Perhubungan,${nilai},,,Inspektorat Kota Prabumulih`) });
/** Line 4 of instansi.csv: a UTF-8 en dash, then one pasted from Windows-1252 (byte 0x96) at character 93, byte 95. */
const pastedDash: Changes = {
  'instansi.csv': (base) => withRawByte(edit(',Dinas PU,', ',Dinas PU – Bina Marga|Dinas PU \uFFFD Cipta Karya,')(base), 0x96),
};

const CASES: Case[] = [
  // Form: encoding and files.
  {
    name: 'a file in Windows-1252 (é on line 4)',
    changes: { 'instansi.csv': (base) => withRawByte(edit('Pekerjaan', 'P\uFFFDkerjaan')(base), 0xe9) },
    problems: [['instansi.csv', 4, 19, 'bukan UTF-8: byte 0xE9 (mungkin "é" dalam Windows-1252']],
  },
  {
    name: 'a Windows-1252 byte after UTF-8 text: the column counts characters',
    changes: pastedDash,
    problems: [['instansi.csv', 4, 93, 'bukan UTF-8: byte 0x96']],
  },
  {
    name: 'the Windows-1252 character named for a byte 0x80–0x9F',
    changes: pastedDash,
    problems: [['instansi.csv', 4, 93, 'mungkin "–" dalam Windows-1252']],
  },
  {
    name: 'a file in UTF-16 ("Unicode Text")',
    changes: { '2024/opd.csv': (base) => Buffer.from(`\uFEFF${base}`, 'utf16le') },
    problems: [['2024/opd.csv', 1, 1, 'UTF-16']],
  },
  {
    name: 'a file in UTF-16 without BOM',
    changes: { '2024/opd.csv': (base) => Buffer.from(base, 'utf16le') },
    problems: [['2024/opd.csv', 1, 1, 'UTF-16']],
  },
  {
    name: 'a misspelt file name, sakip .csv',
    changes: { '2024/sakip.csv': null, '2024/sakip .csv': BASE['2024/sakip.csv']! },
    problems: [['2024/sakip .csv', 1, 1, 'Maksudnya sakip.csv?']],
  },
  {
    name: 'a spreadsheet in a year folder',
    changes: { '2024/sakip.xlsx': Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
    problems: [['2024/sakip.xlsx', 1, 1, 'lalu impor dengan npm run import -- sakip.xlsx --tahun <tahun>']],
  },
  {
    name: 'a year folder without edisi.json',
    changes: { '2024/edisi.json': null },
    problems: [['2024/edisi.json', 1, 1, 'tidak punya edisi.json']],
  },
  {
    name: 'a year folder without any dataset',
    changes: { '2023/edisi.json': edisiJson(2023) },
    problems: [['2023', 1, 1, 'tidak memuat satu pun dataset']],
  },
  {
    name: 'an empty CSV file',
    changes: { '2024/opd.csv': '' },
    problems: [['2024/opd.csv', 1, 1, 'berkas kosong']],
  },
  // Form: CSV structure. The quote's own column, as for any cell.
  {
    name: 'an unterminated quote',
    changes: { '2024/opd.csv': edit('B,4,Inspektorat', 'B,4,"Inspektorat') },
    problems: [['2024/opd.csv', 5, 49, 'tidak ditutup']],
  },
  {
    // Everything after the quote is one cell: what follows from that is not the editor's mistake.
    name: 'an unterminated quote in the middle of a file',
    changes: { '2024/opd.csv': edit('dinkes,Dinas Kesehatan,', 'dinkes,"Dinas Kesehatan,') },
    problems: [['2024/opd.csv', 2, 14, 'tidak ditutup']],
  },
  {
    // The row lost its trailing empty cell; the problem points at its last cell.
    name: 'a row with too few cells',
    changes: { '2024/sakip.csv': edit('Kota Prabumulih,\n', 'Kota Prabumulih\n') },
    problems: [['2024/sakip.csv', 4, 56, 'baris ini punya 10 sel, judul kolom punya 11']],
  },
  {
    name: 'an unknown header column',
    changes: { '2024/sakip.csv': edit('evaluasi_internal', 'Evaluasi Internal') },
    problems: [['2024/sakip.csv', 1, 59, 'Maksudnya evaluasi_internal?']],
  },
  {
    // Header names match case-insensitively, so Nama repeats nama; the BOM before the header is no column.
    name: 'a duplicate header column',
    changes: { '2024/kepatuhan.csv': edit(';catatan', ';Nama') },
    problems: [['2024/kepatuhan.csv', 1, 38, 'kolom nama muncul dua kali']],
  },
  {
    name: 'a missing required column',
    changes: { '2024/opd.csv': (base) => base.replace(/,[^,\n]*$/gm, '') },
    problems: [['2024/opd.csv', 1, 1, 'kolom wajib sumber tidak ada']],
  },
  // Form: cells.
  {
    name: 'a number with a thousands separator',
    changes: { '2024/kepatuhan.csv': edit(';84,12;', ';8.412,00;') },
    problems: [['2024/kepatuhan.csv', 2, 21, '"8.412,00" di kolom nilai bukan angka']],
  },
  {
    name: 'text in a number column',
    changes: { '2024/kepatuhan.csv': edit(';72,35;', ';-;') },
    problems: [['2024/kepatuhan.csv', 3, 23, '"-" di kolom nilai bukan angka']],
  },
  {
    // The last OPD, so that the others keep their ranks without it.
    name: 'a number above 100',
    changes: { '2024/opd.csv': edit('61.00', '610') },
    problems: [['2024/opd.csv', 5, 39, 'nilai 610 di kolom nilai di atas 100']],
  },
  {
    name: 'an empty required cell',
    changes: { '2024/opd.csv': edit('Ruang,75.40,BB,2,Inspektorat Kota Prabumulih', 'Ruang,75.40,BB,2,') },
    problems: [['2024/opd.csv', 3, 63, 'kolom sumber wajib diisi']],
  },
  {
    name: 'an unknown predikat',
    changes: { '2024/sakip.csv': edit('Selatan,BB,', 'Selatan,AAA,') },
    problems: [['2024/sakip.csv', 2, 21, '"AAA" bukan isian yang dikenal untuk kolom predikat']],
  },
  {
    name: 'an unknown jenis',
    changes: { 'instansi.csv': edit('Perhubungan,opd,', 'Perhubungan,dinas,') },
    problems: [['instansi.csv', 8, 32, '"dinas" bukan isian yang dikenal untuk kolom jenis']],
  },
  {
    // One mistake, one problem: the OPD's rows are not the editor's mistake.
    name: 'an unknown jenis for an OPD that has rows',
    changes: { 'instansi.csv': edit('Kesehatan,opd,', 'Kesehatan,dinas,') },
    problems: [['instansi.csv', 5, 30, '"dinas" bukan isian yang dikenal untuk kolom jenis']],
  },
  // The registry.
  {
    name: 'a duplicate kode in instansi.csv',
    changes: { 'instansi.csv': append('16.74.dinkes,Dinas Kesehatan Kota Prabumulih,opd,16.74,,,,') },
    problems: [['instansi.csv', 9, 1, 'baris 5 dan baris 9']],
  },
  {
    // Excel read 16.10 (Kabupaten Ogan Ilir) as a number and dropped the zero.
    name: 'a region kode that lost its trailing zero',
    changes: { 'instansi.csv': append('16.1,Kabupaten Ogan Ilir,kabupaten,16,,,,') },
    problems: [['instansi.csv', 9, 1, 'kode kabupaten "16.1" bukan kode wilayah Kemendagri']],
  },
  {
    // A kode names the page's folder (/instansi/<kode>/): ".." would write outside it.
    name: 'a kode of dots only',
    changes: { 'instansi.csv': append('..,Dinas Titik,opd,16.74,,,,') },
    problems: [['instansi.csv', 9, 1, 'kode ".." di kolom kode memuat karakter yang tidak boleh']],
  },
  {
    name: 'an OPD without induk',
    changes: dishubUnder(''),
    problems: [['instansi.csv', 8, 36, 'OPD tanpa induk']],
  },
  {
    name: 'an OPD whose induk does not exist',
    changes: dishubUnder('16.73'),
    problems: [['instansi.csv', 8, 36, 'induk "16.73" tidak ada di instansi.csv']],
  },
  {
    name: 'an OPD whose induk is not a pemda',
    changes: dishubUnder('16.74.dinkes'),
    problems: [['instansi.csv', 8, 36, 'induk "16.74.dinkes" berjenis opd']],
  },
  // Dataset rows and the registry.
  {
    // Lines as the editor sees them: the first row spans lines 2 and 3.
    name: 'a duplicate row in a dataset',
    changes: { '2024/sakip.csv': append('16.74,Kota Prabumulih,B,65.20,20.00,19.20,10.00,16.00,,LHE AKIP 2024 Kota Prabumulih,') },
    problems: [['2024/sakip.csv', 5, 1, 'kode 16.74 muncul dua kali, di baris 4 dan baris 5']],
  },
  {
    name: 'a duplicate row in opd.csv',
    changes: { '2024/opd.csv': append('16.74.dinkes,Dinas Kesehatan,82.10,A,1,Inspektorat Kota Prabumulih') },
    problems: [['2024/opd.csv', 6, 1, 'kode 16.74.dinkes muncul dua kali, di baris 2 dan baris 6']],
  },
  {
    name: 'a kode that is not in instansi.csv',
    changes: { '2024/kepatuhan.csv': edit('16.74;', '16.73;') },
    problems: [['2024/kepatuhan.csv', 3, 1, 'kode "16.73" tidak ada di instansi.csv']],
  },
  {
    name: 'a kode typo: the nearest known kode first, adding only a new instansi',
    changes: { '2024/opd.csv': edit('16.74.dinkes,', '16.74.dinkse,') },
    problems: [['2024/opd.csv', 2, 1, 'kode "16.74.dinkse" tidak ada di instansi.csv. Maksud Anda 16.74.dinkes? Perbaiki kodenya. Tambahkan ke instansi.csv hanya instansi baru yang belum terdaftar dengan kode lain']],
  },
  {
    // Two parts changed: no guess, and the advice to add still says which instansi belongs there.
    name: 'a kode far from every known kode: no suggestion',
    changes: { '2024/opd.csv': edit('16.74.dinkes,', '16.75.dinkesehatan,') },
    problems: [['2024/opd.csv', 2, 1, 'Periksa kodenya (Excel bisa membuang nol di belakang: 16.10 menjadi 16.1). Bila ini instansi baru yang belum terdaftar dengan kode lain, tambahkan ke instansi.csv']],
  },
  {
    name: 'an induk typo: the nearest known kode',
    changes: dishubUnder('16.47'),
    problems: [['instansi.csv', 8, 36, 'Maksud Anda 16.74?']],
  },
  {
    name: 'a nama that names another instansi than the kode',
    changes: { '2024/opd.csv': edit('disdik,Dinas Pendidikan,', 'disdik,Dinas Perhubungan,') },
    problems: [['2024/opd.csv', 4, 14, 'bukan "Dinas Perhubungan"']],
  },
  {
    name: 'a pemda in opd.csv',
    changes: { '2024/opd.csv': append('16.74,Kota Prabumulih,65.20,,,Inspektorat Kota Prabumulih') },
    problems: [['2024/opd.csv', 6, 1, '16.74 berjenis kota, bukan opd']],
  },
  {
    name: 'a row in a year after aktif_hingga',
    changes: dishubRow('55.00'),
    problems: [['2024/opd.csv', 6, 1, '16.74.dishub tidak ada pada 2024 (aktif …–2022)']],
  },
  {
    name: 'a row in a year after aktif_hingga, with the best nilai',
    changes: dishubRow('95.00'),
    problems: [['2024/opd.csv', 6, 1, '16.74.dishub tidak ada pada 2024 (aktif …–2022)']],
  },
  // One cause for a whole file, told once instead of its symptoms on every row.
  {
    // Opened with both ; and , as separators: each decimal comma split a nilai in two, every row one cell too long.
    name: 'a file opened with two separators, decimal commas split',
    changes: { '2024/kepatuhan.csv': (base) => base.replace(/;(\d+),(\d+);/g, ';$1;$2;') },
    problems: [['2024/kepatuhan.csv', 1, 1, 'dibuka dengan dua pemisah, titik koma (;) dan koma (,): koma desimal memecah angka seperti 84,12 menjadi dua sel (84 dan 12), sehingga baris 2, 3 punya']],
  },
  {
    // The figure is missing because its file cannot be read: that file's problem, told there.
    name: "two separators: a chapter's figure from that file is not reported again",
    changes: {
      '2024/kepatuhan.csv': (base) => base.replace(/;(\d+),(\d+);/g, ';$1;$2;'),
      '2024/narasi/01-bab.mdx': lines('---', 'title: Bab', '---', '', 'Nilai kepatuhan <Nilai dataset="kepatuhan" kode="16.74" />.'),
    },
    problems: [['2024/kepatuhan.csv', 1, 1, 'dibuka dengan dua pemisah']],
  },
  {
    name: 'the fix of two separators names LibreOffice Calc and Excel',
    changes: { '2024/kepatuhan.csv': (base) => base.replace(/;(\d+),(\d+);/g, ';$1;$2;') },
    problems: [['2024/kepatuhan.csv', 1, 1, 'di LibreOffice Calc, pada dialog Text Import centang hanya "Semicolon", bukan "Comma"; di Excel']],
  },
  {
    // A spreadsheet in another language read 16.74 as a number and wrote it back with a decimal comma.
    name: 'a kode made into a number with a decimal comma in instansi.csv',
    changes: { 'instansi.csv': edit('16.74,Kota', '"16,74",Kota') },
    // Rows that use 16.74 elsewhere (five OPD, two datasets) are not reported again.
    problems: [['instansi.csv', 1, 1, 'kode "16,74" (baris 3) tertulis sebagai angka berkoma desimal: spreadsheet membaca kolom kode sebagai angka']],
  },
  {
    name: 'kode made into numbers in a dataset: one message at the kode column',
    changes: { '2024/kepatuhan.csv': edit('16.74;', '16,74;') },
    problems: [['2024/kepatuhan.csv', 1, 1, 'Tulis kodenya dengan titik (16.74) dan simpan kolom itu sebagai Teks: di LibreOffice Calc, pada dialog Text Import klik kolom kode lalu pilih Column type: Text']],
  },
  {
    name: 'a No column: delete it',
    changes: { '2024/opd.csv': (base) => base.replace(/^kode,/, 'No,kode,').replace(/\n16/g, (_, offset: number) => `\n${base.slice(0, offset).split('\n').length},16`) },
    problems: [['2024/opd.csv', 1, 1, 'kolom "No" berisi nomor urut baris, yang tidak dibaca Rapor. Hapus seluruh kolom itu']],
  },
  {
    // Without a header its cells would each be "a cell in a column without a header".
    name: 'a column of row numbers without a header: delete it',
    changes: { '2024/opd.csv': (base) => base.replace(/^kode,/, ',kode,').replace(/\n16/g, (_, offset: number) => `\n${base.slice(0, offset).split('\n').length},16`) },
    problems: [['2024/opd.csv', 1, 1, 'kolom tanpa judul (ke-1) berisi nomor urut baris']],
  },
  // The year's rule. Lower bounds of SAKIP bands are exclusive: 90,00 is A, 90,01 AA.
  {
    name: 'a SAKIP nilai outside the band of its predikat',
    changes: {
      '2024/sakip.csv': (base) =>
        edit('BB,72.50,22.00,21.50,11.00,18.00', 'AA,90.00,,,,')(edit('B,65.20,20.00,19.20,10.00,16.00', 'AA,90.01,,,,')(base)),
    },
    problems: [['2024/sakip.csv', 2, 24, 'nilai 90 berpredikat A, bukan AA']],
  },
  {
    // Still adding up to nilai, so that only the weight is wrong.
    name: 'a SAKIP component above its weight',
    changes: { '2024/sakip.csv': edit('11.00,18.00', '16.00,13.00') },
    problems: [['2024/sakip.csv', 2, 42, 'komponen pelaporan 16 melebihi bobotnya 15']],
  },
  {
    name: 'a SAKIP capaian under PermenPAN-RB 88/2021',
    changes: { '2024/sakip.csv': edit('16.00,,LHE', '16.00,10.00,LHE') },
    problems: [['2024/sakip.csv', 4, 55, 'komponen capaian tidak dinilai pada PermenPAN-RB 88/2021']],
  },
  {
    // 87,99 is B, hijau (2022–2024, inclusive lower bounds).
    name: 'a kepatuhan zona that disagrees with nilai',
    changes: { '2024/kepatuhan.csv': edit('84,12;hijau;B', '87,99;kuning;B') },
    problems: [['2024/kepatuhan.csv', 2, 27, 'zona kuning tidak sesuai nilai 87,99, yang termasuk zona hijau']],
  },
  {
    // 88,00 is already A; 87,99 is not.
    name: 'a kepatuhan kategori that disagrees with nilai',
    changes: { '2024/kepatuhan.csv': (base) => edit('84,12;hijau;B', '87,99;hijau;A')(edit('72,35;kuning;C', '88,00;hijau;A')(base)) },
    problems: [['2024/kepatuhan.csv', 2, 33, 'kategori A tidak sesuai nilai 87,99, yang termasuk kategori B']],
  },
  {
    name: 'a kepatuhan kategori in 2021, which had none',
    changes: { '2021/edisi.json': edisiJson(2021), '2021/kepatuhan.csv': BASE['2024/kepatuhan.csv']! },
    problems: [
      ['2021/kepatuhan.csv', 2, 33, 'tidak memakai kategori'],
      ['2021/kepatuhan.csv', 3, 36, 'tidak memakai kategori'],
    ],
  },
  {
    name: 'kepatuhan.csv in 2020, when the Ombudsman assessed nothing',
    changes: { '2020/edisi.json': edisiJson(2020), '2020/kepatuhan.csv': BASE['2024/kepatuhan.csv']! },
    problems: [['2020/kepatuhan.csv', 1, 1, 'Ombudsman tidak menilai kepatuhan pada 2020']],
  },
  {
    // 80,00 is BB: the lower bound of A is exclusive for OPD too.
    name: 'an OPD predikat that disagrees with nilai',
    changes: { '2024/opd.csv': edit('82.10,A', '80.00,A') },
    problems: [['2024/opd.csv', 2, 36, 'nilai 80 berpredikat BB, bukan A']],
  },
  {
    // The base ranks 1, 2, 2, 4; a tie does not make the next rank 3.
    name: 'an OPD peringkat that disagrees with the ranking',
    changes: { '2024/opd.csv': edit('61.00,B,4', '61.00,B,3') },
    problems: [['2024/opd.csv', 5, 47, 'peringkat 3 tidak sesuai: dengan nilai 61 OPD ini berperingkat 4']],
  },
  // JSON files: a key's problem sits on the key.
  {
    name: 'edisi.json that is not valid JSON (a missing comma)',
    changes: { '2024/edisi.json': edit('2024",\n', '2024"\n') },
    problems: [['2024/edisi.json', 3, 3, 'JSON tidak sah']],
  },
  {
    // Curly quotes, as a word processor or a chat app writes them.
    name: 'edisi.json that is not valid JSON (curly quotes)',
    changes: { '2024/edisi.json': edit('"draf"', '“draf”') },
    problems: [['2024/edisi.json', 3, 13, 'JSON tidak sah']],
  },
  {
    name: 'an unknown edition status',
    changes: { '2024/edisi.json': edit('"draf"', '"final"') },
    problems: [['2024/edisi.json', 3, 3, 'Tulis salah satu dari: draf, terbit']],
  },
  {
    name: 'a published edition without tanggal_terbit',
    changes: { '2024/edisi.json': edit('"draf"', '"terbit"') },
    problems: [['2024/edisi.json', 3, 3, 'edisi terbit tanpa "tanggal_terbit"']],
  },
  {
    name: 'a foreword signed with a NIP that is not 18 digits',
    changes: {
      '2024/edisi.json': json({
        judul: 'Rapor 2024',
        status: 'draf',
        kata_pengantar: ['Puji syukur.'],
        penandatangan: { tempat: 'Prabumulih', jabatan: 'Kepala Bagian Organisasi', nama: 'Siti Aminah', nip: '19750312 200003 1 04' },
      }),
    },
    // A nested key's problem sits on its top-level key.
    problems: [['2024/edisi.json', 7, 3, '"nip" bukan NIP 18 angka']],
  },
  {
    name: 'a signature block without a foreword',
    changes: { '2024/edisi.json': json({ judul: 'Rapor 2024', status: 'draf', penandatangan: { tempat: 'Prabumulih', jabatan: 'Kepala Bagian Organisasi', nama: 'Siti Aminah' } }) },
    problems: [['2024/edisi.json', 4, 3, '"penandatangan" tanpa "kata_pengantar"']],
  },
  {
    name: 'situs.json with an invalid url',
    changes: { 'situs.json': json({ ...SITUS, url: 'rapor.example.org' }) },
    problems: [['situs.json', 3, 3, 'https://']],
  },
  {
    name: 'situs.json with an unknown key',
    changes: { 'situs.json': json({ ...SITUS, email: 'rapor@example.org' }) },
    problems: [['situs.json', 4, 3, 'kunci tidak dikenal: email']],
  },
  {
    name: 'situs.json naming a logo that does not exist',
    changes: { 'situs.json': json({ ...SITUS, logo: 'logo.png' }) },
    problems: [['situs.json', 4, 3, 'berkas logo "logo.png" tidak ada']],
  },
  {
    name: 'koreksi.csv naming a year without an edition',
    changes: {
      'koreksi.csv': lines('tahun,dataset,kode,kolom,lama,baru,tanggal,alasan', '2023,sakip,16.74,nilai,65.02,65.20,2025-01-15,Salah ketik saat menyalin LHE'),
    },
    problems: [['koreksi.csv', 2, 1, 'tidak ada edisi 2023']],
  },
];

const folder = temporaryFolders();

describe('bad data folders', () => {
  it('start from a valid base folder', () => {
    expect(problemsOf(folder())).toEqual([]);
  });

  for (const { name, changes, problems } of CASES) {
    // Written while collecting, so that a fixture edit that does not apply fails the whole run.
    const dir = folder(changes);
    it(name, () => {
      expect(problemsOf(dir)).toEqual(problems.map(([file, line, column, says]) => [file, line, column, expect.stringContaining(says)]));
    });
  }
});

describe('npm run validate', () => {
  const validate = (dir: string, ...args: string[]) =>
npmRun('validate', args, { dataDir: dir });
  const caseNamed = (name: string): Case & { where: string } => {
    const named = CASES.find((c) => c.name === name)!;
    const [file, line, column] = named.problems[0]!;
    return { ...named, where: `${file}:${line}:${column}:` };
  };

  it('exits 0 on the valid base folder', () => {
    const run = validate(folder());
    expect(run.status, run.stderr).toBe(0);
  });

  // A non-UTF-8 byte, a header column after a BOM, a band edge: one problem each.
  it.each(['a file in Windows-1252 (é on line 4)', 'a duplicate header column', 'a SAKIP nilai outside the band of its predikat'])(
    'exits 1 and names the place: %s',
    (name) => {
      const { changes, where } = caseNamed(name);
      const run = validate(folder(changes));
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${where} `), '1 masalah ditemukan. [1 problem found.]']);
    },
  );

  it('speaks English only with --lang en', () => {
    const { changes, where } = caseNamed('an OPD peringkat that disagrees with the ranking');
    const run = validate(folder(changes), '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${where} peringkat 3 does not match: with nilai 61 this OPD ranks 4 among the 4 OPD of 16.74. Check nilai and peringkat; equal scores share a rank (1, 2, 2, 4), or leave peringkat empty to derive it.`,
      '1 problem found.',
    ]);
  });
});
