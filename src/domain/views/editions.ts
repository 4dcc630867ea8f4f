/** Which edition is the latest, and what is newer than a given one: drafts never outrank a published edition. */
import { indexOf, perDataset } from '../dataset-index.ts';
import { compareNama } from '../collation.ts';
import type { Dataset, Edition, RowsByKind } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { shownDataset } from '../visibility.ts';

/** The published editions, oldest first: what the site offers search engines, feeds and long downloads. A copy: callers may sort it. */
export const publishedEditions = (dataset: Dataset): Edition[] => [...shownDataset(dataset, undefined).editions];

/** Each published edition's year and the datasets it holds, in DATASET_KINDS order: what the compare page tells its script. */
export const publishedDatasets = (dataset: Dataset): { tahun: number; datasets: DatasetKind[] }[] =>
  publishedEditions(dataset).map((e) => ({ tahun: e.tahun, datasets: DATASET_KINDS.filter((kind) => e.datasets[kind] !== undefined) }));

/** The latest published edition; the latest draft only while nothing is published. */
export function latestEdition(dataset: Dataset): Edition | undefined {
  return publishedEditions(dataset).at(-1) ?? dataset.editions.at(-1);
}

/** The latest published edition newer than `tahun`, for the "a newer edition exists" notice. */
export function newerEdition(dataset: Dataset, tahun: number): Edition | undefined {
  const latest = publishedEditions(dataset).at(-1);
  return latest !== undefined && latest.tahun > tahun ? latest : undefined;
}

/** An edition's OPD rows grouped by their pemda, pemda in name order; remembered per Dataset and edition (the report and its print version, in each language). */
export const opdByPemda = perDataset((dataset: Dataset, edition: Edition): { pemda: Instansi; rows: RowsByKind['opd'][] }[] => {
  const byKode = indexOf(dataset).instansi;
  const groups = new Map<Kode, RowsByKind['opd'][]>();
  for (const row of edition.datasets.opd ?? []) {
    const induk = byKode.get(row.kode)!.induk!;
    const group = groups.get(induk);
    if (group === undefined) groups.set(induk, [row]);
    else group.push(row);
  }
  return [...groups]
    .map(([induk, rows]) => ({ pemda: byKode.get(induk)!, rows }))
    .sort((a, b) => compareNama(a.pemda.nama, b.pemda.nama));
});

/** Rows in the order of their instansi's names, for tables a reader scans by name. */
export function byInstansiNama<R extends { kode: Kode }>(rows: readonly R[], instansi: ReadonlyMap<Kode, Instansi>): R[] {
  return [...rows].sort((a, b) => compareNama(instansi.get(a.kode)!.nama, instansi.get(b.kode)!.nama));
}
