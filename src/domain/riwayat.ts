/**
 * An instansi's history: for every edition and dataset, whether it was assessed (and the row), not
 * assessed, or did not exist that year — three different states, none of them a zero.
 */
import type { Dataset, RowsByKind } from './dataset.ts';
import { indexOf, rowOf } from './dataset-index.ts';
import { isActiveIn, type Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';
import { DATASET_KINDS, type DatasetKind } from './rules.ts';
import { shownDataset } from './visibility.ts';
import { changeOf, type Change } from './views/change.ts';

export type RiwayatEntry<R> =
  | { status: 'dinilai'; tahun: number; row: R; /** Change of nilai since the previous assessed year, or why there is none. */ change: Change }
  | { status: 'tidak-dinilai'; tahun: number }
  | { status: 'tidak-aktif'; tahun: number };

export type Riwayat = { [K in DatasetKind]: RiwayatEntry<RowsByKind[K]>[] };

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
export function riwayatOf(dataset: Dataset, kode: Kode): Riwayat {
  const instansi = indexOf(dataset).instansi.get(kode);
  if (instansi === undefined) throw new Error(`unknown instansi ${kode}`);
  const entriesFor = <K extends DatasetKind>(kind: K): RiwayatEntry<RowsByKind[K]>[] => {
    let previous: { tahun: number; nilai: number | undefined } | undefined;
    const entries: RiwayatEntry<RowsByKind[K]>[] = [];
    for (const edition of dataset.editions) {
      if (edition.datasets[kind] === undefined) continue;
      const tahun = edition.tahun;
      const row = rowOf(dataset, edition, kind, kode);
      if (row !== undefined) {
        entries.push({ status: 'dinilai', tahun, row, change: changeOf(kind, previous?.tahun, previous?.nilai, tahun, row.nilai) });
        previous = { tahun, nilai: row.nilai };
      } else {
        entries.push({ status: isActiveIn(instansi, tahun) ? 'tidak-dinilai' : 'tidak-aktif', tahun });
      }
    }
    return entries;
  };
  return Object.fromEntries(DATASET_KINDS.map((kind) => [kind, entriesFor(kind)])) as Riwayat;
}

export function lineageOf(dataset: Dataset, kode: Kode): Lineage {
  const index = indexOf(dataset);
  const instansi = index.instansi.get(kode);
  if (instansi === undefined) throw new Error(`unknown instansi ${kode}`);
  const pengganti = instansi.pengganti === undefined ? undefined : index.instansi.get(instansi.pengganti);
  return {
    instansi,
    pendahulu: [...(index.pendahulu.get(kode) ?? [])],
    ...(pengganti === undefined ? {} : { pengganti }),
    anak: [...(index.anak.get(kode) ?? [])],
  };
}

export interface Assessment {
  kind: DatasetKind;
  tahun: number;
  row: RowsByKind[DatasetKind];
}

const latest = new WeakMap<Dataset, ReadonlyMap<Kode, Assessment>>();

/**
 * The most recent assessment of an instansi in any dataset (SAKIP before kepatuhan before OPD within
 * a year), in the published editions only (shownDataset). Found for every instansi in one pass over
 * the rows, once per Dataset: every page listing children asks for many.
 */
export function latestAssessment(dataset: Dataset, kode: Kode): Assessment | undefined {
  let byKode = latest.get(dataset);
  if (byKode === undefined) {
    byKode = latestAssessments(dataset);
    latest.set(dataset, byKode);
  }
  return byKode.get(kode);
}

function latestAssessments(dataset: Dataset): Map<Kode, Assessment> {
  const byKode = new Map<Kode, Assessment>();
  for (const edition of [...shownDataset(dataset, undefined).editions].reverse()) {
    for (const kind of DATASET_KINDS) {
      for (const row of edition.datasets[kind] ?? []) {
        if (!byKode.has(row.kode)) byKode.set(row.kode, { kind, tahun: edition.tahun, row });
      }
    }
  }
  return byKode;
}
