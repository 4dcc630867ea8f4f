/**
 * Which pages the site offers to search engines, its sitemap and its feeds. An edition's pages are
 * built while it is a draft, so that editors can review them, but they are public only once the
 * edition is published: a draft's figures may still change, and a search result must never quote them.
 */
import type { Edition } from './dataset.ts';

/** True for a published edition; the pages of a draft carry `noindex` and stay out of the sitemap and feeds. */
export const isIndexable = (edition: Pick<Edition, 'edisi'>): boolean => edition.edisi.status === 'terbit';
