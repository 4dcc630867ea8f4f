/**
 * The download files as text, named by their path under `/unduh/`: per dataset a long CSV and JSON
 * of every published edition; each edition's own files (named by their year, also at their former
 * address; a draft's marked as draft); the registry; the corrections; each instansi's rows. Pure:
 * src/build/unduh.ts writes and hashes them. CSV is for spreadsheets (formula cells made inert);
 * JSON keeps every value exact; both write numbers with the decimals their edition published.
 */
import type { Dataset, Edition } from '../dataset.ts';
import { indexOf } from '../dataset-index.ts';
import type { Kode } from '../kode.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { columnOf } from '../schema/fields.ts';
import { text } from '../text.ts';
import { publishedEditions } from '../views/editions.ts';
import { editionFilePath, formerEditionFilePath } from './names.ts';
import { spreadsheetCsv } from './spreadsheet-csv.ts';
import { datasetTable, instansiRowsTable, isWritten, koreksiTable, registryRecord, registryTable, type Table, type TableRow } from './tables.ts';

export interface UnduhFile {
  /** Relative to `/unduh/`: `sakip.csv`, `2024/opd-2024.json`, `instansi/16.74.csv`. */
  path: string;
  content: string;
  /** The file at this earlier path has the same content: this is a former address of it (the writer may link the two). */
  sameAs?: string;
}

/** Said in the JSON of a draft edition, whose CSV rows say `draf` in status_edisi. */
export const DRAFT_NOTE = text('Edisi draf: angkanya masih dapat berubah sebelum terbit.', 'Draft edition: its figures may still change before publication.');

/** A table as spreadsheet CSV; a list (nama_lain) in one cell, joined as instansi.csv joins it. */
export function tableCsv(table: Table): string {
  const header = table.columns.map((c) => c.name);
  const separators = table.columns.map((c) => {
    const column = columnOf(c.schema);
    return column?.type === 'string' ? column.separator : undefined;
  });
  const cells = (row: TableRow) => header.map((name, i) => {
    const value = row[name] ?? null;
    if (Array.isArray(value)) return value.join(separators[i] ?? '|');
    return isWritten(value) ? value.rawJSON : (value as string | number | null);
  });
  return spreadsheetCsv(header, table.rows.map(cells));
}

/** Compact JSON, keys in the order the objects were built, one final newline. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value)}\n`;

const editionInfo = (edition: Edition) => ({
  tahun: edition.tahun,
  judul: edition.edisi.judul,
  status_edisi: edition.edisi.status,
  tanggal_terbit: edition.edisi.tanggal_terbit ?? null,
  ...(edition.edisi.status === 'draf' ? { catatan: `${DRAFT_NOTE.id} [${DRAFT_NOTE.en}]` } : {}),
});

/** A dataset's CSV and JSON over these editions; the JSON names the editions it covers. */
function datasetPair(dataset: Dataset, kind: DatasetKind, editions: readonly Edition[]): [csv: string, json: string] {
  const table = datasetTable(dataset, kind, editions);
  const covered = editions.filter((e) => e.datasets[kind] !== undefined).map(editionInfo);
  return [tableCsv(table), jsonText({ dataset: kind, edisi: covered, rows: table.rows })];
}

/** `<dataset>.csv|json` over the published editions (a header alone while none holds it). */
export const longFiles = (dataset: Dataset): UnduhFile[] =>
  DATASET_KINDS.flatMap((kind) => {
    const [csv, json] = datasetPair(dataset, kind, publishedEditions(dataset));
    return [
      { path: `${kind}.csv`, content: csv },
      { path: `${kind}.json`, content: json },
    ];
  });

/** `<tahun>/<dataset>-<tahun>.csv|json` for every dataset of every edition, drafts included, each also at its former address. */
export const editionFiles = (dataset: Dataset): UnduhFile[] =>
  dataset.editions.flatMap((edition) =>
    DATASET_KINDS.filter((kind) => edition.datasets[kind] !== undefined).flatMap((kind) => {
      const [csv, json] = datasetPair(dataset, kind, [edition]);
      return ([['csv', csv], ['json', json]] as const).flatMap(([extension, content]) => {
        const path = editionFilePath(edition.tahun, kind, extension);
        return [
          { path, content },
          { path: formerEditionFilePath(edition.tahun, kind, extension), content, sameAs: path },
        ];
      });
    }),
  );

/** `instansi.csv|json` (the registry) and `koreksi.csv|json` (the corrections). */
export function registryFiles(dataset: Dataset): UnduhFile[] {
  const instansi = registryTable(dataset);
  const koreksi = koreksiTable(dataset);
  return [
    { path: 'instansi.csv', content: tableCsv(instansi) },
    { path: 'instansi.json', content: jsonText({ rows: instansi.rows }) },
    { path: 'koreksi.csv', content: tableCsv(koreksi) },
    { path: 'koreksi.json', content: jsonText({ rows: koreksi.rows }) },
  ];
}

/** `instansi/<kode>.csv|json`: one instansi's rows of every dataset and edition; the JSON groups them by dataset. */
export function instansiFiles(dataset: Dataset, kode: Kode): UnduhFile[] {
  const table = instansiRowsTable(dataset, kode);
  const instansi = registryRecord(indexOf(dataset).instansi.get(kode)!);
  const datasets = Object.fromEntries(DATASET_KINDS.map((kind) => [kind, table.rows.filter((row) => row.dataset === kind).map(({ dataset: _, ...row }) => row)]));
  return [
    { path: `instansi/${kode}.csv`, content: tableCsv(table) },
    { path: `instansi/${kode}.json`, content: jsonText({ instansi, datasets }) },
  ];
}
