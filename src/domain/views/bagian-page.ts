/**
 * The page of one part of an edition in summary mode (edition-bagian.ts): the edition with the part's
 * rows only, the datasets it has rows of, its coverage, the corrections of its rows, and the newer
 * edition an older one's banner leads to.
 */
import type { Dataset, Edition, Koreksi } from '../dataset.ts';
import { cakupanByBagian, cakupanOf, type BagianCakupan } from './cakupan.ts';
import { bagianOf, bagianEdition, SUMMARY_KINDS, type Bagian } from './edition-bagian.ts';
import { newerEdition } from './editions.ts';
import type { DatasetKind } from '../rules.ts';

export interface BagianPage {
  /** The edition with the part's rows only. */
  shown: Edition;
  /** The summary's datasets the part has rows of. */
  kinds: (typeof SUMMARY_KINDS)[number][];
  /** Its instansi and their pemda's OPD with and without data; none when the edition has no coverage by part. */
  cakupan?: BagianCakupan;
  /** The datasets its coverage table shows: the edition's, but OPD, counted per pemda. */
  cakupanKinds: DatasetKind[];
  /** The corrections of its SAKIP and kepatuhan rows in this edition, in the order of koreksi.csv. */
  koreksi: Koreksi[];
  /** The newer edition an older one's banner leads to, and whether it has this part too. */
  newer?: { edition: Edition; hasBagian: boolean };
}

export function bagianPageOf(dataset: Dataset, edition: Edition, bagian: Bagian): BagianPage {
  const kinds = SUMMARY_KINDS.filter((kind) => bagian.rows[kind].length > 0);
  const kode = new Set(kinds.flatMap((kind) => bagian.rows[kind].map((row) => row.kode)));
  const cakupan = cakupanByBagian(dataset, edition).find((one) => one.id === bagian.id);
  const newer = newerEdition(dataset, edition.tahun);
  return {
    shown: bagianEdition(edition, bagian),
    kinds,
    ...(cakupan === undefined ? {} : { cakupan }),
    cakupanKinds: cakupanOf(dataset, edition.tahun)!.kinds.filter((kind) => kind !== 'opd'),
    koreksi: dataset.koreksi.filter((k) => k.tahun === edition.tahun && k.dataset !== 'opd' && k.kode !== undefined && kode.has(k.kode)),
    ...(newer === undefined ? {} : { newer: { edition: newer, hasBagian: bagianOf(dataset, newer).some((p) => p.id === bagian.id) } }),
  };
}

/** The edition as the page cites it: under the page's title, with the part's rows only. */
export const bagianCited = (shown: Edition, judul: string): Edition => ({ ...shown, edisi: { ...shown.edisi, judul } });
