/**
 * Which instansi have which datasets in an edition, so that gaps are visible. An instansi that did
 * not exist that year is not missing; a dataset that does not concern its jenis (SAKIP for an OPD)
 * does not apply.
 */
import { compareNama } from '../collation.ts';
import { indexOf, perDataset } from '../dataset-index.ts';
import type { Dataset, Edition } from '../dataset.ts';
import { isActiveIn, type Instansi, type Jenis } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { bagianOf, bagianIdOf } from './edition-bagian.ts';

export type CakupanCell = 'ada' | 'tidak-ada' | 'tidak-berlaku';

export interface CakupanRow {
  instansi: Instansi;
  cells: { [K in DatasetKind]?: CakupanCell };
}

export interface Cakupan {
  tahun: number;
  /** The datasets this edition holds, in the usual order. */
  kinds: DatasetKind[];
  rows: CakupanRow[];
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

/** Remembered per Dataset and year: both languages' coverage pages and every OPD page of a split edition ask. */
export const cakupanOf = perDataset((dataset: Dataset, tahun: number): Cakupan | undefined => {
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
});

/** One pemda's OPD in an edition's coverage: how many have OPD rows, and which do not. */
export interface PemdaCakupan {
  pemda: Kode;
  ada: number;
  /** The OPD active that year without a row, in kode order. */
  tidakAda: Instansi[];
}

/**
 * An edition's OPD coverage per pemda (by `induk`), in kode order: the coverage page of a national
 * folder gives one line per pemda instead of one per OPD (≈ 22 000), and each pemda's OPD page names
 * its OPD without data. Remembered per Dataset and year.
 */
export const opdCakupanByPemda = perDataset((dataset: Dataset, tahun: number): ReadonlyMap<Kode, PemdaCakupan> => {
  const byPemda = new Map<Kode, PemdaCakupan>();
  for (const { instansi, cells } of cakupanOf(dataset, tahun)?.rows ?? []) {
    if (instansi.jenis !== 'opd' || instansi.induk === undefined || cells.opd === undefined) continue;
    let line = byPemda.get(instansi.induk);
    if (line === undefined) byPemda.set(instansi.induk, (line = { pemda: instansi.induk, ada: 0, tidakAda: [] }));
    if (cells.opd === 'ada') line.ada += 1;
    else line.tidakAda.push(instansi);
  }
  return new Map([...byPemda].sort(([a], [b]) => compareNama(a, b)));
});

/** An edition's coverage of the instansi one part's page holds (src/domain/views/edition-bagian.ts). */
export interface BagianCakupan {
  /** The part's id, or undefined for the instansi no part's page holds. */
  id: string | undefined;
  /** Its instansi but OPD, in kode order: their OPD are counted per pemda in `opd`. */
  rows: CakupanRow[];
  /** Its pemda's OPD coverage, by pemda. */
  opd: ReadonlyMap<Kode, PemdaCakupan>;
  totals: Cakupan['totals'];
  /** Its instansi (OPD of its pemda too) that did not exist that year. */
  tidakAktif: Instansi[];
}

/**
 * A summary edition's coverage per part, in the parts' order, then (when there are any) the instansi
 * no part's page holds: the coverage page of a national folder counts per part, and each part's page
 * lists its own. Empty for an edition that is not a summary. Remembered per Dataset and edition.
 */
export const cakupanByBagian = perDataset((dataset: Dataset, edition: Edition): BagianCakupan[] => {
  const cakupan = cakupanOf(dataset, edition.tahun)!;
  const allBagian = bagianOf(dataset, edition);
  if (allBagian.length === 0) return [];
  const idOf = bagianIdOf(dataset, edition);
  const byId = new Map<string | undefined, BagianCakupan>(allBagian.map((bagian) => [bagian.id, { id: bagian.id, rows: [], opd: new Map(), totals: [], tidakAktif: [] }]));
  const of = (one: Instansi): BagianCakupan => {
    const id = idOf(one);
    let bagian = byId.get(id);
    if (bagian === undefined) byId.set(id, (bagian = { id, rows: [], opd: new Map(), totals: [], tidakAktif: [] }));
    return bagian;
  };
  const instansi = indexOf(dataset).instansi;
  for (const row of cakupan.rows) if (row.instansi.jenis !== 'opd') of(row.instansi).rows.push(row);
  for (const [pemda, line] of opdCakupanByPemda(dataset, edition.tahun)) (of(instansi.get(pemda)!).opd as Map<Kode, PemdaCakupan>).set(pemda, line);
  for (const one of cakupan.tidakAktif) of(one).tidakAktif.push(one);
  for (const bagian of byId.values()) {
    const opd = [...bagian.opd.values()];
    bagian.totals = cakupan.kinds.map((kind) =>
      kind === 'opd'
        ? { kind, ada: opd.reduce((sum, line) => sum + line.ada, 0), tidakAda: opd.reduce((sum, line) => sum + line.tidakAda.length, 0) }
        : { kind, ada: bagian.rows.filter((row) => row.cells[kind] === 'ada').length, tidakAda: bagian.rows.filter((row) => row.cells[kind] === 'tidak-ada').length },
    );
  }
  return [...byId.values()];
});
