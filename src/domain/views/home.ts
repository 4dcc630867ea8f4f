/**
 * What the home page shows of the latest published edition: the site's own instansi's headline, the
 * grades that moved — listed, or in summary mode (edition-bagian.ts) counted, each dataset's
 * distribution standing in their place.
 */
import type { Dataset, Edition } from '../dataset.ts';
import type { Kode } from '../kode.ts';
import { DATASET_KINDS, kepatuhanRule, type DatasetKind, type Predikat, type Zona } from '../rules.ts';
import { predikatSebaran, zonaSebaran, type Count } from './sebaran.ts';
import { isEditionSummary, bagianMovesCount } from './edition-bagian.ts';
import { latestEdition } from './editions.ts';
import { isOpdSplit, ringkasanMoves } from './opd-pages.ts';
import { headlineOf, type GradeMove, type Headline } from './ringkasan.ts';

export type Sebaran = { kind: 'kepatuhan'; zona: Count<Zona>[] } | { kind: Exclude<DatasetKind, 'kepatuhan'>; predikat: Count<Predikat>[] };

export interface Latest {
  edition: Edition;
  headline?: Headline;
  /** In summary mode: the moves counted, the distributions shown. */
  summary: boolean;
  /** The grade moves listed; none in summary mode, no OPD moves where they are left to each pemda's OPD page. */
  moves: GradeMove[];
  /** In summary mode, how many grades moved. */
  movesCount: number;
  /** Whether the OPD chapter is split, its moves on each pemda's OPD page. */
  split: boolean;
  /** In summary mode, each dataset's distribution; none otherwise. */
  sebaran: Sebaran[];
}

/** The latest edition as the home page shows it; none before the first edition. */
export function homeLatest(dataset: Dataset): Latest | undefined {
  const edition = latestEdition(dataset);
  if (edition === undefined) return undefined;
  const summary = isEditionSummary(edition);
  const kode = dataset.situs.kode as Kode | undefined;
  const headline = kode ? headlineOf(dataset, edition.tahun, kode) : undefined;
  const sebaranOf = (kind: DatasetKind): Sebaran =>
    kind === 'kepatuhan'
      ? { kind, zona: zonaSebaran(edition.datasets.kepatuhan!, kepatuhanRule(edition.tahun)!) }
      : { kind, predikat: predikatSebaran(edition.datasets[kind]!) };
  return {
    edition,
    ...(headline === undefined ? {} : { headline }),
    summary,
    // At national scale the OPD moves are thousands: like the report's summary, the home page leaves them to each pemda's OPD page.
    moves: summary ? [] : ringkasanMoves(dataset, edition.tahun),
    movesCount: summary ? bagianMovesCount(dataset, edition) : 0,
    split: isOpdSplit(dataset, edition),
    sebaran: summary ? DATASET_KINDS.filter((kind) => edition.datasets[kind] !== undefined).map(sebaranOf) : [],
  };
}
