/**
 * Every page of the site a search engine should find, each as one address per language — the list
 * the sitemap is written from. It follows the pages' own routes (src/pages, through src/astro/routes.ts)
 * and their `noindex`: test/integration/discovery.test.ts checks the two against a built site.
 * Left out on purpose: the pages of a draft edition, its OPD and provinsi pages too (src/domain/visibility.ts),
 * print versions (a copy of the edition page made for the PDF), search results (`/cari/`) and the
 * 404 page.
 */
import type { Dataset, Edition } from '../domain/dataset.ts';
import type { Lang } from '../domain/text.ts';
import { bagianPages } from '../domain/views/edition-bagian.ts';
import { opdPages } from '../domain/views/opd-pages.ts';
import { kelompokPeringkatPages, provinsiPeringkatPages } from '../domain/views/peringkat-pages.ts';
import { isIndexable } from '../domain/visibility.ts';
import { paths } from '../i18n/paths.ts';

/** A page's path in each language. */
export type PageAt = (lang: Lang) => string;

/** `pdf`: the address of a published edition's PDF in a language, undefined when the build printed none. */
export function indexablePages(dataset: Dataset, pdf: (edition: Edition, lang: Lang) => string | undefined = () => undefined): PageAt[] {
  const published = dataset.editions.filter(isIndexable);
  return [
    paths.home,
    paths.metodologi,
    paths.data,
    paths.bandingkan,
    ...published.flatMap((edition) => [paths.laporan, paths.cakupan, paths.peringkat].map((at): PageAt => (lang) => at(edition.tahun, lang))),
    // A split OPD chapter's page per pemda (src/domain/views/opd-pages.ts), of published editions only.
    ...opdPages(dataset).filter(({ edition }) => isIndexable(edition)).map(({ edition, pemda }): PageAt => (lang) => paths.opd(edition.tahun, pemda.kode, lang)),
    // The rankings of each provinsi, and the pages of long peer groups (src/domain/views/peringkat-pages.ts).
    ...provinsiPeringkatPages(dataset).filter(({ edition }) => isIndexable(edition)).map(({ edition, provinsi }): PageAt => (lang) => paths.peringkatProvinsi(edition.tahun, provinsi.kode, lang)),
    ...kelompokPeringkatPages(dataset).filter(({ edition }) => isIndexable(edition)).map(({ edition, kind, group, halaman }): PageAt => (lang) => paths.peringkatKelompok(edition.tahun, kind, group.group.id, halaman, lang)),
    // The provinsi and K/L pages of an edition in summary mode (src/domain/views/edition-bagian.ts), of published editions only.
    ...bagianPages(dataset).filter(({ edition }) => isIndexable(edition)).map(({ edition, bagian }): PageAt => (lang) => paths.bagian(edition.tahun, bagian.id, lang)),
    ...published.flatMap((edition) => (pdf(edition, 'id') === undefined ? [] : [(lang: Lang) => pdf(edition, lang)!])),
    ...dataset.instansi.map((instansi): PageAt => (lang) => paths.instansi(instansi.kode, lang)),
  ];
}
