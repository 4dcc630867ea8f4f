/**
 * Which editions a page may show and offer. An edition's pages are built while it is a draft, so that
 * editors can review them, but they are public only once the edition is published: a draft's figures
 * may still change, so they stay on the draft's own bannered pages (docs/data.md, "Drafts").
 */
import { perDataset } from './dataset-index.ts';
import type { Dataset, Edition } from './dataset.ts';

/** True for a published edition; the pages of a draft carry `noindex` and stay out of the sitemap and feeds. */
export const isIndexable = (edition: Pick<Edition, 'edisi'>): boolean => edition.edisi.status === 'terbit';

/**
 * The part of a Dataset a page may show: the published editions, plus `own` when the page belongs to
 * that draft edition (its report, its chapters). Every view across editions — instansi pages, their
 * tables, charts, changes, summaries and citation, latest grades, compare, search records, per-instansi
 * downloads, feeds — reads the Dataset through this, so a draft's value never appears where a reader
 * could take it for a published one. Remembered per Dataset and page edition: indexes stay shared.
 */
export const shownDataset = perDataset((dataset: Dataset, own: Edition | undefined): Dataset => {
  const editions = dataset.editions.filter((edition) => isIndexable(edition) || edition === own);
  return editions.length === dataset.editions.length ? dataset : { ...dataset, editions };
});
