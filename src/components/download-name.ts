/**
 * What a component needs to offer a download from the page it is on: the page's language (from its
 * path: English lives under `/en/`) and file names that say where a file came from, the same on
 * every build: `instansi-99.71-riwayat-sakip.png`.
 */
import type { Lang } from '../domain/text.ts';
import { pathTo } from '../i18n/paths.ts';

const slug = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/[-.]{2,}/g, (run) => (run.includes('-') ? '-' : '.'))
    .replace(/^[-.]+|[-.]+$/g, '');

export const langOfPath = (pathname: string): Lang => (pathname.startsWith(pathTo('en')) ? 'en' : 'id');

/**
 * `<page>-<label>[-<suffix>].<extension>`: the page from its path (`beranda` for the home page), the
 * label (a caption, a title) as a slug, shortened, then the suffix, which survives the shortening.
 */
export function downloadName(pathname: string, label: string, extension: string, suffix?: string): string {
  const page = slug(pathname.replaceAll('/', ' ')) || 'beranda';
  const name = [page, slug(label)].filter((part) => part !== '').join('-').slice(0, 100).replace(/[-.]+$/, '');
  return `${suffix === undefined ? name : `${name}-${slug(suffix)}`}.${extension}`;
}
