/** `/sitemap-1.xml`, `/sitemap-2.xml`, …: the published pages in both languages, at most 50 000 URLs a file. */
import type { APIRoute } from 'astro';
import { siteSitemapFiles } from '../astro/sitemap-files.ts';
import { urlsetXml, type SitemapUrl } from '../site/sitemap.ts';

export async function getStaticPaths() {
  return (await siteSitemapFiles()).map((urls, i) => ({ params: { n: String(i + 1) }, props: { urls } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(urlsetXml((props as { urls: SitemapUrl[] }).urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
