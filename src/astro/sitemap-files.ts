/** The sitemap files of the site being built: its indexable pages, with the PDFs this build printed. */
import { pdfHref } from './pdf-link.ts';
import { indexablePages } from '../site/indexable-pages.ts';
import { sitemapFiles, sitemapUrls, type SitemapUrl } from '../site/sitemap.ts';
import { siteDataset } from './site-dataset.ts';

export async function siteSitemapFiles(): Promise<SitemapUrl[][]> {
  const dataset = await siteDataset();
  return sitemapFiles(sitemapUrls(indexablePages(dataset, pdfHref), dataset.situs.bahasa, dataset.situs.url));
}
