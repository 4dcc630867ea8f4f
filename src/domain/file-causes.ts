/**
 * Mistakes made once for a whole file by the spreadsheet that saved it, which would otherwise show
 * as many symptoms on many rows. Each is told once, with its cause and its fix, and the symptoms it
 * explains are not repeated (src/data/read-table.ts reads the file with this):
 * - opened with two separators, `;` and `,`: every decimal comma split a score in two cells
 *   (`87,10` → `87` and `10`), every such row longer than the header and shifted;
 * - kode read as numbers (a spreadsheet in another language): `99.71` saved as `99,71`;
 * - a column of row numbers (`No`, or one without a header holding 1, 2, 3 …), which Rapor does not read.
 */
import { looseName } from './header-aliases.ts';
import type { Finding } from './problem.ts';
import { text } from './text.ts';

/** What a header column holds, as far as the causes care. */
export type ColumnRole = 'score' | 'kode' | 'other';

export interface FileShape {
  delimiter: ',' | ';';
  /** The header's names as written, trimmed; '' for a column without one. */
  names: readonly string[];
  /** The role of each header column; undefined for a column the file's spec does not know. */
  roles: readonly (ColumnRole | undefined)[];
  /** The cells of each record after the header, with the line each starts on. */
  records: readonly { line: number; cells: readonly string[] }[];
  /** Whether a header name is an alias of a known column (so not a stray numbering column). */
  isAlias: (name: string) => boolean;
}

export interface FileCause {
  /** The header column the cause concerns; undefined for the file as a whole. */
  column?: number;
  finding: Finding;
}

export interface FileCauses {
  causes: FileCause[];
  /** Records (by index) whose every problem a cause explains: not read. */
  skipped: ReadonlySet<number>;
  /** Header columns of row numbers: no "unknown column", no "cell without a header". */
  numbering: ReadonlySet<number>;
  /** Kode cells written as numbers (by record index, the header column): read with the point, the row not valid. */
  commaKodes: ReadonlyMap<number, ReadonlySet<number>>;
}

const WHOLE = /^\d+$/;
const COMMA_NUMBER = /^(\d+),(\d+)$/;
const NUMBERING_NAMES = new Set(['no', 'nomor', 'nomorurut', 'num', 'number', 'nr']);

const importAsText = text(
  'di LibreOffice Calc, pada dialog Text Import klik kolom kode lalu pilih Column type: Text; di Excel, atur kolom kode sebagai Teks (klik kanan → Format Cells → Text) sebelum mengetik',
  'in LibreOffice Calc, in the Text Import dialog select the kode column and set Column type: Text; in Excel, format the kode column as Text (right-click → Format Cells → Text) before typing',
);

/** The lines named in a message (`baris 2, 3, 4 dan 7 baris lain`): the first few, and how many more. */
function linesNamed(lines: readonly number[]): { id: string; en: string } {
  const shown = lines.slice(0, 3).join(', ');
  const more = lines.length - 3;
  if (more > 0) return { id: `baris ${shown} dan ${more} baris lain`, en: `lines ${shown} and ${more} more` };
  return { id: `baris ${shown}`, en: `${lines.length === 1 ? 'line' : 'lines'} ${shown}` };
}

/**
 * A record's cells with each split score joined again (`87`, `10` → `87,10`), when that makes it
 * exactly as wide as the header; undefined when it is no wider, or when joining does not fit it.
 */
function rejoined(cells: readonly string[], roles: FileShape['roles']): string[] | undefined {
  // A row ending in empty cells may have them shifted in, or a stray separator at its end: either fits.
  let trimmed = cells.length;
  while (trimmed > roles.length && cells[trimmed - 1]!.trim() === '') trimmed--;
  return rejoinedTo(cells.length, cells, roles) ?? (trimmed < cells.length ? rejoinedTo(trimmed, cells, roles) : undefined);
}

function rejoinedTo(width: number, cells: readonly string[], roles: FileShape['roles']): string[] | undefined {
  let surplus = width - roles.length;
  if (surplus <= 0) return undefined;
  const out: string[] = [];
  let j = 0;
  for (let i = 0; i < roles.length; i++) {
    const [a, b] = [cells[j]?.trim() ?? '', cells[j + 1]?.trim() ?? ''];
    if (roles[i] === 'score' && surplus > 0 && WHOLE.test(a) && WHOLE.test(b)) {
      out.push(`${a},${b}`);
      j += 2;
      surplus--;
    } else {
      out.push(a);
      j++;
    }
  }
  return surplus === 0 && j === width ? out : undefined;
}

