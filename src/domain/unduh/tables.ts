/**
 * The Dataset as the tables a reader downloads: long format (one row per dataset, year and
 * instansi, with the instansi's name that year, jenis, induk and province), values exactly as
 * validated (derived zona, predikat and peringkat filled in, corrected values as corrected), numbers
 * with the decimals their edition wrote, an absent value as null, never 0. Rows in a stated order,
 * keys in column order.
 */
import type { Dataset, Edition, RowsByKind } from '../dataset.ts';
import { indexOf } from '../dataset-index.ts';
import type { Instansi } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { provinsiOf } from '../views/peringkat.ts';
import { shownDataset } from '../visibility.ts';
import { DATASET_COLUMNS, INSTANSI_ROW_COLUMNS, KOREKSI_COLUMNS, REGISTRY_COLUMNS, type ColumnSpec } from './unduh-columns.ts';

/** A number as the edition wrote it (`85.80`): JSON writes its text as is, CSV as the cell. */
export interface Written {
  readonly rawJSON: string;
}

export type Value = string | number | readonly string[] | Written | null;

// Node ≥ 21 (V8's JSON.rawJSON): a JSON number literal kept as written, which JSON.stringify copies.
const rawJson = (JSON as unknown as { rawJSON: (text: string) => Written }).rawJSON;

/** A number with the decimals its edition wrote (85.8 written `85,80` is `85.80`), for JSON and CSV alike. */
export const writtenNumber = (value: number, places: number): Written => rawJson(value.toFixed(places));

/** Whether a value is a number as written (writtenNumber). */
export const isWritten = (value: Value): value is Written => typeof value === 'object' && value !== null && 'rawJSON' in value;
export type TableRow = Readonly<Record<string, Value>>;

export interface Table {
  columns: readonly ColumnSpec[];
  rows: readonly TableRow[];
}

/** By code units, so that the order never depends on the machine's locale. */
export const byKode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A record with exactly these columns, in their order; what the source lacks is null. */
function recordOf(columns: readonly ColumnSpec[], source: object): TableRow {
  // A plain loop: a national folder has some 200 000 rows, each written three times.
  const record: Record<string, Value> = {};
  for (const { name } of columns) record[name] = (source as Record<string, Value | undefined>)[name] ?? null;
  return record;
}

type AnyRow = RowsByKind[DatasetKind];

/** Who an instansi is, from the registry: its jenis, induk and province. */
type Context = Pick<Instansi, 'jenis' | 'induk'> & { kode_provinsi: Kode | undefined };

/** Each instansi's context, looked up once per table (a national table has some 200 000 rows). */
function contexts(instansi: ReadonlyMap<Kode, Instansi>): (kode: Kode) => Context | undefined {
  const known = new Map<Kode, Context>();
  return (kode) => {
    let context = known.get(kode);
    const found = instansi.get(kode);
    if (context === undefined && found !== undefined) {
      context = { jenis: found.jenis, induk: found.induk, kode_provinsi: provinsiOf(found, instansi)?.kode };
      known.set(kode, context);
    }
    return context;
  };
}

/**
 * A dataset row's values (without its origin, correction marks and what its file wrote), with its
 * edition, the instansi's name in that edition and its context, numbers with their written decimals.
 */
function rowValues(edition: Edition, row: AnyRow, instansi: ReadonlyMap<Kode, Instansi>, context: (kode: Kode) => Context | undefined): Record<string, unknown> {
  const { asal: _asal, koreksi: _koreksi, tertulis, ...values } = row;
  const numbers = values as Record<string, unknown>;
  const written: Record<string, Written> = {};
  for (const [field, places] of Object.entries(tertulis?.desimal ?? {})) written[field] = writtenNumber(numbers[field] as number, places);
  return { ...values, ...written, ...context(row.kode), tahun: edition.tahun, status_edisi: edition.edisi.status, nama: tertulis?.nama ?? instansi.get(row.kode)?.nama };
}

/** A dataset's rows in these editions, by tahun then kode. */
export function datasetTable(dataset: Dataset, kind: DatasetKind, editions: readonly Edition[]): Table {
  const columns = DATASET_COLUMNS[kind];
  const { instansi } = indexOf(dataset);
  const context = contexts(instansi);
  const rows = [...editions]
    .sort((a, b) => a.tahun - b.tahun)
    .flatMap((edition) =>
      [...((edition.datasets[kind] ?? []) as AnyRow[])].sort((a, b) => byKode(a.kode, b.kode)).map((row) => recordOf(columns, rowValues(edition, row, instansi, context))),
    );
  return { columns, rows };
}

/** An instansi as instansi.csv describes it. */
export const registryRecord = (instansi: Instansi): TableRow => recordOf(REGISTRY_COLUMNS, instansi);

/** instansi.csv by kode. */
export function registryTable(dataset: Dataset): Table {
  return { columns: REGISTRY_COLUMNS, rows: [...dataset.instansi].sort((a, b) => byKode(a.kode, b.kode)).map(registryRecord) };
}

/** Every correction in the order of koreksi.csv, numbered as the site numbers them. */
export function koreksiTable(dataset: Dataset): Table {
  const columns = KOREKSI_COLUMNS;
  return { columns, rows: dataset.koreksi.map((k) => recordOf(columns, k)) };
}

/** One instansi's rows of every dataset and published edition (never a draft's: shownDataset), by dataset then tahun. */
export function instansiRowsTable(dataset: Dataset, kode: Kode): Table {
  const columns = INSTANSI_ROW_COLUMNS;
  const index = indexOf(dataset);
  const context = contexts(index.instansi);
  const rows = DATASET_KINDS.flatMap((kind) =>
    shownDataset(dataset, undefined).editions.flatMap((edition) => {
      const row = index.rows.get(edition)?.[kind]?.get(kode);
      return row === undefined ? [] : [recordOf(columns, { ...rowValues(edition, row, index.instansi, context), dataset: kind })];
    }),
  );
  return { columns, rows };
}
