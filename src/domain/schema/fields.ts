/**
 * Field schemas for CSV cells. Every cell arrives as a trimmed string, or undefined when empty.
 * Each field parses deliberately (no coercion: an empty cell is "not given", never 0) and reports
 * a problem in domain words, carried in the zod issue's params as `{ message, fix }`.
 */
import { z } from 'zod';
import { isKode, KODE_MAX_LENGTH, KODE_PATTERN, type Kode } from '../kode.ts';
import { formatNumber, parseDecimal, parseInteger } from '../number.ts';
import type { Finding } from '../problem.ts';
import { text, type Text } from '../text.ts';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: Text; fix: Text };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: Text, fix: Text): Parsed<never> => ({ ok: false, message, fix });

/** The params a field schema attaches to its zod issue; read back by `findingOf`. */
interface IssueParams {
  message: Text;
  fix: Text;
}

export type Cell = string | undefined;

/** The parser behind each field schema, for readCell. */
const parsers = new WeakMap<object, (raw: Cell) => Parsed<unknown>>();

/**
 * What a column holds once read, for readers of the published data (the data package's field types
 * and constraints): zod metadata of each field schema, set by the field's kind below.
 */
export type Column =
  | { type: 'string'; pattern?: string; enum?: readonly string[]; /** A list written in one cell, joined by this. */ separator?: string }
  | { type: 'number'; minimum: number; maximum: number }
  | { type: 'integer'; minimum: number; maximum?: number }
  | { type: 'date' };

const columns = z.registry<{ column: Column }>();

/** The column a field schema reads, or undefined for a schema not built here. */
export const columnOf = (schema: FieldSchema): Column | undefined => columns.get(schema)?.column;

/**
 * A column's meaning for readers of the data, Indonesian with the English in brackets, as zod's
 * `description` metadata. Registered on the schema itself: `.meta()` or `.describe()` would return a
 * clone, which readCell's fast parser does not know.
 */
export function described<S extends FieldSchema>(schema: S, about: Text): S {
  z.globalRegistry.add(schema as FieldSchema, { description: `${about.id} [${about.en}]` });
  return schema;
}

function cellSchema<T>(parse: (raw: Cell) => Parsed<T>, column: Column) {
  const schema = z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const result = parse(raw);
      if (result.ok) return result.value;
      const params: IssueParams = { message: result.message, fix: result.fix };
      ctx.issues.push({ code: 'custom', message: result.message.en, input: raw, params });
      return z.NEVER;
    });
  parsers.set(schema, parse);
  columns.add(schema, { column });
  return schema;
}

export type FieldSchema<T = unknown> = z.ZodType<T, Cell>;

/**
 * A cell read by its field schema, with the same result as `safeParse` + `findingOf`. A field built
 * here is parsed by its own parser directly: going through zod for each of the million cells of a
 * national folder was a large part of the validation time (docs/performance.md, "How the build is
 * kept fast").
 */
export function readCell(field: string, schema: FieldSchema, raw: Cell): { ok: true; value: unknown } | { ok: false; finding: Finding } {
  const parse = parsers.get(schema);
  if (parse !== undefined) {
    const result = parse(raw);
    return result.ok ? result : { ok: false, finding: { field, message: result.message, fix: result.fix } };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, finding: findingOf(field, parsed.error.issues[0]!) };
}

/** Turn a zod issue of a field schema into a finding for that field. */
export function findingOf(field: string, issue: z.core.$ZodIssue): Finding {
  const params = (issue as { params?: Partial<IssueParams> }).params;
  if (params?.message && params.fix) return { field, message: params.message, fix: params.fix };
  return {
    field,
    message: text(`nilai kolom ${field} tidak sah (${issue.message})`, `invalid value in column ${field} (${issue.message})`),
    fix: text('Periksa isi sel ini', 'Check this cell'),
  };
}

