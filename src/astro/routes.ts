/**
 * Static paths for pages that exist in every language of the site: Indonesian at the root (the rest
 * parameter left undefined), English under `/en/`. Languages come from situs.json's `bahasa`.
 */
import { siteDataset } from './site-dataset.ts';
import { inShard } from '../build/shard.ts';
import { siteContext } from './site-context.ts';
import type { Lang } from '../domain/text.ts';
import { bagianPages } from '../domain/views/edition-bagian.ts';
import { opdPages } from '../domain/views/opd-pages.ts';
import { kelompokPeringkatPages, provinsiPeringkatPages } from '../domain/views/peringkat-pages.ts';

export interface LangProps {
  lang: Lang;
}

export async function languages(): Promise<Lang[]> {
  return (await siteDataset()).situs.bahasa as Lang[];
}

/**
 * One path per language, each combined with every entry of `more` (params and props merged); in one
 * of several Astro processes, its share of them (src/build/shard.ts).
 */
export async function langPaths<P extends Record<string, string | undefined>, Q extends object>(
  more: { params: P; props: Q }[] = [{ params: {} as P, props: {} as Q }],
) {
  const paths = (await languages()).flatMap((lang) =>
    more.map(({ params, props }) => ({ params: { ...params, lang: lang === 'id' ? undefined : lang }, props: { ...props, lang } })),
  );
  return inShard(paths, siteContext().astro?.shard);
}

/** One path per edition and language, the edition as a prop: `/laporan/2024/`, `/en/peringkat/2024/`. */
export async function editionPaths() {
  const { editions } = await siteDataset();
  return langPaths(editions.map((edition) => ({ params: { tahun: String(edition.tahun) }, props: { edition } })));
}

/** One path per page of a split OPD chapter and language, the edition and pemda as props: `/laporan/2024/opd/16.74/`. */
export async function opdPaths() {
  const dataset = await siteDataset();
  return langPaths(opdPages(dataset).map(({ edition, pemda }) => ({ params: { tahun: String(edition.tahun), pemda: pemda.kode }, props: { edition, pemda } })));
}

/** One path per provinsi ranking page and language: `/peringkat/2024/16/`. */
export async function provinsiPeringkatPaths() {
  const dataset = await siteDataset();
  return langPaths(provinsiPeringkatPages(dataset).map(({ edition, provinsi }) => ({ params: { tahun: String(edition.tahun), provinsi: provinsi.kode }, props: { edition, provinsi } })));
}

/** One path per page of a long peer group's ranking and language: `/peringkat/2024/sakip/kabupaten/`, `…/2/`. */
export async function kelompokPeringkatPaths() {
  const dataset = await siteDataset();
  return langPaths(
    kelompokPeringkatPages(dataset).map(({ edition, kind, group, halaman }) => ({
      params: { tahun: String(edition.tahun), dataset: kind, kelompok: group.group.id, halaman: halaman === 1 ? undefined : String(halaman) },
      props: { edition, kind, group, halaman },
    })),
  );
}

/** One path per part of an edition in summary mode and language, the edition and part as props: `/laporan/2023/16/`, `/en/laporan/2023/kl/`. */
export async function bagianPaths() {
  const dataset = await siteDataset();
  return langPaths(bagianPages(dataset).map(({ edition, bagian }) => ({ params: { tahun: String(edition.tahun), bagian: bagian.id }, props: { edition, bagian } })));
}
