/**
 * What a year's rankings page and a provinsi's show (peringkat-pages.ts decides their shape): the
 * rankings per dataset, the filters' choices (what the page's tables hold: no OPD rows where a split
 * OPD chapter ranks them on each pemda's page, nothing where long groups show only their top), and
 * the way on to the provinsi and to the pemda's OPD.
 */
import type { Dataset, Edition } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { isOpdSplit, pemdaOpdOf, type PemdaOpd } from './opd-pages.ts';
import { isYearPageWhole, pemdaOpdLines, provinsiRankedIn, peringkatInProvinsi } from './peringkat-pages.ts';
import { filterChoicesOf, NO_FILTER_CHOICES, peringkatOf, type FilterChoices, type Peringkat } from './peringkat.ts';

export interface PeringkatPage {
  peringkat: Peringkat;
  /** The datasets ranked, in DATASET_KINDS order. */
  kinds: DatasetKind[];
  /** Whether the OPD are ranked on each pemda's OPD page instead (`opdLines` lists those pemda). */
  split: boolean;
  opdLines: PemdaOpd[];
  choices: FilterChoices;
}

/** The choices of the filters over what the tables hold: the OPD rows, when split, are not among them. */
function choicesOf(peringkat: Peringkat, split: boolean): FilterChoices {
  const { opd: _, ...withoutOpd } = peringkat;
  return filterChoicesOf(split ? withoutOpd : peringkat);
}

export interface YearPeringkatPage extends PeringkatPage {
  /** Whether every group shows in full; otherwise the long ones their top, without filters. */
  whole: boolean;
  /** The provinsi with a page of their own. */
  provinsi: Instansi[];
  /** Whether `opdLines` is some pemda only (those of no provinsi page), the others listed on their provinsi's page. */
  opdByProvinsi: boolean;
}

export function yearPeringkatPageOf(dataset: Dataset, edition: Edition): YearPeringkatPage {
  const peringkat = peringkatOf(dataset, edition.tahun);
  const split = peringkat.opd !== undefined && isOpdSplit(dataset, edition);
  const whole = isYearPageWhole(dataset, edition);
  const opdLines = split ? pemdaOpdLines(dataset, edition) : [];
  return {
    peringkat,
    kinds: DATASET_KINDS.filter((kind) => peringkat[kind] !== undefined),
    split,
    opdLines,
    choices: whole ? choicesOf(peringkat, split) : NO_FILTER_CHOICES,
    whole,
    provinsi: provinsiRankedIn(dataset, edition.tahun),
    opdByProvinsi: split && opdLines.length < pemdaOpdOf(dataset, edition).length,
  };
}

export interface ProvinsiPeringkatPage extends PeringkatPage {
  /** The editions ranking the provinsi, each with its own page. */
  years: Edition[];
}

export function provinsiPeringkatPageOf(dataset: Dataset, edition: Edition, provinsi: Instansi): ProvinsiPeringkatPage {
  const peringkat = peringkatInProvinsi(peringkatOf(dataset, edition.tahun), provinsi.kode);
  const split = peringkat.opd !== undefined && isOpdSplit(dataset, edition);
  return {
    peringkat,
    kinds: DATASET_KINDS.filter((kind) => peringkat[kind] !== undefined),
    split,
    opdLines: split ? pemdaOpdLines(dataset, edition, provinsi.kode) : [],
    choices: choicesOf(peringkat, split),
    years: dataset.editions.filter((e) => provinsiRankedIn(dataset, e.tahun).some((p) => p.kode === provinsi.kode)),
  };
}
