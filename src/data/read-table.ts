/**
 * A parsed CSV read against a TableSpec: header names matched case-insensitively in any order,
 * each cell parsed by its field schema, each row checked for meaning. Collects every problem.
 */
import { fileCauses, type ColumnRole, type FileCauses } from '../domain/file-causes.ts';
import { suggestColumn } from '../domain/header-aliases.ts';
import { KODE_PATTERN } from '../domain/kode.ts';
import type { Tertulis } from '../domain/dataset.ts';
import { problemAt, type Finding, type Located, type Problem } from '../domain/problem.ts';
import { ambiguousPoint, isCommaDecimal, unquotedDecimalComma } from '../domain/decimal-form.ts';
import { columnOf as columnKind, readCell } from '../domain/schema/fields.ts';
import { isRequired, type Fields, type InputOf, type TableSpec } from '../domain/schema/table.ts';
import { text } from '../domain/text.ts';
import { placeOf, type CsvRecord, type CsvText } from './csv.ts';

export interface Table<F extends Fields> {
  /** Every record, with the fields that parsed (for cross-row checks such as duplicate kode). */
  rows: Located<Partial<InputOf<F>>>[];
  /** The records without any problem, fully typed. */
  valid: Located<InputOf<F>>[];
  problems: Problem[];
}

export function readTable<F extends Fields, Ctx>(csv: CsvText, spec: TableSpec<F, Ctx>, ctx: Ctx): Table<F> {
  const problems: Problem[] = csv.malformed.map(({ line, column, finding }) => ({ file: csv.path, line, column, ...finding }));
  const table: Table<F> = { rows: [], valid: [], problems };
  const header = csv.header;
  const known = Object.keys(spec.fields);
  if (header === undefined) {
    if (problems.length > 0) return table;
    problems.push({
      file: csv.path,
      line: 1,
      column: 1,
      message: text('berkas kosong: tidak ada baris judul kolom', 'the file is empty: there is no header line'),
      fix: text(`Baris pertama memuat nama kolom, misalnya: ${known.join(csv.delimiter)}`, `The first line names the columns, for example: ${known.join(csv.delimiter)}`),
    });
    return table;
  }
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const index = new Map<string, number>();
  const headerPlace = placeOf(csv, header, (field) => (field === undefined ? undefined : Number(field)));
  const atHeader = (cell: number | undefined, finding: Finding) => problems.push(problemAt(headerPlace, { ...finding, ...(cell === undefined ? {} : { field: String(cell) }) }));

  const causes = fileCauses({
    delimiter: csv.delimiter,
    names: header.cells.map((cell) => cell.trim()),
    roles: names.map((name) => roleOf(spec.fields[name])),
    records: csv.records,
    isAlias: (name) => suggestColumn(name, known) !== undefined,
  });
  for (const { column, finding } of causes.causes) atHeader(column, finding);

  names.forEach((name, i) => {
    if (name === '' || causes.numbering.has(i)) return;
    if (index.has(name)) {
      atHeader(i, {
        message: text(`kolom ${name} muncul dua kali`, `column ${name} appears twice`),
        fix: text('Hapus atau ganti nama salah satu kolom', 'Delete or rename one of the two columns'),
      });
    } else if (!known.includes(name)) {
      const guess = suggestColumn(name, known);
      atHeader(i, {
        message: text(`kolom "${header.cells[i]!.trim()}" tidak dikenal`, `unknown column "${header.cells[i]!.trim()}"`),
        fix: name.includes('\t')
          ? text('Kolom dipisah tab: simpan sebagai CSV dengan pemisah koma (,) atau titik koma (;)', 'The columns are separated by tabs: save as CSV with commas (,) or semicolons (;)')
          : guess
            ? text(`Maksudnya ${guess}? Ganti judul kolom menjadi ${guess}`, `Did you mean ${guess}? Rename the column to ${guess}`)
            : text(`Kolom yang dikenal: ${known.join(', ')}`, `Known columns: ${known.join(', ')}`),
      });
    }
    index.set(name, i);
  });
  for (const field of known) {
    if (!index.has(field) && isRequired(spec.fields[field]!)) {
      atHeader(undefined, {
        message: text(`kolom wajib ${field} tidak ada`, `required column ${field} is missing`),
        fix: text(`Tambahkan kolom ${field} di baris judul`, `Add column ${field} to the header line`),
      });
    }
  }
  for (const group of spec.oneOf ?? []) {
    if (!group.some((field) => index.has(field))) {
      atHeader(undefined, {
        message: text(`tidak ada kolom ${group.join(' maupun ')}`, `none of the columns ${group.join(', ')} is present`),
        fix: text(`Tambahkan sedikitnya satu dari kolom ${group.join(', ')}`, `Add at least one of the columns ${group.join(', ')}`),
      });
    }
  }
  const columnOf = (field?: string) => (field === undefined ? undefined : /^\d+$/.test(field) ? Number(field) : index.get(field));
  const form = numberForm(csv, names, spec.fields);
  csv.records.forEach((record, r) => {
    if (!causes.skipped.has(r)) readRecord(csv, record, names, index, spec, ctx, columnOf, form, table, { numbering: causes.numbering, commaKodes: causes.commaKodes.get(r) });
  });
  return table;
}

