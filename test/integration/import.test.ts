/**
 * `npm run import`: a workbook the test builds as Excel saves one (deflated parts, shared strings, an
 * Indonesian-locale number format, a formula with its saved value, a stray empty row) becomes the
 * edition's canonical CSV and validates; problems name the sheet and cell; refusals write nothing;
 * templat/rapor.xlsx is what the generator makes and imports back into the contoh files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../src/commands/import.ts';
import { loadDataFolder } from '../../src/data/load.ts';
import { templateWorkbook } from '../../src/commands/workbook/template.ts';
import { writeWorkbook, type WriteSheet } from '../../src/commands/workbook/write.ts';
import { IMPORT_KINDS } from '../../src/domain/workbook.ts';
import { temporaryFolders } from '../support/bad-folder.ts';
import { snapshot } from '../support/files.ts';
import { npmRun, root } from '../support/npm.ts';
import { workbookFiles } from '../support/workbook.ts';
import { BASE, edisiJson, json } from '../fixtures/folder.ts';

const folder = temporaryFolders();

/** The fixture's 2024 kepatuhan as an editor's sheet: headers as the Ombudsman writes them, from row 1. */
const kepatuhan = (zona16_74 = 'kuning'): WriteSheet => ({
  name: 'Kepatuhan',
  header: true,
  textColumns: [1],
  rows: [
    ['Kode', 'Nama Instansi', 'Nilai Kepatuhan', 'Zona', 'Kategori', 'Sumber Data'],
    ['16', 'Sumatera Selatan', { number: 84.12, format: '#,##0.00' }, 'hijau', 'B', 'Ombudsman RI 2024'],
    // A stray row: once used, now only an empty cell left.
    [''],
    // The score computed in the sheet, shown with an Indonesian-locale format.
    ['16.74', 'Kota Prabumulih', { number: 72.35, format: '[$-421]0.00', formula: 'C2-11.77' }, zona16_74, 'C', 'Ombudsman RI 2024'],
  ],
});

const EXPECTED = '\uFEFFkode;nama;nilai;zona;kategori;sumber\r\n16;Sumatera Selatan;84,12;hijau;B;Ombudsman RI 2024\r\n16.74;Kota Prabumulih;72,35;kuning;C;Ombudsman RI 2024\r\n';

const workbook = workbookFiles();

/** A data folder (the fixture with `changes`) and a workbook outside it. */
function withWorkbook(sheets: readonly WriteSheet[] | Uint8Array, name = 'rapor-2024.xlsx', changes = {}): { dir: string; file: string } {
  return { dir: folder(changes), file: workbook(name, sheets) };
}

const npmImport = (dir: string, ...args: string[]) => npmRun('import', args, { dataDir: dir });

