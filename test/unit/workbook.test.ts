/** The pure side of `npm run import`: cells as Excel shows them, sheet → dataset, sheet → CSV and the way back. */
import { describe, expect, it } from 'vitest';
import {
  builtInFormat,
  cellRef,
  columnLetters,
  datasetOfSheet,
  parseCellRef,
  planSheets,
  sheetCellAt,
  sheetTable,
  shownNumber,
  tableCsv,
  type Sheet,
  type SheetCell,
} from '../../src/domain/workbook.ts';

/** A sheet from rows of text (row i is sheet row i + 1; '' leaves a cell empty). */
const sheetOf = (name: string, rows: readonly (readonly string[])[], from = 1): Sheet => ({
  name,
  cells: rows.flatMap((cells, r) => cells.flatMap((text, c): SheetCell[] => (text === '' ? [] : [{ row: r + 1, col: c + from, text }]))),
});

describe('cell references', () => {
  it('names columns and cells as a spreadsheet does, and reads them back', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(parseCellRef('C5')).toEqual({ row: 5, col: 3 });
    expect(parseCellRef('AA10')).toEqual({ row: 10, col: 27 });
    expect(parseCellRef('5C')).toBeUndefined();
    expect(cellRef('SAKIP', 5, 3)).toBe('SAKIP!C5');
    expect(cellRef("Data OPD 'baru'", 2, 2)).toBe("'Data OPD ''baru'''!B2");
  });
});

describe('a number as Indonesian Excel shows it', () => {
  it.each([
    ['General', 95.45, '95,45'],
    ['General', 88, '88'],
    ['0.00', 88, '88,00'],
    ['#,##0.00', 95.45, '95,45'],
    ['[$-421]0.00', 72.35, '72,35'],
    ['0%', 0.954, '95%'],
    ['0.00%', 0.9545, '95,45%'],
    ['d mmmm yyyy', 45500, '27 Juli 2024'],
    [builtInFormat(14), 45500, '27/07/2024'],
    [builtInFormat(2), 73.18, '73,18'],
    [builtInFormat(200), 1.5, '1,5'],
  ])('%s of %d shows %s', (format, value, shown) => {
    expect(shownNumber(value, format, false)).toBe(shown);
  });

  it('counts a Mac workbook’s serial dates from 1904', () => {
    expect(shownNumber(45500 - 1462, 'dd/mm/yyyy', true)).toBe('27/07/2024');
    expect(shownNumber(45500 - 1462, '0', true)).toBe('44038');
  });
});

