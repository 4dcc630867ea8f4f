/**
 * `/cari/nama.json` (and `/en/cari/nama.json`): the search page's name list, every instansi but the
 * OPD, ranked in the browser before Pagefind answers (src/site/cari-records.ts, src/client/cari.ts).
 */
import type { APIRoute } from 'astro';
import { siteDataset } from '../../../astro/site-dataset.ts';
import type { Lang } from '../../../domain/text.ts';
import { langPaths } from '../../../astro/routes.ts';
import { pemdaShortNames } from '../../../site/pemda-short-names.ts';
import { nameRecords } from '../../../site/cari-records.ts';

export const getStaticPaths = () => langPaths();

export const GET: APIRoute = async ({ props }) => {
  const records = nameRecords(await siteDataset(), (props as { lang: Lang }).lang, pemdaShortNames);
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
