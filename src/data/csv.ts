/**
 * CSV as spreadsheets write it: `,` or `;` (detected per file from the header line), quoted fields,
 * CRLF or LF. Cells stay strings; meaning is the schemas' business. Every record keeps its start
 * offset so that a problem can name the line and column of any of its cells.
 */
import Papa from 'papaparse';
import type { Finding, Place } from '../domain/problem.ts';
import { text } from '../domain/text.ts';

export type Delimiter = ',' | ';';

export interface CsvRecord {
  /** Line of the record's first character, 1-based as a text editor counts. */
  line: number;
  /** Offset of the record's first character in the text. */
  start: number;
  cells: string[];
}

export interface CsvText {
  path: string;
  text: string;
  delimiter: Delimiter;
  /** The first non-empty record: the header. */
  header?: CsvRecord;
  /** The records after the header; blank ones (only empty cells) and malformed ones left out. */
  records: CsvRecord[];
  /** Malformations found by the parser (an unterminated quote, say), each on its line. */
  malformed: { line: number; column: number; finding: Finding }[];
  lines: LineIndex;
}

/** Counts `;` and `,` outside quotes in the first non-empty line; ties go to `,`. */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let inQuotes = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === ';') semicolons++;
    else if (!inQuotes && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

export function parseCsv(path: string, source: string): CsvText {
  const delimiter = detectDelimiter(source);
  const lines = new LineIndex(source);
  const records: CsvRecord[] = [];
  const malformed: CsvText['malformed'] = [];
  let start = 0;
  Papa.parse<string[]>(source, {
    delimiter,
    step(result) {
      const line = lines.lineOf(start);
      for (const error of result.errors) {
        // papaparse points just past the opening quote of an unterminated field; the editor wants the quote.
        const at = lines.positionOf(error.code === 'MissingQuotes' && error.index !== undefined ? error.index - 1 : (error.index ?? start));
        malformed.push({
          ...at,
          finding:
            error.code === 'MissingQuotes'
              ? {
                  message: text('tanda kutip (") dibuka tetapi tidak ditutup', 'a quote (") is opened but never closed'),
                  fix: text('Tutup tanda kutip di akhir sel, atau hapus tanda kutip yang tersesat', 'Close the quote at the end of the cell, or remove the stray quote'),
                }
              : {
                  message: text(`baris CSV rusak (${error.message})`, `malformed CSV line (${error.message})`),
                  fix: text('Buka dan simpan ulang berkas di spreadsheet', 'Open and save the file again in a spreadsheet'),
                },
        });
      }
      // A malformed record (an unterminated quote swallows the rest of the file) is reported once, not read.
      if (result.errors.length === 0 && !isBlank(result.data)) records.push({ line, start, cells: result.data });
      start = result.meta.cursor;
    },
  });
  const [header, ...rest] = records;
  return { path, text: source, delimiter, ...(header === undefined ? {} : { header }), records: rest, malformed, lines };
}

/** A Place for a record: the position of a cell is found by scanning the record's raw text. */
export function placeOf(csv: CsvText, record: CsvRecord, columnIndex: (field?: string) => number | undefined): Place {
  return {
    file: csv.path,
    line: record.line,
    position(field) {
      const index = columnIndex(field);
      if (index === undefined) return { line: record.line, column: 1 };
      return csv.lines.positionOf(cellOffset(csv.text, record.start, index, csv.delimiter));
    },
  };
}

function cellOffset(text: string, start: number, index: number, delimiter: Delimiter): number {
  let inQuotes = false;
  let cell = 0;
  for (let i = start; i < text.length; i++) {
    if (cell === index) return i;
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) cell++;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
  }
  return start;
}

/** Offsets where lines start, to turn a text offset into a line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) this.starts.push(i + 1);
    }
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  positionOf(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line - 1]! + 1 };
  }
}
