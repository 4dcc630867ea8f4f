/**
 * The rankings of a year as pages that stay small at national scale (issue 20): a page per provinsi
 * (`/peringkat/<tahun>/<kode provinsi>/`) holding the whole of its instansi, and the year's page. While
 * no peer group is longer than a page, the year's page holds every row; past that it is a summary:
 * each peer group of more than SUMMARY_ROWS rows by its top and its largest rises, linking to its full
 * ranking, paged (`/peringkat/<tahun>/<dataset>/<kelompok>/`, then `…/2/`).
 */
import { compareNama } from '../collation.ts';
import { perDataset } from '../dataset-index.ts';
import type { Dataset, Edition } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { isOpdSplit, pemdaOpdOf, type PemdaOpd } from './opd-pages.ts';
import { peringkatOf, type PeringkatGroup, type PeringkatRow, type Peringkat } from './peringkat.ts';

/**
 * The most rows a ranking table shows on one page, and the most pemda the year's table of OPD per pemda
 * lists: about 15 elements a row keep a page near 1 000 elements (the budget: 1 500 on a typical page).
 */
export const ROWS_PER_PAGE = 50;

/**
 * How many rows a summarised year's page shows of a peer group: its top, and as many of its largest
 * rises. Two datasets of four peer groups at 13 elements a row keep the page near 1 500 elements.
 */
export const TOP_ROWS = 5;

/** A peer group a summarised year's page shows whole: no longer than its top and rises would be. */
export const SUMMARY_ROWS = 2 * TOP_ROWS;

/** Whether a peer group is too long for one page: the year's page is then a summary. */
const isLong = (group: PeringkatGroup<DatasetKind>): boolean => group.rows.length > ROWS_PER_PAGE;

/** Whether a summarised year's page shows a peer group by its top and rises, linking to its pages. */
export const isSummarised = (group: PeringkatGroup<DatasetKind>): boolean => group.rows.length > SUMMARY_ROWS;

/** How many pages a peer group's full ranking takes. */
export const pageCountOf = (group: PeringkatGroup<DatasetKind>): number => Math.ceil(group.rows.length / ROWS_PER_PAGE);

/** The rows of page `halaman` (from 1) of a peer group's full ranking. */
export const rowsOfPage = <K extends DatasetKind>(group: PeringkatGroup<K>, halaman: number): PeringkatRow<K>[] =>
  group.rows.slice((halaman - 1) * ROWS_PER_PAGE, halaman * ROWS_PER_PAGE);

/**
 * The rows of a peer group whose nilai rose most since the comparable previous edition, largest first
 * (equal rises in rank order); only rises, so a group where nothing rose lists none.
 */
export function largestRises<K extends DatasetKind>(group: PeringkatGroup<K>, count: number): PeringkatRow<K>[] {
  const delta = (row: PeringkatRow<K>) => (row.scoreChange.kind === 'delta' ? row.scoreChange.delta : 0);
  return group.rows
    .filter((row) => delta(row) > 0)
    .map((row, index) => ({ row, index }))
    .sort((a, b) => delta(b.row) - delta(a.row) || a.index - b.index)
    .slice(0, count)
    .map(({ row }) => row);
}

/** Every row of a year's rankings, over all datasets. */
const allRows = (peringkat: Peringkat): PeringkatRow<DatasetKind>[] =>
  DATASET_KINDS.flatMap((kind) => (peringkat[kind]?.groups ?? []).flatMap((group) => group.rows as PeringkatRow<DatasetKind>[]));

/**
 * The provinsi with at least one row in a year's rankings (so with a page of their own), in name order;
 * remembered per Dataset and year (every provinsi page lists the years it has a page in).
 */
export const provinsiRankedIn = perDataset((dataset: Dataset, tahun: number): Instansi[] => {
  const byKode = new Map<Kode, Instansi>();
  for (const row of allRows(peringkatOf(dataset, tahun))) if (row.provinsi !== undefined) byKode.set(row.provinsi.kode, row.provinsi);
  return [...byKode.values()].sort((a, b) => compareNama(a.nama, b.nama));
});

