/**
 * What an edition says at a glance: the publisher's own figures with their change since the last
 * comparable year, the distribution of its OPD, and every grade that moved since the previous edition.
 */
import { indexOf, perDataset } from '../dataset-index.ts';
import { compareNama } from '../collation.ts';
import type { Dataset, RowsByKind } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { comparable, PREDIKAT, ZONA, type DatasetKind, type Predikat } from '../rules.ts';
import { changeOf, type Change } from './change.ts';
import { countAtOrBelow, predikatSebaran, type Count } from './sebaran.ts';
import { previousEditionWith } from './peringkat.ts';

export interface Figure<K extends DatasetKind> {
  row: RowsByKind[K];
  /** The same instansi in the previous edition holding the dataset, if it was assessed there. */
  previous?: { tahun: number; row: RowsByKind[K] };
  /** Change of nilai against `previous`, or why there is none. */
  change: Change;
}

export interface Headline {
  instansi: Instansi;
  sakip?: Figure<'sakip'>;
  kepatuhan?: Figure<'kepatuhan'>;
  /** The instansi's own OPD that year. */
  opd?: { sebaran: Count<Predikat>[]; total: number; cOrBelow: number };
}

function figureOf<K extends DatasetKind>(dataset: Dataset, kind: K, tahun: number, kode: Kode): Figure<K> | undefined {
  const rows = dataset.editions.find((e) => e.tahun === tahun)?.datasets[kind] as RowsByKind[K][] | undefined;
  const row = rows?.find((r) => r.kode === kode);
  if (row === undefined) return undefined;
  const previousEdition = previousEditionWith(dataset, kind, tahun);
  const previousRow = (previousEdition?.datasets[kind] as RowsByKind[K][] | undefined)?.find((r) => r.kode === kode);
  const previous = previousEdition && previousRow ? { tahun: previousEdition.tahun, row: previousRow } : undefined;
  return { row, ...(previous ? { previous } : {}), change: changeOf(kind, previous?.tahun, previous?.row.nilai, tahun, row.nilai) };
}

/** The headline figures of an instansi (the publisher's own pemda, usually) in a year. */
export function headlineOf(dataset: Dataset, tahun: number, kode: Kode): Headline | undefined {
  const instansi = dataset.instansi.find((i) => i.kode === kode);
  if (instansi === undefined) return undefined;
  const children = new Set(dataset.instansi.filter((i) => i.induk === kode).map((i) => i.kode));
  const opdRows = dataset.editions.find((e) => e.tahun === tahun)?.datasets.opd?.filter((r) => children.has(r.kode)) ?? [];
  const sakip = figureOf(dataset, 'sakip', tahun, kode);
  const kepatuhan = figureOf(dataset, 'kepatuhan', tahun, kode);
  return {
    instansi,
    ...(sakip ? { sakip } : {}),
    ...(kepatuhan ? { kepatuhan } : {}),
    ...(opdRows.length > 0 ? { opd: { sebaran: predikatSebaran(opdRows), total: opdRows.length, cOrBelow: countAtOrBelow(opdRows, 'C') } } : {}),
  };
}

export interface GradeMove {
  kind: DatasetKind;
  instansi: Instansi;
  from: { tahun: number; grade: string };
  to: string;
  direction: 'naik' | 'turun';
  /** False when a different rule graded the two years: the move is shown as not comparable. */
  comparable: boolean;
}

/**
 * Grades (predikat, or zona for kepatuhan) that moved since the previous edition holding the dataset.
 * Remembered per Dataset and year (the home page, the report and its print version ask for them).
 */
export const gradeMoves = perDataset((dataset: Dataset, tahun: number): GradeMove[] => {
  const edition = dataset.editions.find((e) => e.tahun === tahun);
  const byKode = indexOf(dataset).instansi;
  const moves: GradeMove[] = [];
  for (const kind of ['sakip', 'kepatuhan', 'opd'] as const) {
    const previous = previousEditionWith(dataset, kind, tahun);
    const before = new Map((previous?.datasets[kind] ?? []).map((row) => [row.kode, row]));
    const scale: readonly string[] = kind === 'kepatuhan' ? ZONA : PREDIKAT;
    const gradeOf = (row: RowsByKind[DatasetKind]) => ('zona' in row ? row.zona : row.predikat);
    for (const row of edition?.datasets[kind] ?? []) {
      const earlier = before.get(row.kode);
      if (previous === undefined || earlier === undefined || gradeOf(earlier) === gradeOf(row)) continue;
      const up = scale.indexOf(gradeOf(row)) < scale.indexOf(gradeOf(earlier));
      moves.push({
        kind,
        instansi: byKode.get(row.kode)!,
        from: { tahun: previous.tahun, grade: gradeOf(earlier) },
        to: gradeOf(row),
        direction: up ? 'naik' : 'turun',
        comparable: comparable(kind, previous.tahun, tahun),
      });
    }
  }
  return moves.sort((a, b) => compareNama(a.instansi.nama, b.instansi.nama));
});
