/**
 * The publisher's logo (`logo` in situs.json, a file of the data folder), copied into the site as
 * `/logo/<name>` so that the print version's cover can show it. Same bytes in, same bytes out.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { APIRoute } from 'astro';
import { outsideFinding } from '../../data/inside.ts';
import { siteDataset } from '../../astro/site-dataset.ts';
import { siteContext } from '../../astro/site-context.ts';

export async function getStaticPaths() {
  const { logo } = (await siteDataset()).situs;
  return logo ? [{ params: { file: basename(logo) }, props: { path: logo } }] : [];
}

/** The logo's type by its name, for `npm run dev`, which serves this response itself (the build writes only its bytes). */
const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };

export const GET: APIRoute = ({ props }) => {
  const { path } = props as { path: string };
  // Validation refused such a path already; the page never publishes a file from outside the data folder.
  const { dataDir } = siteContext();
  const outside = outsideFinding(dataDir, path);
  if (outside !== undefined) throw new Error(`Rapor: logo ${outside.message.en}`);
  const type = TYPES[extname(path).slice(1).toLowerCase()];
  return new Response(readFileSync(join(dataDir, path)), type === undefined ? {} : { headers: { 'Content-Type': type } });
};
