/** `/feed.xml` and `/en/feed.xml`: the Atom feed of published editions and corrections, per language. */
import type { APIRoute } from 'astro';
import { siteDataset } from '../../astro/site-dataset.ts';
import type { Lang } from '../../domain/text.ts';
import { langPaths } from '../../astro/routes.ts';
import { pdfHref } from '../../astro/pdf-link.ts';
import { atomXml } from '../../site/atom.ts';
import { feedOf } from '../../site/feed.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = async ({ props }) => {
  const xml = atomXml(feedOf(await siteDataset(), (props as { lang: Lang }).lang, pdfHref));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
