/**
 * The canonical form of a CSV file, changing form and never meaning: header names in Rapor's spelling
 * (lower case, or the column a known alias stands for), cells trimmed, empty rows dropped, quotes only
 * where needed. Kept as the editor chose: the delimiter, the decimal mark (cells are not rewritten),
 * the byte-order mark and the line ending (of the first line, for a file that mixes them).
 */
import { csvText, type CsvForm } from '../domain/csv-form.ts';
import { columnName } from '../domain/header-aliases.ts';
import { text, type Text } from '../domain/text.ts';
import { parseCsv, type CsvText } from './csv.ts';
import { decodeText } from './decode.ts';

export type Canonical = { ok: true; before: string; after: string; bom: boolean } | { ok: false; reason: Text };

const BOM = [0xef, 0xbb, 0xbf];

/** What a file says, for the reader: the column each header cell names and every trimmed cell. */
const meaning = (csv: CsvText, known: readonly string[]): string[][] => [
  (csv.header?.cells ?? []).map(columnName(known)),
  ...csv.records.map((record) => record.cells.map((cell) => cell.trim())),
];

export function canonicalCsv(path: string, bytes: Uint8Array, known: readonly string[]): Canonical {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.finding.message };
  const before = decoded.text;
  const csv = parseCsv(path, before);
  if (csv.malformed.length > 0) {
    return { ok: false, reason: text('ada baris CSV yang rusak; perbaiki dulu (npm run validate menyebut letaknya)', 'a CSV line is broken; fix it first (npm run validate names where)') };
  }
  const [header = [], ...records] = meaning(csv, known);
  const twice = header.find((name, i) => name !== '' && header.indexOf(name) !== i);
  if (twice !== undefined) {
    return { ok: false, reason: text(`dua kolom akan bernama ${twice}; pilih sendiri mana yang benar`, `two columns would be named ${twice}; choose yourself which one is right`) };
  }
  const bom = BOM.every((b, i) => bytes[i] === b);
  const form: CsvForm = { delimiter: csv.delimiter, eol: /^[^\r\n]*\r\n/.test(before) ? '\r\n' : '\n', bom: false };
  const after = csv.header === undefined ? before : csvText([header, ...records], form);
  // The proof: read both with the same reader; every header and every cell must say the same.
  if (JSON.stringify(meaning(parseCsv(path, after), known)) !== JSON.stringify(meaning(csv, known))) {
    return { ok: false, reason: text('penulisan ulang akan mengubah isi berkas', 'rewriting would change what the file says') };
  }
  return { ok: true, before, after, bom };
}