const missing = (kolom: string): Parsed<never> =>
  bad(text(`kolom ${kolom} wajib diisi`, `column ${kolom} is required`), text(`Isi kolom ${kolom}`, `Fill in column ${kolom}`));

/** Wraps a parser of a present value into a required or optional field. */
function presence<T>(kolom: string, column: Column, parse: (raw: string) => Parsed<T>) {
  return {
    required: () => cellSchema<T>((raw) => (raw === undefined ? missing(kolom) : parse(raw)), column),
    optional: () => cellSchema<T | undefined>((raw) => (raw === undefined ? ok(undefined) : parse(raw)), column),
  };
}

/**
 * The longest text a column holds, in characters: bounds that no real name, source or note reaches,
 * so that a pasted document or a runaway cell is refused instead of copied onto every page.
 */
export const TEXT_LIMITS = { nama: 200, sumber: 500, catatan: 1000, teks: 1000 } as const;

/** The length of a text in characters as an editor counts them (an emoji is one), or undefined when within `max`. */
function overLength(raw: string, max: number): number | undefined {
  if (raw.length <= max) return undefined;
  const length = [...raw].length;
  return length > max ? length : undefined;
}

const tooLong = (kolom: string, length: number, max: number, fix: Text): Parsed<never> =>
  bad(
    text(`isi kolom ${kolom} sepanjang ${formatNumber(length, 'id')} karakter, lebih dari batas ${formatNumber(max, 'id')}`, `column ${kolom} holds ${formatNumber(length, 'en')} characters, more than the limit of ${formatNumber(max, 'en')}`),
    fix,
  );

const shorten = (max: number) =>
  text(
    `Persingkat isinya sampai ${formatNumber(max, 'id')} karakter; uraian panjang ditulis di bab narasi, dokumen ditautkan lewat URL`,
    `Shorten it to ${formatNumber(max, 'en')} characters; a long account belongs in a narrative chapter, a document is linked by its URL`,
  );

/** Free text of at most `max` characters. */
export const textField = (kolom: string, max: number) =>
  presence(kolom, { type: 'string' }, (raw): Parsed<string> => {
    const length = overLength(raw, max);
    return length === undefined ? ok(raw) : tooLong(kolom, length, max, shorten(max));
  });

export const kodeField = (kolom: string) =>
  presence(kolom, { type: 'string', pattern: KODE_PATTERN.source }, (raw): Parsed<Kode> => {
    const length = overLength(raw, KODE_MAX_LENGTH);
    if (length !== undefined) {
      return tooLong(
        kolom,
        length,
        KODE_MAX_LENGTH,
        text(`Kode paling panjang ${KODE_MAX_LENGTH} karakter: ia menjadi nama folder halaman instansi. Pakai singkatan, misalnya 16.74.dinkes`, `A kode is at most ${KODE_MAX_LENGTH} characters: it names the instansi's page folder. Use an abbreviation, for example 16.74.dinkes`),
      );
    }
    return isKode(raw)
      ? ok(raw)
      : bad(
          text(`kode "${raw}" di kolom ${kolom} memuat karakter yang tidak boleh`, `kode "${raw}" in column ${kolom} has characters that are not allowed`),
          text('Kode hanya boleh berisi huruf, angka, titik, tanda hubung dan garis bawah, tanpa spasi, dan paling sedikit satu huruf atau angka', 'A kode may only hold letters, digits, dots, hyphens and underscores, no spaces, and at least one letter or digit'),
        );
  });

/** One of a fixed set of values, matched case-insensitively and written back in canonical form. */
export const choiceField = <V extends string>(kolom: string, values: readonly V[]) =>
  presence(kolom, { type: 'string', enum: values }, (raw): Parsed<V> => {
    const found = values.find((v) => v.toLowerCase() === raw.toLowerCase());
    return found !== undefined
      ? ok(found)
      : bad(
          text(`"${raw}" bukan isian yang dikenal untuk kolom ${kolom}`, `"${raw}" is not a known value for column ${kolom}`),
          text(`Tulis salah satu dari: ${values.join(', ')}`, `Write one of: ${values.join(', ')}`),
        );
  });

