/** `/robots.txt`: allows every crawler everything and names the sitemap index by its absolute URL. */
import type { APIRoute } from 'astro';
import { siteDataset } from '../astro/site-dataset.ts';
import { absoluteUrl, sitemapIndexPath } from '../site/discovery-paths.ts';
import { robotsTxt } from '../site/robots.ts';

export const GET: APIRoute = async () => {
  const { situs } = await siteDataset();
  return new Response(robotsTxt(absoluteUrl(sitemapIndexPath(), situs.url)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
