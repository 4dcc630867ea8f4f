/**
 * Lookups over a Dataset built once and kept while the Dataset lives: a site build renders tens of
 * thousands of instansi pages from one Dataset, and scanning every edition's rows (or every instansi)
 * on each page made the build quadratic in the size of the data folder.
 */
import type { Dataset, Edition, RowsByKind } from './dataset.ts';
import type { Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';
import { DATASET_KINDS, type DatasetKind } from './rules.ts';

export interface DatasetIndex {
  instansi: ReadonlyMap<Kode, Instansi>;
  /** Each edition's rows of each dataset by kode. */
  rows: ReadonlyMap<Edition, { [K in DatasetKind]?: ReadonlyMap<Kode, RowsByKind[K]> }>;
  /** Instansi by the kode of their induk, in the order of instansi.csv. */
  anak: ReadonlyMap<Kode, readonly Instansi[]>;
  /** Instansi by the kode of their pengganti, in the order of instansi.csv. */
  pendahulu: ReadonlyMap<Kode, readonly Instansi[]>;
}

const built = new WeakMap<Dataset, DatasetIndex>();

export function indexOf(dataset: Dataset): DatasetIndex {
  let index = built.get(dataset);
  if (index === undefined) {
    index = build(dataset);
    built.set(dataset, index);
  }
  return index;
}

function build(dataset: Dataset): DatasetIndex {
  const groupBy = (key: (i: Instansi) => Kode | undefined): Map<Kode, Instansi[]> => {
    const groups = new Map<Kode, Instansi[]>();
    for (const i of dataset.instansi) {
      const k = key(i);
      if (k === undefined) continue;
      const group = groups.get(k) ?? [];
      group.push(i);
      groups.set(k, group);
    }
    return groups;
  };
  const rows = new Map(
    dataset.editions.map((edition) => [
      edition,
      Object.fromEntries(DATASET_KINDS.flatMap((kind) => (edition.datasets[kind] === undefined ? [] : [[kind, new Map(edition.datasets[kind].map((row) => [row.kode, row]))]]))),
    ]),
  );
  return {
    instansi: new Map(dataset.instansi.map((i) => [i.kode, i])),
    rows,
    anak: groupBy((i) => i.induk),
    pendahulu: groupBy((i) => i.pengganti),
  };
}

/** An edition's row of a dataset for a kode, if it has one. */
export function rowOf<K extends DatasetKind>(dataset: Dataset, edition: Edition, kind: K, kode: Kode): RowsByKind[K] | undefined {
  return (indexOf(dataset).rows.get(edition)?.[kind] as ReadonlyMap<Kode, RowsByKind[K]> | undefined)?.get(kode);
}
