/**
 * An instansi's history: for every edition and dataset, whether it was assessed (and the row), not
 * assessed, or did not exist that year — three different states, none of them a zero.
 */
import type { Dataset, RowsByKind } from './dataset.ts';
import { isActiveIn, type Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';
import { comparable, DATASET_KINDS, type DatasetKind } from './rules.ts';

export type HistoryEntry<R> =
  | { status: 'dinilai'; tahun: number; row: R; /** Same rule regime as the previous assessed year. */ comparableWithPrevious: boolean }
  | { status: 'tidak-dinilai'; tahun: number }
  | { status: 'tidak-aktif'; tahun: number };

export type History = { [K in DatasetKind]: HistoryEntry<RowsByKind[K]>[] };

export interface Lineage {
  instansi: Instansi;
  /** Instansi merged or split into this one (their `pengganti` is this kode). */
  pendahulu: Instansi[];
  /** The successor after a merger or split, if any. */
  pengganti?: Instansi;
  /** Children (an OPD's pemda lists its OPD; a provinsi its kabupaten/kota). */
  anak: Instansi[];
}

/** Entries only for editions that hold the dataset: an edition without sakip.csv says nothing about SAKIP. */
export function historyOf(dataset: Dataset, kode: Kode): History {
  const instansi = dataset.instansi.find((i) => i.kode === kode);
  if (instansi === undefined) throw new Error(`unknown instansi ${kode}`);
  const entriesFor = <K extends DatasetKind>(kind: K): HistoryEntry<RowsByKind[K]>[] => {
    let previous: number | undefined;
    const entries: HistoryEntry<RowsByKind[K]>[] = [];
    for (const edition of dataset.editions) {
      const rows = edition.datasets[kind] as RowsByKind[K][] | undefined;
      if (rows === undefined) continue;
      const tahun = edition.tahun;
      const row = rows.find((r) => r.kode === kode);
      if (row !== undefined) {
        entries.push({ status: 'dinilai', tahun, row, comparableWithPrevious: previous !== undefined && comparable(kind, previous, tahun) });
        previous = tahun;
      } else {
        entries.push({ status: isActiveIn(instansi, tahun) ? 'tidak-dinilai' : 'tidak-aktif', tahun });
      }
    }
    return entries;
  };
  return Object.fromEntries(DATASET_KINDS.map((kind) => [kind, entriesFor(kind)])) as History;
}

export function lineageOf(dataset: Dataset, kode: Kode): Lineage {
  const byKode = new Map(dataset.instansi.map((i) => [i.kode, i]));
  const instansi = byKode.get(kode);
  if (instansi === undefined) throw new Error(`unknown instansi ${kode}`);
  const pengganti = instansi.pengganti === undefined ? undefined : byKode.get(instansi.pengganti);
  return {
    instansi,
    pendahulu: dataset.instansi.filter((i) => i.pengganti === kode),
    ...(pengganti === undefined ? {} : { pengganti }),
    anak: dataset.instansi.filter((i) => i.induk === kode),
  };
}
