/**
 * What a year's rankings page and a provinsi's show (ranking-pages.ts decides their shape): the
 * rankings per dataset, the filters' choices (what the page's tables hold: no OPD rows where a split
 * OPD chapter ranks them on each pemda's page, nothing where long groups show only their top), and
 * the way on to the provinsi and to the pemda's OPD.
 */
import type { Dataset, Edition } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { isOpdSplit, pemdaOpdOf, type PemdaOpd } from './opd-pages.ts';
import { isYearPageWhole, pemdaOpdLines, provinsiRankedIn, rankingsInProvinsi } from './ranking-pages.ts';
import { filterChoicesOf, NO_FILTER_CHOICES, rankingsOf, type FilterChoices, type Rankings } from './rankings.ts';

export interface RankingPage {
  rankings: Rankings;
  /** The datasets ranked, in DATASET_KINDS order. */
  kinds: DatasetKind[];
  /** Whether the OPD are ranked on each pemda's OPD page instead (`opdLines` lists those pemda). */
  split: boolean;
  opdLines: PemdaOpd[];
  choices: FilterChoices;
}

/** The choices of the filters over what the tables hold: the OPD rows, when split, are not among them. */
function choicesOf(rankings: Rankings, split: boolean): FilterChoices {
  const { opd: _, ...withoutOpd } = rankings;
  return filterChoicesOf(split ? withoutOpd : rankings);
}

export interface YearRankingPage extends RankingPage {
  /** Whether every group shows in full; otherwise the long ones their top, without filters. */
  whole: boolean;
  /** The provinsi with a page of their own. */
  provinsi: Instansi[];
  /** Whether `opdLines` is some pemda only (those of no provinsi page), the others listed on their provinsi's page. */
  opdByProvinsi: boolean;
}

export function yearRankingPageOf(dataset: Dataset, edition: Edition): YearRankingPage {
  const rankings = rankingsOf(dataset, edition.tahun);
  const split = rankings.opd !== undefined && isOpdSplit(dataset, edition);
  const whole = isYearPageWhole(dataset, edition);
  const opdLines = split ? pemdaOpdLines(dataset, edition) : [];
  return {
    rankings,
    kinds: DATASET_KINDS.filter((kind) => rankings[kind] !== undefined),
    split,
    opdLines,
    choices: whole ? choicesOf(rankings, split) : NO_FILTER_CHOICES,
    whole,
    provinsi: provinsiRankedIn(dataset, edition.tahun),
    opdByProvinsi: split && opdLines.length < pemdaOpdOf(dataset, edition).length,
  };
}

export interface ProvinsiRankingPage extends RankingPage {
  /** The editions ranking the provinsi, each with its own page. */
  years: Edition[];
}

export function provinsiRankingPageOf(dataset: Dataset, edition: Edition, provinsi: Instansi): ProvinsiRankingPage {
  const rankings = rankingsInProvinsi(rankingsOf(dataset, edition.tahun), provinsi.kode);
  const split = rankings.opd !== undefined && isOpdSplit(dataset, edition);
  return {
    rankings,
    kinds: DATASET_KINDS.filter((kind) => rankings[kind] !== undefined),
    split,
    opdLines: split ? pemdaOpdLines(dataset, edition, provinsi.kode) : [],
    choices: choicesOf(rankings, split),
    years: dataset.editions.filter((e) => provinsiRankedIn(dataset, e.tahun).some((p) => p.kode === provinsi.kode)),
  };
}
