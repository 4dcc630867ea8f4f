/**
 * templat/rapor.xlsx, made from the CSV templates beside it: one sheet per table the import reads,
 * its header from `<kind>.csv` (what `npm run new-edition` writes) and its example rows from
 * `contoh-<kind>.csv`, decimal commas as numbers shown with as many decimals, kode columns as Text.
 * Importing it gives back the contoh files byte for byte (test/integration/import.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_KINDS } from '../../domain/workbook.ts';
import { parseCsv } from '../../data/csv.ts';
import { decodeText } from '../../data/decode.ts';
import { writeWorkbook, type WriteCell } from './write.ts';

export const TEMPLATE_WORKBOOK = 'rapor.xlsx';

/** Columns holding a kode: kept as text, or Excel turns `16.10` into the number 16.1. */
const KODE_COLUMNS = ['kode', 'induk', 'pengganti'];

function rowsOf(path: string): string[][] {
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.finding.message.en}`);
  const csv = parseCsv(path, decoded.text);
  return [csv.header?.cells ?? [], ...csv.records.map((r) => r.cells)];
}

const cellOf = (value: string, kode: boolean): WriteCell => {
  const decimal = /^(\d+),(\d+)$/.exec(value);
  if (!kode && decimal) return { number: Number(`${decimal[1]}.${decimal[2]}`), format: `0.${'0'.repeat(decimal[2]!.length)}` };
  if (!kode && /^\d+$/.test(value)) return { number: Number(value) };
  return value;
};

/** The template workbook's bytes, from the templates in `templat` (stored, not deflated: the same bytes on any zlib). */
export function templateWorkbook(templat: string): Uint8Array {
  return writeWorkbook(
    IMPORT_KINDS.map((kind) => {
      const [header = []] = rowsOf(join(templat, `${kind}.csv`));
      const [, ...examples] = rowsOf(join(templat, `contoh-${kind}.csv`));
      const kode = new Set(header.flatMap((name, i) => (KODE_COLUMNS.includes(name) ? [i] : [])));
      return {
        name: kind,
        header: true,
        textColumns: [...kode].map((i) => i + 1),
        rows: [header, ...examples.map((cells) => cells.map((cell, i) => (cell === '' ? undefined : cellOf(cell, kode.has(i)))))],
      };
    }),
    false,
  );
}
