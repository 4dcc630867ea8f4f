/**
 * Where an edition shows the OPD of a pemda, for links from elsewhere (an OPD's history row on its
 * instansi page, the newer-edition banner of an OPD page). A module of its own so that the browser
 * code importing paths.ts does not take the domain's views along.
 */
import type { Dataset, Edition } from '../domain/dataset.ts';
import type { Kode } from '../domain/kode.ts';
import type { Lang } from '../domain/text.ts';
import { hasOpdPage } from '../domain/views/opd-pages.ts';
import { paths, type UrlPath } from './paths.ts';

/**
 * The pemda's own OPD page when the edition's OPD chapter is split; else the OPD section of the
 * edition page (`#opd`), or the edition page itself when it has no OPD at all. For an OPD's row:
 * `opdOfPemdaPath(dataset, edition, opd.induk!, lang)`.
 */
export function opdOfPemdaPath(dataset: Dataset, edition: Edition, pemda: Kode, lang: Lang): UrlPath {
  if (hasOpdPage(dataset, edition, pemda)) return paths.opd(edition.tahun, pemda, lang);
  return (edition.datasets.opd === undefined ? paths.laporan(edition.tahun, lang) : `${paths.laporan(edition.tahun, lang)}#opd`) as UrlPath;
}
