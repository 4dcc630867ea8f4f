/**
 * What an edition's page shows besides its chapters: its datasets, whether it is a summary
 * (edition-bagian.ts) with the coverage's totals, and the corrections of the edition.
 */
import type { Dataset, Edition, Koreksi } from '../dataset.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { cakupanOf, type Cakupan } from './cakupan.ts';
import { isEditionSummary } from './edition-bagian.ts';

export interface EditionPage {
  /** The datasets it holds, in DATASET_KINDS order. */
  kinds: DatasetKind[];
  /** Whether it is a summary: moves counted, a table of contents, the coverage's totals, full tables on the parts' pages. */
  summary: boolean;
  /** A summary's coverage totals per dataset; none otherwise (the coverage page has them). */
  totals?: Cakupan['totals'];
  /** Every correction of the edition's rows or chapters, in the order of koreksi.csv. */
  koreksi: Koreksi[];
}

export function editionPageOf(dataset: Dataset, edition: Edition): EditionPage {
  const summary = isEditionSummary(edition);
  return {
    kinds: DATASET_KINDS.filter((kind) => edition.datasets[kind] !== undefined),
    summary,
    ...(summary ? { totals: cakupanOf(dataset, edition.tahun)!.totals } : {}),
    koreksi: dataset.koreksi.filter((k) => k.tahun === edition.tahun),
  };
}
