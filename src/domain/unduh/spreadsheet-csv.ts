/**
 * CSV for people who open it in a spreadsheet: UTF-8 with a BOM (so Excel reads it as UTF-8), comma
 * separated, CRLF line ends, every cell that Excel or LibreOffice could run as a formula made inert.
 * Shared by the build (download files) and the browser (a table's rows as shown), so both write the
 * same bytes for the same rows. JSON downloads keep values exact; only CSV cells are neutralised.
 */
export const CSV_BOM = '\uFEFF';

/** Characters a spreadsheet treats as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number is written as a number: `-3` or `-0.5` are values, not formulas. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Why a cell is quoted: a separator, a quote or a line break in it, or space at either end. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** What a cell must have for either rule below to change it (built from both, so that they cannot drift apart). */
const NEEDS_CARE = new RegExp(`${FORMULA_START.source}|${NEEDS_QUOTES.source}`);

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell as text: a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (OWASP's
 * advice: the spreadsheet then shows it as text and never evaluates it); quotes are doubled and the
 * cell quoted when it holds the separator, a quote or a line break, or begins or ends with a space.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const raw = String(value);
  // Most cells need nothing: one test instead of three (this runs for every cell of every download).
  if (!NEEDS_CARE.test(raw)) return raw;
  const inert = typeof value !== 'number' && !PLAIN_NUMBER.test(raw) && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** A whole file: BOM, header row, rows; each line ends with CRLF. */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return `${CSV_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