/** What a header column holds as file-causes.ts tells causes apart; undefined for an unknown column. */
function roleOf(schema: Fields[string] | undefined): ColumnRole | undefined {
  if (schema === undefined) return undefined;
  const column = columnKind(schema);
  if (column?.type === 'number') return 'score';
  return column?.type === 'string' && column.pattern === KODE_PATTERN.source ? 'kode' : 'other';
}

/** What a file's causes (src/domain/file-causes.ts) change in reading one of its records. */
interface Explained {
  numbering: FileCauses['numbering'];
  /** The record's kode cells written as numbers (`99,71`), read with the point. */
  commaKodes: ReadonlySet<number> | undefined;
}

/** What a row's number cells are judged by besides their own text (src/domain/decimal-form.ts). */
interface NumberForm {
  /** Whether each header column holds a score (a decimal). */
  score: boolean[];
  /** Whether each header column holds numbers (scores, ranks, years). */
  numeric: boolean[];
  /** The file writes some decimal with a comma: `8.412` then reads two ways. */
  commaDecimals: boolean;
  /** `,` separates the cells: an unquoted decimal comma splits one. */
  commaSeparated: boolean;
}

function numberForm(csv: CsvText, names: readonly string[], fields: Fields): NumberForm {
  const types = names.map((name) => (fields[name] === undefined ? undefined : columnKind(fields[name]!)?.type));
  const score = types.map((type) => type === 'number');
  const numeric = types.map((type) => type === 'number' || type === 'integer');
  const scores = score.flatMap((is, i) => (is ? [i] : []));
  const commaDecimals = csv.records.some((record) => scores.some((i) => isCommaDecimal(record.cells[i]?.trim() ?? '')));
  return { score, numeric, commaDecimals, commaSeparated: csv.delimiter === ',' };
}

/** What is wrong with a score cell read in its row and file, or undefined when it reads one way only. */
function formFinding(field: string, i: number, raw: string, cells: readonly string[], names: readonly string[], form: NumberForm): Finding | undefined {
  if (form.commaDecimals) {
    const ambiguous = ambiguousPoint(field, raw);
    if (ambiguous !== undefined) return ambiguous;
  }
  if (!form.commaSeparated) return undefined;
  const nextName = names[i + 1];
  return unquotedDecimalComma(field, raw, cells[i + 1]?.trim(), nextName === undefined || nextName === '' ? undefined : nextName, {
    nextHoldsNumber: form.numeric[i + 1] ?? false,
    // A trailing empty cell (a stray separator at the line's end) is no shift.
    shifted: cells.slice(names.length).some((cell) => cell.trim() !== ''),
  });
}

/**
 * One frozen object per combination of written decimals, shared by the rows that have it: a national
 * folder writes every OPD score with two decimals (`91.00`), and a copy per row weighed on every
 * process holding the Dataset (docs/performance.md, "How the build is kept fast").
 */