/**
 * A year's rankings narrowed to the instansi lying in one provinsi (itself, its kabupaten and kota,
 * their OPD); a peer group with none of them is left out. Ranks and changes stay those of the whole
 * peer group: a provinsi's page shows where its instansi stand among all of their kind.
 */
export function peringkatInProvinsi(peringkat: Peringkat, provinsi: Kode): Peringkat {
  const result: Peringkat = {};
  for (const kind of DATASET_KINDS) {
    const ofKind = peringkat[kind];
    if (ofKind === undefined) continue;
    const groups = (ofKind.groups as PeringkatGroup<DatasetKind>[])
      .map((group) => ({ group: group.group, rows: group.rows.filter((row) => row.provinsi?.kode === provinsi) }))
      .filter((group) => group.rows.length > 0);
    if (groups.length > 0) (result as Record<DatasetKind, unknown>)[kind] = { ...ofKind, groups };
  }
  return result;
}

/** The ranking pages of the provinsi: one per edition and provinsi with at least one row in it. */
export function provinsiPeringkatPages(dataset: Dataset): { edition: Edition; provinsi: Instansi }[] {
  return dataset.editions.flatMap((edition) => provinsiRankedIn(dataset, edition.tahun).map((provinsi) => ({ edition, provinsi })));
}

/**
 * The datasets whose rankings the year's page shows as tables: all of them, but the OPD when the
 * edition's OPD chapter is split (their rankings are then on each pemda's OPD page).
 */
export const tabledKinds = (dataset: Dataset, edition: Edition): DatasetKind[] =>
  DATASET_KINDS.filter((kind) => peringkatOf(dataset, edition.tahun)[kind] !== undefined && !(kind === 'opd' && isOpdSplit(dataset, edition)));

/**
 * Whether the year's page shows every row of its tables (no peer group is longer than a page), so that
 * its filters see them all; else it is a summary. Remembered per Dataset and edition.
 */
export const isYearPageWhole = perDataset((dataset: Dataset, edition: Edition): boolean =>
  tabledKinds(dataset, edition).every((kind) => !(peringkatOf(dataset, edition.tahun)[kind]!.groups as PeringkatGroup<DatasetKind>[]).some(isLong)),
);

/**
 * The lines of a split OPD chapter's table of pemda that a rankings page lists: on a provinsi's page its
 * pemda; on the year's page every pemda while they fit a page, else only those in no provinsi (the
 * others are on their provinsi's page).
 */
export function pemdaOpdLines(dataset: Dataset, edition: Edition, provinsi?: Kode): PemdaOpd[] {
  const lines = pemdaOpdOf(dataset, edition);
  if (provinsi !== undefined) return lines.filter((line) => line.provinsi?.kode === provinsi);
  return lines.length > ROWS_PER_PAGE ? lines.filter((line) => line.provinsi === undefined) : lines;
}

/** The pages of the peer groups a summarised year's page shows in part: one per edition, dataset shown as tables, group and page. */
export function kelompokPeringkatPages(dataset: Dataset): { edition: Edition; kind: DatasetKind; group: PeringkatGroup<DatasetKind>; halaman: number }[] {
  return dataset.editions.flatMap((edition) => {
    if (isYearPageWhole(dataset, edition)) return [];
    const peringkat = peringkatOf(dataset, edition.tahun);
    return tabledKinds(dataset, edition).flatMap((kind) =>
      ((peringkat[kind]?.groups ?? []) as PeringkatGroup<DatasetKind>[])
        .filter(isSummarised)
        .flatMap((group) => Array.from({ length: pageCountOf(group) }, (_, index) => ({ edition, kind, group, halaman: index + 1 }))),
    );
  });
}
