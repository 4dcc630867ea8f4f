/** `/sitemap-index.xml`: the sitemap files, named by robots.txt. */
import type { APIRoute } from 'astro';
import { siteDataset } from '../astro/site-dataset.ts';
import { siteSitemapFiles } from '../astro/sitemap-files.ts';
import { absoluteUrl, sitemapPath } from '../site/discovery-paths.ts';
import { sitemapIndexXml } from '../site/sitemap.ts';

export const GET: APIRoute = async () => {
  const { situs } = await siteDataset();
  const files = await siteSitemapFiles();
  const xml = sitemapIndexXml(files.map((_, i) => absoluteUrl(sitemapPath(i + 1), situs.url)));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