const SHARED_TERTULIS = new Map<string, Tertulis>();
function sharedTertulis(desimal: Record<string, number>): Tertulis {
  const key = JSON.stringify(desimal);
  let shared = SHARED_TERTULIS.get(key);
  if (shared === undefined) {
    shared = Object.freeze({ desimal: Object.freeze(desimal) });
    SHARED_TERTULIS.set(key, shared);
  }
  return shared;
}

/** The decimals a score cell was written with (`85,80`: 2), when the number alone shows fewer (85.8); else undefined. */
function zerosKept(raw: string, value: number): number | undefined {
  const separator = raw.search(/[.,]/);
  const written = separator < 0 ? 0 : raw.length - separator - 1;
  const shown = String(value).split('.')[1]?.length ?? 0;
  return written > shown ? written : undefined;
}

function readRecord<F extends Fields, Ctx>(
  csv: CsvText,
  record: CsvRecord,
  names: string[],
  index: Map<string, number>,
  spec: TableSpec<F, Ctx>,
  ctx: Ctx,
  columnOf: (field?: string) => number | undefined,
  form: NumberForm,
  table: Table<F>,
  explained: Explained,
): void {
  const at = placeOf(csv, record, columnOf);
  const findings: Finding[] = [];
  if (record.cells.length < names.length) {
    findings.push({
      field: String(record.cells.length - 1),
      message: text(`baris ini punya ${record.cells.length} sel, judul kolom punya ${names.length}`, `this line has ${record.cells.length} cells, the header has ${names.length}`),
      fix: text(`Pastikan setiap baris memuat ${names.length - 1} pemisah "${csv.delimiter}", juga untuk sel kosong`, `Make sure every line holds ${names.length - 1} "${csv.delimiter}" separators, empty cells included`),
    });
  }
  record.cells.forEach((cell, i) => {
    if (cell.trim() !== '' && (i >= names.length || names[i] === '') && !explained.numbering.has(i)) {
      findings.push({
        field: String(i),
        message: text(`sel "${cell.trim()}" berada di kolom tanpa judul`, `cell "${cell.trim()}" is in a column without a header`),
        fix: text('Beri judul kolom itu, atau hapus isinya', 'Give the column a header, or delete its content'),
      });
    }
  });
  const value: Record<string, unknown> = {};
  // Kept only where the number alone would lose a written zero: most rows carry nothing more.
  let desimal: Record<string, number> | undefined;
  const failed = new Set<string>();
  for (const [field, i] of index) {
    const schema = spec.fields[field];
    if (schema === undefined) continue;
    const asNumber = explained.commaKodes?.has(i) ?? false;
    const raw = asNumber ? record.cells[i]!.trim().replace(',', '.') : record.cells[i]?.trim();
    const misread = raw && form.score[i] ? formFinding(field, i, raw, record.cells, names, form) : undefined;
    if (misread !== undefined) {
      failed.add(field);
      findings.push(misread);
      continue;
    }
    const cell = readCell(field, schema, raw === '' ? undefined : raw);
    if (cell.ok) {
      if (cell.value !== undefined) value[field] = cell.value;
      const places = form.score[i] && typeof cell.value === 'number' ? zerosKept(raw!, cell.value) : undefined;
      if (places !== undefined) (desimal ??= {})[field] = places;
    } else {
      failed.add(field);
      findings.push(cell.finding);
    }
  }
  if (desimal !== undefined) value.tertulis = sharedTertulis(desimal);
  const row = value as Partial<InputOf<F>>;
  // A field that failed to parse is reported once, not again by the meaning checks.
  findings.push(...spec.check(row, ctx).filter((finding) => finding.field === undefined || !failed.has(finding.field)));
  table.rows.push({ value: row, at });
  // A row with a kode written as a number joins the cross-row checks under its kode, but its file's cause keeps it out.
  if (findings.length === 0 && explained.commaKodes === undefined) table.valid.push({ value: row as InputOf<F>, at });
  table.problems.push(...findings.map((finding) => problemAt(at, finding)));
}
