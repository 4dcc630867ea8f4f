/**
 * Lookups over a Dataset built once and kept while the Dataset lives: a site build renders tens of
 * thousands of instansi pages from one Dataset, and scanning every edition's rows (or every instansi)
 * on each page made the build quadratic in the size of the data folder.
 */
import { compareNama } from './collation.ts';
import type { Dataset, Edition, Koreksi, RowsByKind } from './dataset.ts';
import type { Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';
import { DATASET_KINDS, type DatasetKind } from './rules.ts';

export interface DatasetIndex {
  instansi: ReadonlyMap<Kode, Instansi>;
  /** Each edition's rows of each dataset by kode. */
  rows: ReadonlyMap<Edition, { [K in DatasetKind]?: ReadonlyMap<Kode, RowsByKind[K]> }>;
  /** Instansi by the kode of their induk, by nama. */
  anak: ReadonlyMap<Kode, readonly Instansi[]>;
  /** Instansi by the kode of their pengganti, in the Dataset's order. */
  pendahulu: ReadonlyMap<Kode, readonly Instansi[]>;
  /** The corrections of each instansi, in the order of koreksi.csv. */
  koreksi: ReadonlyMap<Kode, readonly Koreksi[]>;
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
  const groupBy = <T>(items: readonly T[], key: (item: T) => Kode | undefined): Map<Kode, T[]> => {
    const groups = new Map<Kode, T[]>();
    for (const item of items) {
      const k = key(item);
      if (k === undefined) continue;
      const group = groups.get(k);
      if (group === undefined) groups.set(k, [item]);
      else group.push(item);
    }
    return groups;
  };
  const anak = groupBy(dataset.instansi, (i) => i.induk);
  for (const group of anak.values()) group.sort((a, b) => compareNama(a.nama, b.nama));
  const rows = new Map(
    dataset.editions.map((edition) => [
      edition,
      Object.fromEntries(DATASET_KINDS.flatMap((kind) => (edition.datasets[kind] === undefined ? [] : [[kind, new Map(edition.datasets[kind].map((row) => [row.kode, row]))]]))),
    ]),
  );
  return {
    instansi: new Map(dataset.instansi.map((i) => [i.kode, i])),
    rows,
    anak,
    pendahulu: groupBy(dataset.instansi, (i) => i.pengganti),
    koreksi: groupBy(dataset.koreksi, (k) => k.kode),
  };
}

/** An edition's row of a dataset for a kode, if it has one. */
export function rowOf<K extends DatasetKind>(dataset: Dataset, edition: Edition, kind: K, kode: Kode): RowsByKind[K] | undefined {
  return (indexOf(dataset).rows.get(edition)?.[kind] as ReadonlyMap<Kode, RowsByKind[K]> | undefined)?.get(kode);
}

/**
 * `compute` remembered per Dataset and key, for views that several pages of a build ask for (the
 * rankings of a year: the rankings page, the report and its print version, in each language).
 * Callers must not change what it returns.
 */
export function perDataset<Key, Value>(compute: (dataset: Dataset, key: Key) => Value): (dataset: Dataset, key: Key) => Value {
  const remembered = new WeakMap<Dataset, Map<Key, Value>>();
  return (dataset, key) => {
    let byKey = remembered.get(dataset);
    if (byKey === undefined) {
      byKey = new Map();
      remembered.set(dataset, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute(dataset, key));
    return byKey.get(key)!;
  };
}