function splitDecimals(shape: FileShape, causes: FileCause[], skipped: Set<number>): void {
  // In a `,`-separated file an unquoted decimal comma is each row's own mistake (decimal-form.ts).
  if (shape.delimiter !== ';') return;
  const lines: number[] = [];
  let example: string | undefined;
  shape.records.forEach((record, r) => {
    const joined = rejoined(record.cells, shape.roles);
    if (joined === undefined) return;
    skipped.add(r);
    lines.push(record.line);
    example ??= joined.find((cell, i) => shape.roles[i] === 'score' && COMMA_NUMBER.test(cell));
  });
  if (lines.length === 0 || example === undefined) return;
  const [whole, decimals] = example.split(',') as [string, string];
  const where = linesNamed(lines);
  causes.push({
    finding: {
      message: text(
        `berkas ini tampaknya dibuka dengan dua pemisah, titik koma (;) dan koma (,): koma desimal memecah angka seperti ${example} menjadi dua sel (${whole} dan ${decimals}), sehingga ${where.id} punya sel lebih banyak daripada judul kolom dan isinya bergeser`,
        `this file seems to have been opened with two separators, semicolon (;) and comma (,): the decimal comma split numbers such as ${example} into two cells (${whole} and ${decimals}), so ${where.en} ${lines.length === 1 ? 'has' : 'have'} more cells than the header, the content shifted`,
      ),
      fix: text(
        `Kembalikan berkas seperti sebelum disimpan (misalnya dari git) atau satukan lagi angkanya (${example}), lalu buka dengan satu pemisah saja: di LibreOffice Calc, pada dialog Text Import centang hanya "Semicolon", bukan "Comma"; di Excel, Data → From Text/CSV → Delimiter: Semicolon`,
        `Restore the file as it was before it was saved (from git, for example) or join the numbers again (${example}), then open it with one separator only: in LibreOffice Calc, in the Text Import dialog tick "Semicolon" only, not "Comma"; in Excel, Data → From Text/CSV → Delimiter: Semicolon`,
      ),
    },
  });
}

function commaKodes(shape: FileShape, causes: FileCause[], skipped: ReadonlySet<number>): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  const lines: number[] = [];
  let first: { column: number; cell: string } | undefined;
  shape.records.forEach((record, r) => {
    if (skipped.has(r)) return;
    shape.roles.forEach((role, i) => {
      const cell = record.cells[i]?.trim() ?? '';
      if (role !== 'kode' || !COMMA_NUMBER.test(cell)) return;
      let columns = found.get(r);
      if (columns === undefined) {
        found.set(r, (columns = new Set()));
        lines.push(record.line);
      }
      columns.add(i);
      first ??= { column: i, cell };
    });
  });
  if (first === undefined) return found;
  const dotted = first.cell.replace(',', '.');
  const where = linesNamed(lines);
  causes.push({
    column: first.column,
    finding: {
      message: text(
        `kode "${first.cell}" (${where.id}) tertulis sebagai angka berkoma desimal: spreadsheet membaca kolom ${shape.names[first.column]} sebagai angka, bukan teks (biasanya karena bahasa/locale-nya), dan mengganti titiknya dengan koma`,
        `kode "${first.cell}" (${where.en}) is written as a number with a decimal comma: the spreadsheet read column ${shape.names[first.column]} as numbers, not text (usually because of its language/locale), and turned the point into a comma`,
      ),
      fix: text(`Tulis kodenya dengan titik (${dotted}) dan simpan kolom itu sebagai Teks: ${importAsText.id}`, `Write the kode with a point (${dotted}) and keep that column as Text: ${importAsText.en}`),
    },
  });
  return found;
}

function numberingColumns(shape: FileShape, causes: FileCause[]): Set<number> {
  const numbering = new Set<number>();
  shape.names.forEach((name, i) => {
    if (shape.roles[i] !== undefined) return;
    const named = name === '#' || (NUMBERING_NAMES.has(looseName(name)) && !shape.isAlias(name));
    const values = shape.records.map((record) => record.cells[i]?.trim() ?? '');
    const unnamedNumbers = name === '' && values.length > 0 && values.every((v) => WHOLE.test(v) && Number(v) > 0) && new Set(values).size === values.length;
    if (!named && !unnamedNumbers) return;
    numbering.add(i);
    const label = name === '' ? text(`tanpa judul (ke-${i + 1})`, `without a header (number ${i + 1})`) : text(`"${name}"`, `"${name}"`);
    causes.push({
      column: i,
      finding: {
        message: text(`kolom ${label.id} berisi nomor urut baris, yang tidak dibaca Rapor`, `column ${label.en} holds row numbers, which Rapor does not read`),
        fix: text('Hapus seluruh kolom itu (klik kanan huruf kolomnya → Hapus Kolom); Rapor mengurutkan dan memberi peringkat sendiri', 'Delete the whole column (right-click its letter → Delete Columns); Rapor sorts and ranks the rows itself'),
      },
    });
  });
  return numbering;
}

/** The causes a file's shape shows, and the symptoms they explain. */
export function fileCauses(shape: FileShape): FileCauses {
  const causes: FileCause[] = [];
  const numbering = numberingColumns(shape, causes);
  const skipped = new Set<number>();
  splitDecimals(shape, causes, skipped);
  const kodes = commaKodes(shape, causes, skipped);
  return { causes, skipped, numbering, commaKodes: kodes };
}
