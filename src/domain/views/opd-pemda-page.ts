/**
 * The page of one pemda's OPD in an edition whose OPD chapter is split (opd-pages.ts): their grades,
 * their ranking within the pemda, the grades that moved, the corrections of their rows, the OPD
 * without a row, and the edition as the page cites it.
 */
import type { Dataset, Edition, Koreksi, RowsByKind } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import type { Predikat } from '../rules.ts';
import { opdCakupanByPemda } from './cakupan.ts';
import type { Count } from './sebaran.ts';
import { newerEdition } from './editions.ts';
import { hasOpdPage, opdKoreksiOf, opdMovesOf, pemdaOpdOf } from './opd-pages.ts';
import { peringkatOf, type DatasetPeringkat, type PeringkatGroup } from './peringkat.ts';
import type { GradeMove } from './ringkasan.ts';

export interface OpdPemdaPage {
  rows: RowsByKind['opd'][];
  sebaran: Count<Predikat>[];
  /** The pemda's OPD in rank order, and the previous edition their rank changes are measured against. */
  peringkat: PeringkatGroup<'opd'>;
  previous: DatasetPeringkat<'opd'>['previous'];
  moves: GradeMove[];
  koreksi: Koreksi[];
  /** Its OPD active that year without a row in the edition: the coverage page counts them, this page names them. */
  missing: Instansi[];
  /** The newer edition an older one's banner leads to, and whether it shows this pemda's OPD on a page of their own. */
  newer?: { edition: Edition; ownPage: boolean };
}

/** For a pemda with OPD rows in an edition whose OPD chapter is split (opdPages). */
export function opdPemdaPageOf(dataset: Dataset, edition: Edition, pemda: Kode): OpdPemdaPage {
  const { rows, sebaran } = pemdaOpdOf(dataset, edition).find((line) => line.pemda.kode === pemda)!;
  const opdPeringkat = peringkatOf(dataset, edition.tahun).opd!;
  const newer = newerEdition(dataset, edition.tahun);
  return {
    rows,
    sebaran,
    peringkat: opdPeringkat.groups.find((g) => g.group.induk === pemda)!,
    previous: opdPeringkat.previous,
    moves: opdMovesOf(dataset, edition.tahun, pemda),
    koreksi: opdKoreksiOf(dataset, edition, rows),
    missing: opdCakupanByPemda(dataset, edition.tahun).get(pemda)?.tidakAda ?? [],
    ...(newer === undefined ? {} : { newer: { edition: newer, ownPage: hasOpdPage(dataset, newer, pemda) } }),
  };
}

/** The edition as the page cites it: under the page's title, with the pemda's OPD rows only, so that its sources are those of the figures shown. */
export const opdPemdaCited = (edition: Edition, rows: RowsByKind['opd'][], judul: string): Edition => ({ ...edition, edisi: { ...edition.edisi, judul }, datasets: { opd: rows } });