describe('npm run import', () => {
  it('shows what it would write and writes nothing without --yes; with --yes writes the canonical CSV, warns of the formula and validates', () => {
    const { dir, file } = withWorkbook([{ name: 'Sheet1', rows: [] }, kepatuhan()]);
    const before = snapshot(dir);
    const shown = npmImport(dir, file, '--tahun', '2024');
    expect(shown.status, shown.stderr).toBe(0);
    const name = 'rapor-2024.xlsx';
    expect(shown.stdout).toContain(`${name} › Kepatuhan → 2024/kepatuhan.csv: 2 baris, 6 kolom, berubah [2 rows, 6 columns, changed]`);
    expect(shown.stdout).toContain(`1 sel berisi rumus (${name} › Kepatuhan!C4)`);
    expect(shown.stdout).toContain('--yes');
    expect(snapshot(dir)).toEqual(before);

    const written = npmImport(dir, file, '--tahun', '2024', '--yes');
    expect(written.status, written.stdout + written.stderr).toBe(0);
    expect(readFileSync(join(dir, '2024/kepatuhan.csv'), 'utf8')).toBe(EXPECTED);
    expect(written.stdout).toContain('Data valid');
    expect(loadDataFolder(dir).ok).toBe(true);

    // The same workbook again: nothing to write.
    const again = npmImport(dir, file, '--tahun', '2024');
    expect(again.stdout).toContain('sama, tidak ditulis');
    expect(again.stdout).toContain('Tidak ada yang perlu ditulis');
  });

  it('imports the same sheet as LibreOffice saves it', () => {
    // test/fixtures/workbooks/libreoffice-kepatuhan.xlsx: kepatuhan() written by this test's writer,
    // opened and saved by LibreOffice 7.4 (soffice --headless --convert-to xlsx): its own styles,
    // number format ids, document properties and <f aca="false">, the stray row 3 dropped.
    const { dir, file } = withWorkbook(readFileSync(join(root, 'test/fixtures/workbooks/libreoffice-kepatuhan.xlsx')));
    const result = importWorkbook(dir, { file, tahun: '2024', write: true, lang: 'id', currentYear: 2025 });
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(result.lines.join('\n')).toContain('1 sel berisi rumus (rapor-2024.xlsx › Kepatuhan!C4)');
    expect(readFileSync(join(dir, '2024/kepatuhan.csv'), 'utf8')).toBe(EXPECTED);
  });

  it('names the workbook’s sheet and cell of every problem, the stray row counted', () => {
    const { dir, file } = withWorkbook([kepatuhan('ungu')]);
    const result = npmImport(dir, file, '--tahun', '2024', '--yes');
    expect(result.status).toBe(1);
    const name = 'rapor-2024.xlsx';
    expect(result.stderr).toMatch(new RegExp(`^${name} › Kepatuhan!D4 \\(2024/kepatuhan\\.csv:3:\\d+\\): "ungu" bukan isian yang dikenal untuk kolom zona`, 'm'));
  });

  it('tells a sheet’s dataset by its headers, and writes instansi.csv from an instansi sheet', () => {
    const { dir, file } = withWorkbook([
      {
        name: 'Data OPD',
        rows: [
          ['Kode OPD', 'Nama OPD', 'Nilai', 'Predikat', 'Rangking', 'Sumber'],
          ['16.74.dinkes', 'Dinas Kesehatan', { number: 82.1, format: '0.00' }, 'A', { number: 1 }, 'Inspektorat Kota Prabumulih'],
        ],
      },
      { name: 'Instansi', textColumns: [1, 4], rows: BASE['instansi.csv']!.trim().split('\n').map((line) => line.split(',')) },
    ]);
    const result = importWorkbook(dir, { file, tahun: '2024', write: true, lang: 'both', currentYear: 2025 });
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(readFileSync(join(dir, '2024/opd.csv'), 'utf8')).toBe('\uFEFFkode;nama;nilai;predikat;peringkat;sumber\r\n16.74.dinkes;Dinas Kesehatan;82,10;A;1;Inspektorat Kota Prabumulih\r\n');
    expect(readFileSync(join(dir, 'instansi.csv'), 'utf8')).toBe(`\uFEFF${BASE['instansi.csv']!.replaceAll(',', ';').replaceAll('\n', '\r\n')}`);
  });

  const refusals: [string, () => { dir: string; file: string }, string, RegExp][] = [
    ['a missing file', () => ({ dir: folder(), file: join(root, 'tidak-ada.xlsx') }), '2024', /^berkas .*tidak-ada\.xlsx tidak ada \[file .* does not exist\]$/m],
    ['a CSV file', () => withWorkbook(new TextEncoder().encode('kode;nama\r\n16;Sumatera Selatan\r\n'), 'rapor.csv'), '2024', /bukan buku kerja Excel \(\.xlsx\).* \[.*is not an Excel workbook/],
    ['a macro-enabled workbook', () => withWorkbook([kepatuhan()], 'rapor.xlsm'), '2024', /buku kerja bermakro; Rapor tidak membuka makro/],
    ['an unknown sheet', () => withWorkbook([kepatuhan(), { name: 'Rekap', rows: [['No', 'Uraian'], ['1', 'Catatan rapat']] }]), '2024', /lembar "Rekap" tidak dikenal.* \[.*unknown sheet "Rekap"/],
    ['a sheet whose dataset cannot be told', () => withWorkbook([{ name: 'Nilai', rows: [['kode', 'nama', 'nilai', 'predikat'], ['16', 'Sumatera Selatan', '80', 'A']] }]), '2024', /judul kolomnya cocok untuk sakip, opd/],
    ['a new edition’s year far ahead', () => withWorkbook([kepatuhan()]), '2207', /tahun 2207 terlalu jauh di depan \(sekarang 2025\)/],
    ['a new edition on a folder with problems', () => withWorkbook([kepatuhan()], 'rapor-2025.xlsx', { '2024/opd.csv': null, '2024/sakip.csv': null, '2024/kepatuhan.csv': null }), '2025', /Edisi baru tidak dibuat: perbaiki dulu masalah di atas/],
    [
      'a published edition',
      () => withWorkbook([kepatuhan()], 'rapor-2024.xlsx', { '2024/edisi.json': json({ judul: 'Rapor 2024', status: 'terbit', tanggal_terbit: '2024-12-16' }) }),
      '2024',
      /edisi 2024 sudah terbit dan dikunci; Rapor tidak menimpa berkasnya.* \[edition 2024 is published and locked/,
    ],
    [
      'a workbook inside the data folder',
      () => {
        const dir = folder();
        writeFileSync(join(dir, 'rapor-2024.xlsx'), writeWorkbook([kepatuhan()], true));
        return { dir, file: join(dir, 'rapor-2024.xlsx') };
      },
      '2024',
      /rapor-2024\.xlsx ada di dalam folder data; pindahkan buku kerja ke luar folder data/,
    ],
    ['a year that is not one', () => withWorkbook([kepatuhan()]), '24', /"24" bukan tahun/],
  ];

  it.each(refusals)('refuses %s with one message in Indonesian and English and writes nothing', (_, make, tahun, message) => {
    const { dir, file } = make();
    const before = snapshot(dir);
    const result = importWorkbook(dir, { file, tahun, write: true, lang: 'both', currentYear: 2025 });
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(message);
    expect(result.lines.at(-1)).toBe('Tidak ada berkas yang ditulis [Nothing was written]');
    expect(snapshot(dir)).toEqual(before);
  });

  it('makes a new edition as npm run new-edition does, then fills it from the workbook', () => {
    const { dir, file } = withWorkbook([kepatuhan()], 'rapor-2025.xlsx');
    const shown = importWorkbook(dir, { file, tahun: '2025', write: false, lang: 'id', currentYear: 2025 });
    expect(shown.lines[0]).toBe('Edisi 2025 belum ada: dibuat sebagai draf, seperti npm run new-edition -- 2025');
    const made = importWorkbook(dir, { file, tahun: '2025', write: true, lang: 'id', currentYear: 2025 });
    expect(made.ok, made.lines.join('\n')).toBe(true);
    expect(made.lines).toContain('+ 2025/edisi.json');
    expect(readFileSync(join(dir, '2025/kepatuhan.csv'), 'utf8')).toBe(EXPECTED);
    // The datasets the workbook does not fill stay the empty templates new-edition writes.
    expect(readFileSync(join(dir, '2025/opd.csv'), 'utf8')).toBe(readFileSync(join(root, 'templat/opd.csv'), 'utf8'));
    const loaded = loadDataFolder(dir);
    expect(loaded.ok && loaded.dataset.editions.find((e) => e.tahun === 2025)?.edisi.status).toBe('draf');
  });

  it('passes over a report’s title rows above the column headers', () => {
    const titled = kepatuhan();
    const { dir, file } = withWorkbook([{ ...titled, header: false, rows: [['HASIL PENILAIAN KEPATUHAN 2024'], [], ['Sumber: Ombudsman RI'], ...titled.rows] }]);
    const result = importWorkbook(dir, { file, tahun: '2024', write: true, lang: 'id', currentYear: 2025 });
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(result.lines).toContain('rapor-2024.xlsx › Kepatuhan: 2 baris di atas judul kolom (judul laporan) dilewati');
    expect(readFileSync(join(dir, '2024/kepatuhan.csv'), 'utf8')).toBe(EXPECTED);
  });

  it('exits non-zero on a refusal', () => {
    const result = npmImport(folder(), join(root, 'tidak-ada.xlsx'), '--tahun', '2024', '--yes');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tidak ada');
  });
});

describe('templat/rapor.xlsx', () => {
  const templat = join(root, 'templat');

  it('is exactly what npm run templates makes from the CSV templates', () => {
    expect(Buffer.from(readFileSync(join(templat, 'rapor.xlsx'))).equals(Buffer.from(templateWorkbook(templat)))).toBe(true);
  });

  it('imports back into the contoh files byte for byte', () => {
    const dir = folder({ '2026/edisi.json': edisiJson(2026) });
    const result = importWorkbook(dir, { file: join(templat, 'rapor.xlsx'), tahun: '2026', write: true, lang: 'both', currentYear: 2025 });
    expect(result.lines.slice(0, 4).join('\n')).toMatch(/sakip → 2026\/sakip\.csv[\s\S]*instansi → instansi\.csv/);
    for (const kind of IMPORT_KINDS) {
      expect(readFileSync(join(dir, kind === 'instansi' ? 'instansi.csv' : `2026/${kind}.csv`), 'utf8'), kind).toBe(readFileSync(join(templat, `contoh-${kind}.csv`), 'utf8'));
    }
  });
});
