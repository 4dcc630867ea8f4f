/**
 * `/cari-records/<lang>.json`: what site search indexes of each instansi (src/site/cari-records.ts).
 * Read and removed by the build's search step (src/build/cari-index.ts): not part of the published site.
 */
import type { APIRoute } from 'astro';
import { siteDataset } from '../../astro/site-dataset.ts';
import { inShard } from '../../build/shard.ts';
import { siteContext } from '../../astro/site-context.ts';
import type { Lang } from '../../domain/text.ts';
import { languages } from '../../astro/routes.ts';
import { pemdaShortNames } from '../../site/pemda-short-names.ts';
import { cariRecords } from '../../site/cari-records.ts';

export async function getStaticPaths() {
  return inShard((await languages()).map((lang) => ({ params: { lang }, props: { lang } })), siteContext().astro?.shard);
}

export const GET: APIRoute = async ({ props }) => {
  const records = cariRecords(await siteDataset(), (props as { lang: Lang }).lang, pemdaShortNames);
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
