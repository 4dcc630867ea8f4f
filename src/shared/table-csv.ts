/**
 * A table's rows as a spreadsheet CSV, the same bytes whether the build writes it from the rendered
 * HTML (a small table's `data:` link) or the browser from the table as displayed (after the ranking
 * filters, src/client/table-unduh.ts). A cell is its visible text; a numeric cell (`.num`) is
 * written as a plain number (`1.234,50` on an Indonesian page is `1234.50`), and a cell whose figure
 * the page rounds carries the exact value in `data-csv`, which wins.
 */
import { spreadsheetCsv } from '../domain/unduh/spreadsheet-csv.ts';

export interface TableCell {
  /** The cell's text as the page shows it, whitespace collapsed. */
  text: string;
  numeric: boolean;
  /** The exact value, from `data-csv`. */
  exact?: string;
  colspan: number;
}

export interface TableRows {
  header: TableCell[];
  /** The body and foot rows, in order (read once). */
  rows: Iterable<TableCell[]>;
}

/** Whether a text has whitespace to collapse: most cells have none, and this runs per cell. */
const UNCOLLAPSED = /\s\s|[^\S ]|^\s|\s$/;

/** Every run of whitespace as one space, none at the ends. */
export const collapse = (text: string): string => (UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text);

/** Elements that start a line of their own inside a cell (a source's note under it): a space in the CSV. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(['br', 'div', 'li', 'ol', 'p', 'ul']);

/** Per language, its separators and the pattern of a number written with them (built once: it runs per cell). */
const NUMBER_FORMS = new Map(
  (
    [
      ['en', ',', '.'],
      ['id', '.', ','],
    ] as const
  ).map(([lang, group, decimal]) => [lang, { group, decimal, pattern: new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})*(\\${decimal}\\d+)?$|^-?\\d+(\\${decimal}\\d+)?$`) }]),
);

/** A number as an Indonesian (`1.234,5`) or English (`1,234.5`) page writes it, as a plain number; undefined for any other text. */
function plainNumber(text: string, lang: string): string | undefined {
  const { group, decimal, pattern } = NUMBER_FORMS.get(lang === 'en' ? 'en' : 'id')!;
  return pattern.test(text) ? text.replaceAll(group, '').replace(decimal, '.') : undefined;
}

function valueOf(cell: TableCell, lang: string): string {
  if (cell.exact !== undefined) return cell.exact;
  return (cell.numeric && plainNumber(cell.text, lang)) || cell.text;
}

/** A row's cells, a spanning cell followed by empty ones so that the columns stay aligned. */
function line(cells: readonly TableCell[], lang: string): string[] {
  const values: string[] = [];
  for (const cell of cells) {
    values.push(valueOf(cell, lang));
    // Bounded as browsers bound colspan (HTML: at most 1 000).
    for (let span = 1; span < Math.min(cell.colspan, 1000); span++) values.push('');
  }
  return values;
}

/**
 * The table's CSV, or undefined as soon as it would be longer than `limit` characters (the build's
 * `data:` links are for small tables only): the rest of a larger table's rows is not read.
 */
export function tableCsvUpTo({ header, rows }: TableRows, lang: string, limit: number): string | undefined {
  const lines: string[][] = [];
  // At least what the CSV will hold: each value and a separator or line end after it.
  let length = 0;
  for (const row of rows) {
    const values = line(row, lang);
    for (const value of values) length += value.length + 1;
    if (length > limit) return undefined;
    lines.push(values);
  }
  const csv = spreadsheetCsv(line(header, lang), lines);
  return csv.length > limit ? undefined : csv;
}

export const tableCsv = (table: TableRows, lang: string): string => tableCsvUpTo(table, lang, Infinity)!;
