/**
 * What an edition's coverage page shows (`/laporan/<tahun>/cakupan/`): one table of every instansi
 * and dataset, or, past a few dozen instansi or pemda with OPD, counts per part of the report and per
 * pemda, each part's and each pemda's page naming its own gaps. The non-existent are never missing.
 */
import { indexOf } from '../dataset-index.ts';
import type { Dataset, Edition } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import type { DatasetKind } from '../rules.ts';
import { cakupanByBagian, cakupanOf, opdCakupanByPemda, type Cakupan, type CakupanRow, type BagianCakupan, type PemdaCakupan } from './cakupan.ts';
import { isOpdSplit } from './opd-pages.ts';

export interface CakupanPage {
  cakupan: Cakupan;
  /** Whether it counts per part of a summary edition (src/domain/views/edition-bagian.ts) rather than listing every instansi. */
  byBagian: boolean;
  /** The parts that have a page, counted. */
  allBagian: BagianCakupan[];
  /** The instansi no part's page holds, listed: a region formed later, say. */
  elsewhere?: BagianCakupan;
  /** Whether the OPD are counted per pemda, in a table of their own when there are no parts. */
  split: boolean;
  /** The instansi and datasets of the one table of an edition without parts; OPD left out where counted per pemda. */
  rows: CakupanRow[];
  kinds: DatasetKind[];
  /** Per pemda, its OPD with and without a row: for a split OPD chapter in an edition without parts. */
  opdByPemda: { pemda: Instansi; cakupan: PemdaCakupan }[];
  /** The instansi not active that year, named; past the parts, their OPD only counted (by the thousand nationally). */
  inactive: Instansi[];
  inactiveOpd: number;
}

export function cakupanPageOf(dataset: Dataset, edition: Edition): CakupanPage {
  const cakupan = cakupanOf(dataset, edition.tahun)!;
  const allBagian = cakupanByBagian(dataset, edition);
  // Past five pemda with OPD rows (a national folder: ≈ 22 000 OPD), the OPD are counted per pemda.
  const split = isOpdSplit(dataset, edition);
  const perPemda = split || allBagian.length > 0;
  const elsewhere = allBagian.find((bagian) => bagian.id === undefined);
  const inactive = allBagian.length > 0 ? (elsewhere?.tidakAktif ?? []).filter((one) => one.jenis !== 'opd') : cakupan.tidakAktif;
  const byKode = indexOf(dataset).instansi;
  return {
    cakupan,
    byBagian: allBagian.length > 0,
    allBagian: allBagian.filter((bagian) => bagian.id !== undefined),
    ...(elsewhere === undefined ? {} : { elsewhere }),
    split,
    rows: perPemda ? cakupan.rows.filter((row) => row.instansi.jenis !== 'opd') : cakupan.rows,
    kinds: perPemda ? cakupan.kinds.filter((kind) => kind !== 'opd') : cakupan.kinds,
    opdByPemda: split && allBagian.length === 0 ? [...opdCakupanByPemda(dataset, edition.tahun).values()].map((line) => ({ pemda: byKode.get(line.pemda)!, cakupan: line })) : [],
    inactive,
    inactiveOpd: allBagian.length > 0 ? (elsewhere?.tidakAktif ?? []).length - inactive.length : 0,
  };
}
