/**
 * The site's URLs, permanent because journalists link to them. Indonesian at the root, English under
 * `/en/`. A UrlPath is branded so that it cannot be mixed up with a kode or a file path.
 */
import { editionFilePath, type Extension } from '../domain/unduh/names.ts';
import type { Kode } from '../domain/kode.ts';
import type { DatasetKind } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';

export type UrlPath = string & { readonly __brand: 'UrlPath' };

const BASE: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
const BASE_DIR = BASE.endsWith('/') ? BASE : `${BASE}/`;

/** Where a language's pages lie under the site's base: Indonesian at the root, the others under `<lang>/`. */
export const langPrefix = (lang: Lang): string => (lang === 'id' ? '' : `${lang}/`);

/** The page at these segments in a language, with the site's base and a trailing slash. */
export function pathTo(lang: Lang, ...segments: (string | number)[]): UrlPath {
  // A plain loop: pages ask for a path per link (tens of thousands of pages, dozens of links each).
  let path = `${BASE_DIR}${langPrefix(lang)}`;
  for (const segment of segments) path += `${encodeURIComponent(segment)}/`;
  return path as UrlPath;
}

export const paths = {
  home: (lang: Lang) => pathTo(lang),
  laporan: (tahun: number, lang: Lang) => pathTo(lang, 'laporan', tahun),
  cakupan: (tahun: number, lang: Lang) => pathTo(lang, 'laporan', tahun, 'cakupan'),
  cetak: (tahun: number, lang: Lang) => pathTo(lang, 'laporan', tahun, 'cetak'),
  /** A provinsi (by its kode) or the K/L (`kl`; `kl-1`, `kl-2`, … past KL_PER_PAGE) of an edition in summary mode (src/domain/views/edition-bagian.ts). */
  bagian: (tahun: number, part: string, lang: Lang) => pathTo(lang, 'laporan', tahun, part),
  /** The OPD of one pemda in an edition whose OPD chapter is split (src/domain/views/opd-pages.ts; src/i18n/opd-path.ts says where else they are). */
  opd: (tahun: number, pemda: Kode, lang: Lang) => pathTo(lang, 'laporan', tahun, 'opd', pemda),
  instansi: (kode: Kode, lang: Lang) => pathTo(lang, 'instansi', kode),
  peringkat: (tahun: number, lang: Lang) => pathTo(lang, 'peringkat', tahun),
  /** The rankings of the instansi in one provinsi (src/domain/views/peringkat-pages.ts). */
  peringkatProvinsi: (tahun: number, provinsi: Kode, lang: Lang) => pathTo(lang, 'peringkat', tahun, provinsi),
  /** A page of a long peer group's full ranking: `/peringkat/2023/sakip/kabupaten/`, then `…/2/`. */
  peringkatKelompok: (tahun: number, kind: string, kelompok: string, halaman: number, lang: Lang) =>
    halaman === 1 ? pathTo(lang, 'peringkat', tahun, kind, kelompok) : pathTo(lang, 'peringkat', tahun, kind, kelompok, halaman),
  metodologi: (lang: Lang) => pathTo(lang, 'metodologi'),
  data: (lang: Lang) => pathTo(lang, 'data'),
  cari: (lang: Lang) => pathTo(lang, 'cari'),
  bandingkan: (lang: Lang) => pathTo(lang, 'bandingkan'),
};

/**
 * Files for download, the same in every language (data has no language): `/unduh/sakip.csv`,
 * `/unduh/2024/sakip-2024.json`, `/unduh/instansi/99.71.csv`, `/unduh/datapackage.json`.
 */
export function unduhPath(...segments: (string | number)[]): UrlPath {
  return `${BASE_DIR}${['unduh', ...segments.map((s) => encodeURIComponent(String(s)))].join('/')}` as UrlPath;
}

/** An edition's download of a dataset, whose name says its year: `/unduh/2024/sakip-2024.csv`. */
export const unduhEditionPath = (tahun: number, kind: DatasetKind, extension: Extension): UrlPath => unduhPath(...editionFilePath(tahun, kind, extension).split('/'));

/** The language of the page at a path: English under `/en/`, Indonesian anywhere else. */
export const langOfPath = (pathname: string): Lang => (pathname.startsWith(pathTo('en')) ? 'en' : 'id');

/** The same page in the other language: `/laporan/2024/` ↔ `/en/laporan/2024/`. */
export function inLanguage(path: string, lang: Lang): UrlPath {
  const rest = path.startsWith(BASE_DIR) ? path.slice(BASE_DIR.length) : path.replace(/^\//, '');
  const withoutEn = rest === 'en' || rest.startsWith('en/') ? rest.slice(3) : rest;
  return `${BASE_DIR}${langPrefix(lang)}${withoutEn}` as UrlPath;
}
