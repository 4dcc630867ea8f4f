/**
 * Two ways a decimal is misread without any cell looking wrong on its own, judged from the row or the
 * file around it (src/data/read-table.ts asks):
 * - in a `,`-separated file, `95,45` unquoted is two cells: nilai 95 and "45" in the next column, the
 *   rest of the row shifted by one;
 * - in a file whose decimals are commas, `8.412` is what a spreadsheet shows for 8412 (the point as a
 *   thousands separator) or an editor typed for 8,412: either reading may be the intended one.
 */
import type { Finding } from './problem.ts';
import { text } from './text.ts';

const WHOLE = /^\d+$/;
const COMMA_DECIMAL = /^\d+,\d+$/;
/** A point followed by exactly three digits: a thousands separator as readily as a decimal point. */
const THOUSANDS_LIKE = /^(\d+)\.(\d{3})$/;

export const isCommaDecimal = (raw: string): boolean => COMMA_DECIMAL.test(raw);

/**
 * A number cell `raw` in column `kolom` followed by `next` in column `nextKolom` (undefined: a cell
 * beyond the header), when they read as one unquoted decimal comma. `nextHoldsNumber`: the next
 * column is itself a number column, where digits are expected; then only a row longer than its
 * header (`shifted`) says the row moved.
 */
export function unquotedDecimalComma(
  kolom: string,
  raw: string,
  next: string | undefined,
  nextKolom: string | undefined,
  { nextHoldsNumber, shifted }: { nextHoldsNumber: boolean; shifted: boolean },
): Finding | undefined {
  if (next === undefined || !WHOLE.test(raw) || !WHOLE.test(next) || (nextHoldsNumber && !shifted)) return undefined;
  const where = nextKolom === undefined ? text('sel sesudahnya', 'the cell after it') : text(`kolom ${nextKolom}`, `column ${nextKolom}`);
  return {
    field: kolom,
    message: text(
      `${kolom} ${raw} diikuti "${next}" di ${where.id}: mungkin angka desimal ${raw},${next} tanpa tanda kutip, sehingga isi baris bergeser satu kolom`,
      `${kolom} ${raw} is followed by "${next}" in ${where.en}: perhaps the decimal ${raw},${next} unquoted, which shifts the rest of the row by one column`,
    ),
    fix: text(
      `Tulis ${raw}.${next} dengan titik, atau beri tanda kutip ("${raw},${next}"), atau simpan berkas dengan pemisah titik koma (;)`,
      `Write ${raw}.${next} with a point, or quote it ("${raw},${next}"), or save the file with semicolons (;) as separators`,
    ),
  };
}

/** A number cell that reads two ways in a file whose decimals are commas. */
export function ambiguousPoint(kolom: string, raw: string): Finding | undefined {
  const m = THOUSANDS_LIKE.exec(raw);
  if (m === null) return undefined;
  const [, whole, three] = m as unknown as [string, string, string];
  const thousands = String(Number(whole + three));
  return {
    field: kolom,
    message: text(
      `"${raw}" di kolom ${kolom} bisa dibaca dua cara: ${thousands} (titik sebagai pemisah ribuan) atau ${whole},${three} (titik desimal); berkas ini memakai koma desimal`,
      `"${raw}" in column ${kolom} reads two ways: ${thousands} (the point as a thousands separator) or ${whole}.${three} (a decimal point); this file writes decimals with a comma`,
    ),
    fix: text(
      'Tulis angkanya dengan koma desimal seperti baris lain (misalnya 84,12), tanpa pemisah ribuan; di Excel atur format sel ke Teks atau Angka dengan 2 desimal',
      'Write the number with a decimal comma like the other lines (for example 84,12), without thousands separators; in Excel set the cell format to Text or Number with 2 decimals',
    ),
  };
}
