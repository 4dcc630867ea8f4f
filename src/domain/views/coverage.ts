/**
 * Which instansi have which datasets in an edition, so that gaps are visible. An instansi that did
 * not exist that year is not missing; a dataset that does not concern its jenis (SAKIP for an OPD)
 * does not apply.
 */
import { compareNama } from '../collation.ts';
import type { Dataset } from '../dataset.ts';
import { isActiveIn, type Instansi, type Jenis } from '../instansi.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';

export type CoverageCell = 'ada' | 'tidak-ada' | 'tidak-berlaku';

export interface CoverageRow {
  instansi: Instansi;
  cells: { [K in DatasetKind]?: CoverageCell };
}

export interface Coverage {
  tahun: number;
  /** The datasets this edition holds, in the usual order. */
  kinds: DatasetKind[];
  rows: CoverageRow[];
  /** Per dataset: how many expected instansi have a row and how many do not. */
  totals: { kind: DatasetKind; ada: number; tidakAda: number }[];
  /** Instansi that did not exist that year (listed, never counted as missing). */
  tidakAktif: Instansi[];
}

/** Which jenis a dataset is expected to cover. */
const EXPECTED: Record<DatasetKind, (jenis: Jenis) => boolean> = {
  sakip: (jenis) => jenis !== 'opd',
  kepatuhan: (jenis) => jenis !== 'opd',
  opd: (jenis) => jenis === 'opd',
};

export function coverageOf(dataset: Dataset, tahun: number): Coverage | undefined {
  const edition = dataset.editions.find((e) => e.tahun === tahun);
  if (edition === undefined) return undefined;
  const kinds = DATASET_KINDS.filter((kind) => edition.datasets[kind] !== undefined);
  const present = new Map(kinds.map((kind) => [kind, new Set(edition.datasets[kind]!.map((row) => row.kode))]));
  const byKode = (a: Instansi, b: Instansi) => compareNama(a.kode, b.kode);
  const active = dataset.instansi.filter((i) => isActiveIn(i, tahun)).sort(byKode);
  const rows = active.map((instansi) => ({
    instansi,
    cells: Object.fromEntries(
      kinds.map((kind) => [kind, present.get(kind)!.has(instansi.kode) ? 'ada' : EXPECTED[kind](instansi.jenis) ? 'tidak-ada' : 'tidak-berlaku']),
    ),
  }));
  const totals = kinds.map((kind) => ({
    kind,
    ada: rows.filter((r) => r.cells[kind] === 'ada').length,
    tidakAda: rows.filter((r) => r.cells[kind] === 'tidak-ada').length,
  }));
  return { tahun, kinds, rows, totals, tidakAktif: dataset.instansi.filter((i) => !isActiveIn(i, tahun)).sort(byKode) };
}
