/**
 * Where the files for crawlers and feed readers live, and how a site path becomes the absolute URL
 * that canonical links, the sitemap and the feeds name: `url` in situs.json, whose path is the build's
 * base path (src/data/site-url.ts), so a path that already starts with the base resolves under it.
 */
import type { Lang } from '../domain/text.ts';
import { paths } from '../i18n/paths.ts';

/** `https://rapor.example.org/` + `/laporan/2024/` → `https://rapor.example.org/laporan/2024/`. */
export const absoluteUrl = (path: string, siteUrl: string): string => new URL(path, siteUrl).href;

/** The Atom feed of a language: `/feed.xml`, `/en/feed.xml`. */
export const feedPath = (lang: Lang): string => `${paths.home(lang)}feed.xml`;

/** The sitemap index, which robots.txt names; the sitemaps themselves are numbered from 1. */
export const sitemapIndexPath = (): string => `${paths.home('id')}sitemap-index.xml`;
export const sitemapPath = (n: number): string => `${paths.home('id')}sitemap-${n}.xml`;
