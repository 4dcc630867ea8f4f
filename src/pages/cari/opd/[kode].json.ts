/**
 * `/cari/opd/<kode pemda>.json`: the OPD of one pemda, which the compare picker fetches once a query
 * names that pemda (src/domain/pick-match.ts, src/client/bandingkan-picker.ts). One language-neutral
 * file per pemda with OPD: ≈ 40 names, about a kilobyte gzipped.
 */
import type { APIRoute } from 'astro';
import { siteDataset } from '../../../astro/site-dataset.ts';
import { pemdaShortNames } from '../../../site/pemda-short-names.ts';
import { opdNames, type OpdName } from '../../../site/cari-records.ts';

export const getStaticPaths = async () => [...opdNames(await siteDataset(), pemdaShortNames)].map(([kode, opd]) => ({ params: { kode }, props: { opd } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { opd: OpdName[] }).opd), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
