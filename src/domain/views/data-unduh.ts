/**
 * What `/data/` offers to download, with each file's size: the long files of every published edition
 * per dataset, each edition's own files, the registry and corrections, the data package. Paths are
 * under `/unduh/`; the sizes are the build's (src/build/unduh.ts), handed in.
 */
import type { Dataset } from '../dataset.ts';
import { editionFilePath, longFileName, type Extension } from '../unduh/names.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { publishedEditions } from './editions.ts';

export interface UnduhFile {
  /** Under `/unduh/`: `sakip.csv`, `2024/sakip-2024.csv`. */
  path: string;
  extension: Extension;
  bytes: number;
  /** The name a long file is saved under: its address stays, its name says the years it holds. */
  saveAs?: string;
}

export interface DataUnduh {
  /** Per dataset, its CSV and JSON over every published edition. */
  long: { kind: DatasetKind; files: UnduhFile[] }[];
  /** Newest first; every dataset in DATASET_KINDS order, with its CSV and JSON, none where the edition lacks it. */
  editions: { tahun: number; draft: boolean; datasets: { kind: DatasetKind; files: UnduhFile[] }[] }[];
  registry: { stem: 'instansi' | 'koreksi'; files: UnduhFile[] }[];
  /** The bytes of `datapackage.json`. */
  datapackage: number;
  /** The instansi whose own file the page names as an example: the site's, else the first; none in an empty registry. */
  example: string | undefined;
}

const EXTENSIONS = ['csv', 'json'] as const;

export function dataUnduh(dataset: Dataset, sizes: ReadonlyMap<string, number>): DataUnduh {
  const file = (path: string, extension: Extension, saveAs?: string): UnduhFile => ({ path, extension, bytes: sizes.get(path)!, ...(saveAs === undefined ? {} : { saveAs }) });
  const published = publishedEditions(dataset);
  return {
    long: DATASET_KINDS.map((kind) => {
      const years = published.flatMap((e) => (e.datasets[kind] === undefined ? [] : [e.tahun]));
      return { kind, files: EXTENSIONS.map((ext) => file(`${kind}.${ext}`, ext, longFileName(kind, years, ext))) };
    }),
    editions: dataset.editions.toReversed().map((edition) => ({
      tahun: edition.tahun,
      draft: edition.edisi.status === 'draf',
      datasets: DATASET_KINDS.map((kind) => ({ kind, files: edition.datasets[kind] === undefined ? [] : EXTENSIONS.map((ext) => file(editionFilePath(edition.tahun, kind, ext), ext)) })),
    })),
    registry: (['instansi', 'koreksi'] as const).map((stem) => ({ stem, files: EXTENSIONS.map((ext) => file(`${stem}.${ext}`, ext)) })),
    datapackage: sizes.get('datapackage.json')!,
    example: dataset.situs.kode ?? dataset.instansi[0]?.kode,
  };
}