describe('which dataset a sheet holds', () => {
  it('goes by the sheet’s name, case and spacing aside', () => {
    expect(datasetOfSheet(' SAKIP ', [])).toEqual({ ok: true, kind: 'sakip', by: 'name' });
    expect(datasetOfSheet('Kepatuhan', ['whatever'])).toEqual({ ok: true, kind: 'kepatuhan', by: 'name' });
    expect(datasetOfSheet('I N S T A N S I', [])).toEqual({ ok: true, kind: 'instansi', by: 'name' });
  });

  it('else by the headers the validator knows (Rapor’s names and their aliases)', () => {
    expect(datasetOfSheet('Sheet1', ['Kode Wilayah', 'Nama Daerah', 'Nilai', 'Zona Kepatuhan'])).toMatchObject({ ok: true, kind: 'kepatuhan', by: 'headers' });
    expect(datasetOfSheet('Data OPD', ['Kode OPD', 'Nama OPD', 'Nilai', 'Rangking'])).toMatchObject({ ok: true, kind: 'opd' });
    expect(datasetOfSheet('Daftar', ['kode', 'nama', 'jenis', 'induk'])).toMatchObject({ ok: true, kind: 'instansi' });
    expect(datasetOfSheet('Hasil', ['kode', 'nama', 'predikat', 'nilai', 'perencanaan'])).toMatchObject({ ok: true, kind: 'sakip' });
  });

  it('cannot tell headers that fit two datasets alike, nor headers without a kode', () => {
    expect(datasetOfSheet('Nilai', ['kode', 'nama', 'nilai', 'predikat'])).toEqual({ ok: false, reason: 'ambiguous', candidates: ['sakip', 'opd'] });
    expect(datasetOfSheet('Catatan', ['nama', 'nilai', 'zona'])).toEqual({ ok: false, reason: 'unknown', candidates: [] });
    expect(datasetOfSheet('Sheet1', ['No', 'Uraian'])).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('a sheet as canonical CSV, and the way back to its cells', () => {
  // Data from column B; row 3 is a stray empty row; the note in row 4 holds a line break and a semicolon.
  const sheet = sheetOf(
    'Kepatuhan',
    [
      ['Kode', 'Nama Instansi', 'Nilai', 'Zona'],
      ['16', 'Sumatera Selatan', '84,12', 'hijau'],
      ['', '', '', ''],
      ['16.74', 'Kota; "Prabumulih"\nbaris dua', ' 72,35 ', 'ungu'],
    ],
    2,
  );

  it('skips the stray row, starts at the first filled column, writes Rapor’s header names in Excel’s CSV form', () => {
    const table = sheetTable(sheet);
    expect(table.sheetRows).toEqual([1, 2, 4]);
    expect(table.firstCol).toBe(2);
    expect(tableCsv(table, 'kepatuhan').text).toBe('\uFEFFkode;nama;nilai;zona\r\n16;Sumatera Selatan;84,12;hijau\r\n16.74;"Kota; ""Prabumulih""\nbaris dua";72,35;ungu\r\n');
  });

  it('maps a CSV line and column (as the validator counts them) to the sheet’s cell, across the stray row and the line break', () => {
    const { places } = tableCsv(sheetTable(sheet), 'kepatuhan');
    const at = (line: number, column: number) => {
      const cell = sheetCellAt(places, line, column);
      return cell && cellRef('Kepatuhan', cell.row, cell.col);
    };
    expect(at(1, 1)).toBe('Kepatuhan!B1');
    expect(at(2, 4)).toBe('Kepatuhan!C2');
    expect(at(3, 1)).toBe('Kepatuhan!B4');
    expect(at(3, 7)).toBe('Kepatuhan!C4');
    // The note ends on line 4: the cells after it start there.
    expect(at(4, 11)).toBe('Kepatuhan!C4');
    expect(at(4, 12)).toBe('Kepatuhan!D4');
    expect(at(4, 18)).toBe('Kepatuhan!E4');
  });
});

describe('planning a workbook’s sheets', () => {
  const sakip = sheetOf('SAKIP', [['kode', 'nama', 'predikat'], ['16', 'Sumatera Selatan', 'BB']]);

  it('passes over empty sheets and places each filled one, instansi at the top of the folder', () => {
    const plan = planSheets([sheetOf('Sheet2', []), sakip, sheetOf('Daftar', [['kode', 'nama', 'jenis'], ['16', 'Sumatera Selatan', 'provinsi']])], 2026);
    expect(plan.ok && plan.empty).toEqual(['Sheet2']);
    expect(plan.ok && plan.tables.map((t) => [t.sheet, t.path, t.rows, t.columns])).toEqual([
      ['SAKIP', '2026/sakip.csv', 1, 3],
      ['Daftar', 'instansi.csv', 1, 3],
    ]);
  });

  it('refuses an unknown sheet, a sheet that fits two datasets and two sheets of one dataset, all at once', () => {
    const plan = planSheets([sakip, sheetOf('Catatan', [['No', 'Uraian'], ['1', 'x']]), sheetOf('Nilai', [['kode', 'nama', 'nilai', 'predikat']]), sheetOf('sakip ', [['kode']])], 2026);
    expect(plan.ok ? [] : plan.problems.map((p) => p.id)).toEqual([
      'lembar "Catatan" tidak dikenal: beri nama sakip, kepatuhan, opd, instansi, pakai judul kolom Rapor (kode, nama, …), atau hapus lembar itu dari salinan buku kerja yang diimpor',
      'lembar "Nilai": judul kolomnya cocok untuk sakip, opd; beri lembar itu nama dataset-nya (misalnya sakip)',
      'lembar "SAKIP" dan "sakip " sama-sama berisi sakip; satukan atau hapus salah satunya',
    ]);
  });

  it('finds the headers below a report’s title rows, and keeps every cell’s place', () => {
    const titled = sheetOf('SAKIP', [['Hasil Evaluasi SAKIP 2024'], ['', 'per 31 Desember'], ['Kode Wilayah', 'Nama', 'Predikat'], ['16', 'Sumatera Selatan', 'BB']]);
    const plan = planSheets([titled], 2026);
    expect(plan).toMatchObject({ ok: true, tables: [{ titleRows: 2, rows: 1, columns: 3, text: '\uFEFFkode;nama;predikat\r\n16;Sumatera Selatan;BB\r\n' }] });
    const places = plan.ok ? plan.tables[0]!.places : [];
    expect(sheetCellAt(places, 2, 4)).toEqual({ row: 4, col: 2 });
  });

  it('names every formula cell', () => {
    const withFormula: Sheet = { ...sakip, cells: [...sakip.cells, { row: 2, col: 4, text: '72,50', formula: true }] };
    expect(planSheets([withFormula], 2026)).toMatchObject({ ok: true, tables: [{ formulas: ['SAKIP!D2'] }] });
  });

  it('plans a national sheet of 30 000 rows (more cells than a call takes arguments)', () => {
    const cells = Array.from({ length: 30_000 * 7 }, (_, i): SheetCell => ({ row: Math.floor(i / 7) + 1, col: (i % 7) + 2, text: i < 7 ? ['kode', 'nama', 'nilai', 'predikat', 'peringkat', 'sumber', 'catatan'][i]! : `x${i}` }));
    expect(planSheets([{ name: 'opd', cells }], 2026)).toMatchObject({ ok: true, tables: [{ rows: 29_999, columns: 7 }] });
  });

  it('refuses a workbook with no data at all', () => {
    expect(planSheets([sheetOf('Sheet1', [])], 2026)).toMatchObject({ ok: false, problems: [{ en: 'this workbook holds no data in any sheet' }] });
  });
});
