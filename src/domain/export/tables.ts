/**
 * The Dataset as the tables a reader downloads: long format (one row per dataset, year and
 * instansi), values exactly as validated (derived zona, predikat and peringkat filled in, corrected
 * values as corrected), an absent value as null, never 0. Rows in a stated order, keys in column order.
 */
import type { Dataset, Edition, RowsByKind } from '../dataset.ts';
import { indexOf } from '../dataset-index.ts';
import type { Instansi } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { shownPart } from '../visibility.ts';
import { DATASET_COLUMNS, INSTANSI_ROW_COLUMNS, KOREKSI_COLUMNS, REGISTRY_COLUMNS, type ColumnSpec } from './columns.ts';

export type Value = string | number | readonly string[] | null;
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

/** A dataset row's values (without its origin and correction marks), with its edition and the instansi's name. */
function rowValues(edition: Edition, row: AnyRow, instansi: ReadonlyMap<Kode, Instansi>): Record<string, unknown> {
  const { asal: _asal, koreksi: _koreksi, ...values } = row;
  return { ...values, tahun: edition.tahun, status_edisi: edition.edisi.status, nama: instansi.get(row.kode)?.nama };
}

/** A dataset's rows in these editions, by tahun then kode. */
export function datasetTable(dataset: Dataset, kind: DatasetKind, editions: readonly Edition[]): Table {
  const columns = DATASET_COLUMNS[kind];
  const { instansi } = indexOf(dataset);
  const rows = [...editions]
    .sort((a, b) => a.tahun - b.tahun)
    .flatMap((edition) =>
      [...((edition.datasets[kind] ?? []) as AnyRow[])].sort((a, b) => byKode(a.kode, b.kode)).map((row) => recordOf(columns, rowValues(edition, row, instansi))),
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

/** One instansi's rows of every dataset and published edition (never a draft's: shownPart), by dataset then tahun. */
export function instansiRowsTable(dataset: Dataset, kode: Kode): Table {
  const columns = INSTANSI_ROW_COLUMNS;
  const index = indexOf(dataset);
  const rows = DATASET_KINDS.flatMap((kind) =>
    shownPart(dataset, undefined).editions.flatMap((edition) => {
      const row = index.rows.get(edition)?.[kind]?.get(kode);
      return row === undefined ? [] : [recordOf(columns, { ...rowValues(edition, row, index.instansi), dataset: kind })];
    }),
  );
  return { columns, rows };
}
