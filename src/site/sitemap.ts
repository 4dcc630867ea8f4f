/**
 * The sitemap (sitemaps.org 0.9): one `<url>` per page and language, each naming the page in every
 * language with `xhtml:link hreflang` (Google's format for alternates), split into files of at most
 * 50 000 URLs that a sitemap index lists. Same pages in, same bytes out.
 */
import type { Lang } from '../domain/text.ts';
import { absoluteUrl } from './discovery-paths.ts';
import type { PageAt } from './indexable-pages.ts';
import { escapeXml } from './xml.ts';

/** The protocol's limit on URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  loc: string;
  /** The same page in each language (itself included), empty on a site in one language. */
  alternates: { lang: Lang; href: string }[];
}

/** The URLs of the pages, page by page, each page in the languages' order. */
export function sitemapUrls(pages: readonly PageAt[], languages: readonly Lang[], siteUrl: string): SitemapUrl[] {
  return pages.flatMap((at) => {
    const alternates = languages.length > 1 ? languages.map((lang) => ({ lang, href: absoluteUrl(at(lang), siteUrl) })) : [];
    return languages.map((lang) => ({ loc: absoluteUrl(at(lang), siteUrl), alternates }));
  });
}

/** The URLs split into consecutive files; at least one file, so the index never lists none. */
export function sitemapFiles(urls: readonly SitemapUrl[], limit: number = SITEMAP_LIMIT): SitemapUrl[][] {
  const files: SitemapUrl[][] = [];
  for (let start = 0; start < urls.length; start += limit) files.push(urls.slice(start, start + limit));
  return files.length === 0 ? [[]] : files;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const url = ({ loc, alternates }: SitemapUrl) =>
    `<url><loc>${escapeXml(loc)}</loc>${alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${escapeXml(a.href)}"/>`).join('')}</url>\n`;
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.map(url).join('')}</urlset>\n`;
}

/** `locs`: the absolute URLs of the sitemap files. */
export function sitemapIndexXml(locs: readonly string[]): string {
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`).join('')}</sitemapindex>\n`;
}
