/**
 * The names of the download files that a reader saves: each says its dataset and year, since a saved
 * copy keeps the file's name and nothing of the page that linked to it. Imported by the pages' links
 * too, so it stays free of the export code.
 */
import type { DatasetKind } from '../rules.ts';

export type Extension = 'csv' | 'json';

/** An edition's file of a dataset: `2024/kepatuhan-2024.csv`, under `/unduh/`. */
export const editionFilePath = (tahun: number, kind: DatasetKind, extension: Extension): string => `${tahun}/${kind}-${tahun}.${extension}`;

/**
 * The address an edition's file had before its name said the year (`2024/kepatuhan.csv`): pages,
 * citations and other sites link to it, so it stays, with the same bytes; `/data/` lists the named file.
 */
export const formerEditionFilePath = (tahun: number, kind: DatasetKind, extension: Extension): string => `${tahun}/${kind}.${extension}`;

/**
 * The name a long file is saved under (the link's `download`): its address stays `kepatuhan.csv`, as
 * pages and other sites link to it, while its content grows with every edition: `kepatuhan-2019-2024.csv`.
 */
export function longFileName(kind: DatasetKind, years: readonly number[], extension: Extension): string {
  const span = years.length === 0 ? '' : years.length === 1 ? `-${years[0]}` : `-${Math.min(...years)}-${Math.max(...years)}`;
  return `${kind}${span}.${extension}`;
}
