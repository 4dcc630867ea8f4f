/**
 * Where an edition shows an instansi's coverage: in a summary edition its part's page (`#cakupan`),
 * which lists its instansi and counts its pemda's OPD; else the coverage page, at the given section;
 * and where a pemda's OPD without data are named.
 */
import type { Dataset, Edition } from '../domain/dataset.ts';
import type { Instansi } from '../domain/instansi.ts';
import type { Kode } from '../domain/kode.ts';
import type { Lang } from '../domain/text.ts';
import { bagianIdOf } from '../domain/views/edition-bagian.ts';
import { hasOpdPage } from '../domain/views/opd-pages.ts';
import { paths, type UrlPath } from './paths.ts';

/** Where a pemda's OPD without data are named: its OPD page, or its own page when none of its OPD has data. */
export function missingOpdPathOf(dataset: Dataset, edition: Edition, pemda: Kode, lang: Lang): UrlPath {
  return hasOpdPage(dataset, edition, pemda) ? paths.opd(edition.tahun, pemda, lang) : paths.instansi(pemda, lang);
}

export function cakupanPathOf(dataset: Dataset, edition: Edition, instansi: Instansi, section: string, lang: Lang): UrlPath {
  const part = bagianIdOf(dataset, edition)(instansi);
  if (part !== undefined) return `${paths.bagian(edition.tahun, part, lang)}#cakupan` as UrlPath;
  return `${paths.cakupan(edition.tahun, lang)}#${section}` as UrlPath;
}