/** A score between 0 and `max`, with a decimal point or a decimal comma. */
export const scoreField = (kolom: string, max = 100) =>
  presence(kolom, { type: 'number', minimum: 0, maximum: max }, (raw): Parsed<number> => {
    const value = parseDecimal(raw);
    if (value === undefined) {
      return bad(
        text(`nilai "${raw}" di kolom ${kolom} bukan angka`, `"${raw}" in column ${kolom} is not a number`),
        text('Tulis angka seperti 95,45 atau 95.45, tanpa pemisah ribuan, satuan atau teks', 'Write a number such as 95,45 or 95.45, without thousands separators, units or text'),
      );
    }
    if (value > max) {
      return bad(
        text(`nilai ${formatNumber(value, 'id')} di kolom ${kolom} di atas ${formatNumber(max, 'id')}`, `${formatNumber(value, 'en')} in column ${kolom} is above ${formatNumber(max, 'en')}`),
        text(`Isi kolom ${kolom} berkisar 0 sampai ${formatNumber(max, 'id')}; periksa salah ketik atau letak koma`, `${kolom} ranges from 0 to ${formatNumber(max, 'en')}; check for a typo or a misplaced decimal separator`),
      );
    }
    return ok(value);
  });

const YEARS = { minimum: 1945, maximum: 2200 };

export const yearField = (kolom: string) =>
  presence(kolom, { type: 'integer', ...YEARS }, (raw): Parsed<number> => {
    const value = parseInteger(raw);
    return value !== undefined && value >= YEARS.minimum && value <= YEARS.maximum
      ? ok(value)
      : bad(
          text(`"${raw}" di kolom ${kolom} bukan tahun`, `"${raw}" in column ${kolom} is not a year`),
          text('Tulis tahun empat angka, misalnya 2024', 'Write a four-digit year, for example 2024'),
        );
  });

export const rankField = (kolom: string) =>
  presence(kolom, { type: 'integer', minimum: 1 }, (raw): Parsed<number> => {
    const value = parseInteger(raw);
    return value !== undefined && value >= 1
      ? ok(value)
      : bad(
          text(`"${raw}" di kolom ${kolom} bukan peringkat`, `"${raw}" in column ${kolom} is not a rank`),
          text('Tulis bilangan bulat mulai 1, tanpa titik atau teks', 'Write a whole number from 1, without dots or text'),
        );
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(raw: string): boolean {
  const m = ISO_DATE.exec(raw);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === raw;
}

export const dateField = (kolom: string) =>
  presence(kolom, { type: 'date' }, (raw): Parsed<string> =>
    isIsoDate(raw)
      ? ok(raw)
      : bad(
          text(`"${raw}" di kolom ${kolom} bukan tanggal TTTT-BB-HH`, `"${raw}" in column ${kolom} is not a YYYY-MM-DD date`),
          text('Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-12-16 (atur format sel di Excel ke Teks)', 'Write the date as YYYY-MM-DD, for example 2024-12-16 (set the Excel cell format to Text)'),
        ),
  );

/** A list of names separated by `|` (former names), each at most `max` characters. */
export const listField = (kolom: string, max: number) =>
  presence(kolom, { type: 'string', separator: '|' }, (raw): Parsed<string[]> => {
    const names = raw
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const longest = names.reduce((most, name) => Math.max(most, overLength(name, max) ?? 0), 0);
    return longest === 0 ? ok(names) : tooLong(kolom, longest, max, text(`Setiap nama paling panjang ${formatNumber(max, 'id')} karakter; pisahkan nama-nama dengan |`, `Each name is at most ${formatNumber(max, 'en')} characters; separate the names with |`));
  });
