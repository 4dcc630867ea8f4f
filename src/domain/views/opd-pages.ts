/**
 * An edition's OPD chapter at national scale. A pemda's OPD are a chart and a table of its 20–50 OPD;
 * a report shows them inline while few pemda have OPD rows, and past that gives each pemda a page of
 * its own (`/laporan/<tahun>/opd/<pemda>/`), the report keeping one table of pemda that links there.
 */
import { indexOf, perDataset } from '../dataset-index.ts';
import type { Dataset, Edition, Koreksi, RowsByKind } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { predikatSebaran, type Count } from './sebaran.ts';
import { opdByPemda } from './editions.ts';
import { provinsiOf } from './peringkat.ts';
import { gradeMoves, type GradeMove } from './ringkasan.ts';
import type { DatasetKind, Predikat } from '../rules.ts';

/**
 * The most pemda whose OPD an edition page shows inline. Five sections of two charts and a table
 * keep a report light enough for a phone; the 552 pemda of a national folder made each report, its
 * print version and its rankings page megabytes (docs/performance.md, "How the build is kept fast").
 */
export const OPD_INLINE_PEMDA = 5;

/** Whether an edition's OPD chapter is split into a page per pemda: its OPD rows cover more than OPD_INLINE_PEMDA pemda. */
export const isOpdSplit = (dataset: Dataset, edition: Edition): boolean => opdByPemda(dataset, edition).length > OPD_INLINE_PEMDA;

/** One pemda's line in the table of pemda that stands for a split OPD chapter. */
export interface PemdaOpd {
  pemda: Instansi;
  /** The provinsi the pemda lies in (itself for a provinsi). */
  provinsi?: Instansi;
  rows: RowsByKind['opd'][];
  /** How many of its OPD got each predikat, in the scale's order, zeros included. */
  sebaran: Count<Predikat>[];
}

const byKode = (a: Instansi, b: Instansi): number => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0);

/**
 * Every pemda with OPD rows in an edition, in kode order: each provinsi, then its kabupaten and kota
 * (Kemendagri codes start with their provinsi's). Remembered per Dataset and edition (the report,
 * its print version and the rankings page, in each language).
 */
export const pemdaOpdOf = perDataset((dataset: Dataset, edition: Edition): PemdaOpd[] => {
  const instansi = indexOf(dataset).instansi;
  return opdByPemda(dataset, edition)
    .map(({ pemda, rows }) => {
      const provinsi = provinsiOf(pemda, instansi);
      return { pemda, ...(provinsi ? { provinsi } : {}), rows, sebaran: predikatSebaran(rows) };
    })
    .sort((a, b) => byKode(a.pemda, b.pemda));
});

/** The pages of split OPD chapters: one per edition whose chapter is split and pemda with OPD rows in it. */
export function opdPages(dataset: Dataset): { edition: Edition; pemda: Instansi }[] {
  return dataset.editions.filter((edition) => isOpdSplit(dataset, edition)).flatMap((edition) => pemdaOpdOf(dataset, edition).map(({ pemda }) => ({ edition, pemda })));
}

/** The pemda with an OPD page of their own in an edition (none while its chapter is not split); remembered per Dataset and edition. */
const pemdaWithPage = perDataset((dataset: Dataset, edition: Edition): ReadonlySet<Kode> =>
  new Set(isOpdSplit(dataset, edition) ? pemdaOpdOf(dataset, edition).map((entry) => entry.pemda.kode) : []),
);

/** Whether an edition has a page of its own for the OPD of this pemda. */
export const hasOpdPage = (dataset: Dataset, edition: Edition, pemda: Kode): boolean => pemdaWithPage(dataset, edition).has(pemda);

/** The corrections of a pemda's OPD rows in an edition, in the order of koreksi.csv. */
export function opdKoreksiOf(dataset: Dataset, edition: Edition, rows: readonly RowsByKind['opd'][]): Koreksi[] {
  const kode = new Set(rows.map((row) => row.kode));
  return dataset.koreksi.filter((k) => k.tahun === edition.tahun && k.dataset === 'opd' && k.kode !== undefined && kode.has(k.kode));
}

/**
 * The grade moves an edition's summary lists: every one, except OPD moves when its OPD chapter is
 * split (thousands at national scale: each pemda's OPD page lists its own, opdMovesOf).
 */
export function ringkasanMoves(dataset: Dataset, tahun: number): GradeMove[] {
  const edition = dataset.editions.find((e) => e.tahun === tahun);
  const moves = gradeMoves(dataset, tahun);
  return edition !== undefined && isOpdSplit(dataset, edition) ? moves.filter((move) => move.kind !== 'opd') : moves;
}

/** The OPD grade moves of an edition by pemda, in gradeMoves' order; remembered per Dataset and year. */
const opdMovesByPemda = perDataset((dataset: Dataset, tahun: number): ReadonlyMap<Kode, GradeMove[]> => {
  const byPemda = new Map<Kode, GradeMove[]>();
  for (const move of gradeMoves(dataset, tahun)) {
    if (move.kind !== 'opd') continue;
    const pemda = move.instansi.induk!;
    const moves = byPemda.get(pemda);
    if (moves === undefined) byPemda.set(pemda, [move]);
    else moves.push(move);
  }
  return byPemda;
});

/** The grades of a pemda's OPD that moved since the previous edition. */
export const opdMovesOf = (dataset: Dataset, tahun: number, pemda: Kode): GradeMove[] => opdMovesByPemda(dataset, tahun).get(pemda) ?? [];

/** A row citing a source, or, in a split OPD chapter, how many OPD of one pemda cite it. */
export type Citing = { dataset: DatasetKind; instansi: Instansi } | { dataset: 'opd'; pemda: Instansi; count: number };

/**
 * The rows citing a source as the print version's list of sources names them (sumberOf in
 * src/domain/bab.ts), in their order; when the edition's OPD chapter is split, a pemda's OPD as
 * one entry with their count, where its first OPD stood: the list would otherwise name every OPD of
 * the country.
 */
export function citingOf(dataset: Dataset, edition: Edition, rows: readonly { dataset: DatasetKind; kode: Kode }[]): Citing[] {
  const instansi = indexOf(dataset).instansi;
  if (!isOpdSplit(dataset, edition)) return rows.map((row) => ({ dataset: row.dataset, instansi: instansi.get(row.kode)! }));
  const citing: Citing[] = [];
  const pemdaEntry = new Map<Kode, { dataset: 'opd'; pemda: Instansi; count: number }>();
  for (const row of rows) {
    const one = instansi.get(row.kode)!;
    if (row.dataset !== 'opd') {
      citing.push({ dataset: row.dataset, instansi: one });
      continue;
    }
    const entry = pemdaEntry.get(one.induk!);
    if (entry !== undefined) entry.count += 1;
    else {
      const created = { dataset: 'opd' as const, pemda: instansi.get(one.induk!)!, count: 1 };
      pemdaEntry.set(one.induk!, created);
      citing.push(created);
    }
  }
  return citing;
}
