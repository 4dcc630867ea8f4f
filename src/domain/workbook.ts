/**
 * A spreadsheet workbook as `npm run import` takes it, without touching a file: a cell's value as
 * Excel shows it, which dataset a sheet holds (by its name, else by its headers), the sheet as the
 * canonical CSV the validator reads, and the way back from a CSV line and column to the sheet's cell.
 */
import { format, isDateFormat } from 'numfmt';
import { COLUMNS } from './csv-columns.ts';
import { csvCell, csvText, EXCEL_FORM } from './csv-form.ts';
import { columnName, looseName, suggestColumn } from './header-aliases.ts';
import { text, type Text } from './text.ts';

/** The tables a workbook can fill: the instansi list and the datasets of one edition. */
export const IMPORT_KINDS = ['sakip', 'kepatuhan', 'opd', 'instansi'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Where a table goes in the data folder. */
export const importPath = (kind: ImportKind, tahun: number): string => (kind === 'instansi' ? 'instansi.csv' : `${tahun}/${kind}.csv`);

/** One filled cell: 1-based row and column, its text as shown, and whether a formula made it. */
export interface SheetCell {
  row: number;
  col: number;
  text: string;
  formula?: boolean;
}

export interface Sheet {
  name: string;
  cells: SheetCell[];
}

/** `A`, `Z`, `AA`: a column as a spreadsheet names it. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `C5` back to row 5, column 3. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), col };
}

/** `SAKIP!C5`; a sheet name with spaces or punctuation quoted as Excel writes it (`'Data OPD'!B2`). */
export const cellRef = (sheet: string, row: number, col: number): string =>
  `${/^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`}!${columnLetters(col)}${row}`;

/**
 * The number formats every workbook has without writing them (ECMA-376, 18.8.30), as an Indonesian
 * Excel shows them: its short date is day/month/year. Ids not listed show as General.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'dd/mm/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'dd/mm/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export const builtInFormat = (id: number): string => BUILT_IN_FORMATS[id] ?? 'General';

/** Days between the 1904 and the 1900 date systems (a Mac workbook's serial dates count from 1904). */
const DAYS_1904 = 1462;

/**
 * A number as Excel in the Indonesian locale shows it with the cell's format: `95,45`, `95%`,
 * `27/07/2024`. A workbook does not record the locale it was typed in; Rapor's CSV is Indonesian.
 */
export function shownNumber(value: number, formatCode: string, date1904: boolean): string {
  const serial = date1904 && isDateFormat(formatCode) ? value + DAYS_1904 : value;
  return format(formatCode, serial, { locale: 'id', throws: false });
}

/** A boolean as Excel in the Indonesian locale shows it. */
export const shownBoolean = (value: boolean): string => format('General', value, { locale: 'id' });

export type SheetDataset = { ok: true; kind: ImportKind; by: 'name' | 'headers' } | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: ImportKind[] };

/** How many of a header row's cells name a column of `kind`, as the validator reads names; 0 without kode. */
function headerScore(headers: readonly string[], kind: ImportKind): number {
  const known = COLUMNS[kind];
  const named = new Set(headers.map((h) => suggestColumn(h, known)).filter((c) => c !== undefined));
  return named.has('kode') ? named.size : 0;
}

/**
 * The dataset a sheet holds: its name (`SAKIP`, ` Kepatuhan `; case and spacing aside), else the
 * one dataset whose columns its headers name most (kode among them, and at least one more).
 */
export function datasetOfSheet(name: string, headers: readonly string[]): SheetDataset {
  const byName = IMPORT_KINDS.find((kind) => looseName(kind) === looseName(name));
  if (byName !== undefined) return { ok: true, kind: byName, by: 'name' };
  const scores = IMPORT_KINDS.map((kind) => ({ kind, score: headerScore(headers, kind) }));
  const best = Math.max(...scores.map((s) => s.score));
  const candidates = scores.filter((s) => s.score === best && best >= 2).map((s) => s.kind);
  if (candidates.length === 1) return { ok: true, kind: candidates[0]!, by: 'headers' };
  return { ok: false, reason: candidates.length === 0 ? 'unknown' : 'ambiguous', candidates };
}

/**
 * A sheet's cells as rows of text: from its first filled row (the header) on, rows with no text left
 * out (a stray empty row is no record), columns from the first filled one to the last. Each kept row
 * and column remembers where it is in the sheet.
 */
export interface SheetTable {
  rows: string[][];
  /** The sheet row of each table row. */
  sheetRows: number[];
  /** The sheet column of the table's first column. */
  firstCol: number;
}

export function sheetTable(sheet: Sheet): SheetTable {
  const filled = sheet.cells.filter((c) => c.text.trim() !== '');
  if (filled.length === 0) return { rows: [], sheetRows: [], firstCol: 1 };
  // A loop, not Math.min(...cells): a national sheet has more cells than a call takes arguments.
  const firstCol = filled.reduce((min, c) => Math.min(min, c.col), Infinity);
  const width = filled.reduce((max, c) => Math.max(max, c.col), 0) - firstCol + 1;
  const byRow = new Map<number, string[]>();
  for (const cell of filled) {
    const row = byRow.get(cell.row) ?? byRow.set(cell.row, new Array<string>(width).fill('')).get(cell.row)!;
    row[cell.col - firstCol] = cell.text.trim();
  }
  const sheetRows = [...byRow.keys()].sort((a, b) => a - b);
  return { rows: sheetRows.map((r) => byRow.get(r)!), sheetRows, firstCol };
}

/** Where a cell starts in the CSV text (line and column as the validator counts them) and where it is in the sheet. */
export interface CellPlace {
  line: number;
  column: number;
  row: number;
  col: number;
}

/**
 * A table as the canonical CSV of `kind` (the form Indonesian Excel saves, header names in Rapor's
 * spelling, every cell trimmed), with the place of every cell for the way back.
 */
export function tableCsv(table: SheetTable, kind: ImportKind): { text: string; places: CellPlace[] } {
  const [header = [], ...records] = table.rows;
  const rows = table.rows.length === 0 ? [] : [header.map(columnName(COLUMNS[kind])), ...records];
  const places: CellPlace[] = [];
  let line = 1;
  rows.forEach((cells, r) => {
    let column = 1;
    cells.forEach((cell, c) => {
      places.push({ line, column, row: table.sheetRows[r]!, col: table.firstCol + c });
      // A quoted cell may hold line breaks (Alt+Enter): the next cell starts on a later line.
      const written = csvCell(cell, EXCEL_FORM.delimiter);
      const breaks = written.split(/\r\n|\n|\r/);
      line += breaks.length - 1;
      column = (breaks.length > 1 ? 1 : column) + breaks.at(-1)!.length + EXCEL_FORM.delimiter.length;
    });
    line += 1;
  });
  return { text: csvText(rows, EXCEL_FORM), places };
}

/** The sheet cell a CSV position falls in: the last cell starting at or before it. */
export function sheetCellAt(places: readonly CellPlace[], line: number, column: number): { row: number; col: number } | undefined {
  let found: CellPlace | undefined;
  for (const place of places) {
    if (place.line < line || (place.line === line && place.column <= column)) found = place;
    else break;
  }
  return found === undefined ? undefined : { row: found.row, col: found.col };
}

/** How far down a sheet its headers are looked for. */
const HEADER_SEARCH = 10;

/**
 * Which of a table's rows holds the headers: the first of its first rows that names a kode column
 * (`Kode`, `Kode Wilayah`), so that a report's title rows above it are passed over; else the first.
 */
function headerIndex(rows: readonly (readonly string[])[]): number {
  return Math.max(0, rows.slice(0, HEADER_SEARCH).findIndex((cells) => cells.some((cell) => suggestColumn(cell, ['kode']) === 'kode')));
}

/** One table a workbook fills: from which sheet, to which file, as what CSV. */
export interface ImportedTable {
  sheet: string;
  kind: ImportKind;
  path: string;
  text: string;
  places: CellPlace[];
  /** Data rows (the header not counted) and columns. */
  rows: number;
  columns: number;
  /** Filled rows above the headers (a report's title), passed over. */
  titleRows: number;
  /** The cells a formula made, whose saved value is taken. */
  formulas: string[];
}

export type SheetPlan = { ok: true; tables: ImportedTable[]; empty: string[] } | { ok: false; problems: Text[] };

const kindList = (kinds: readonly string[]) => kinds.join(', ');

/**
 * The tables of a workbook's sheets for edition `tahun`: each filled sheet names its dataset (or its
 * headers tell it), no two the same; empty sheets (Excel's Sheet2) are passed over. Every sheet that
 * cannot be placed is a problem, and then nothing is imported.
 */
export function planSheets(sheets: readonly Sheet[], tahun: number): SheetPlan {
  const tables: ImportedTable[] = [];
  const empty: string[] = [];
  const problems: Text[] = [];
  for (const sheet of sheets) {
    const whole = sheetTable(sheet);
    if (whole.rows.length === 0) {
      empty.push(sheet.name);
      continue;
    }
    const titleRows = headerIndex(whole.rows);
    const table = titleRows === 0 ? whole : sheetTable({ ...sheet, cells: sheet.cells.filter((c) => c.row >= whole.sheetRows[titleRows]!) });
    const dataset = datasetOfSheet(sheet.name, table.rows[0]!);
    if (!dataset.ok) {
      problems.push(
        dataset.reason === 'ambiguous'
          ? text(
              `lembar "${sheet.name}": judul kolomnya cocok untuk ${kindList(dataset.candidates)}; beri lembar itu nama dataset-nya (misalnya ${dataset.candidates[0]})`,
              `sheet "${sheet.name}": its column headers fit ${kindList(dataset.candidates)}; name the sheet after its dataset (for example ${dataset.candidates[0]})`,
            )
          : text(
              `lembar "${sheet.name}" tidak dikenal: beri nama ${kindList(IMPORT_KINDS)}, pakai judul kolom Rapor (kode, nama, …), atau hapus lembar itu dari salinan buku kerja yang diimpor`,
              `unknown sheet "${sheet.name}": name it ${kindList(IMPORT_KINDS)}, give it Rapor's column headers (kode, nama, …), or delete it from the copy of the workbook you import`,
            ),
      );
      continue;
    }
    const twin = tables.find((t) => t.kind === dataset.kind);
    if (twin !== undefined) {
      problems.push(text(`lembar "${twin.sheet}" dan "${sheet.name}" sama-sama berisi ${dataset.kind}; satukan atau hapus salah satunya`, `sheets "${twin.sheet}" and "${sheet.name}" both hold ${dataset.kind}; merge them or delete one`));
      continue;
    }
    const csv = tableCsv(table, dataset.kind);
    tables.push({
      sheet: sheet.name,
      kind: dataset.kind,
      path: importPath(dataset.kind, tahun),
      ...csv,
      rows: table.rows.length - 1,
      columns: table.rows[0]!.length,
      titleRows,
      formulas: sheet.cells.filter((c) => c.formula === true).map((c) => cellRef(sheet.name, c.row, c.col)),
    });
  }
  if (tables.length === 0 && problems.length === 0) problems.push(text('buku kerja ini tidak berisi data di lembar mana pun', 'this workbook holds no data in any sheet'));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tables, empty };
}
