/**
 * What a component needs to offer a download from the page it is on: file names that say where a
 * file came from, the same on every build: `instansi-99.71-riwayat-sakip.png`.
 */

const slug = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/[-.]{2,}/g, (run) => (run.includes('-') ? '-' : '.'))
    .replace(/^[-.]+|[-.]+$/g, '');

/** The page's part of a name, from its path (`beranda` for the home page); a page asks once per table and chart, so the last one is kept. */
let lastPage = { pathname: '/', part: 'beranda' };
const pagePart = (pathname: string): string => {
  if (lastPage.pathname !== pathname) lastPage = { pathname, part: slug(pathname.replaceAll('/', ' ')) || 'beranda' };
  return lastPage.part;
};

/** `<page>-<label>`: the label (a caption, a title) as a slug, shortened. */
const baseName = (pathname: string, label: string): string => [pagePart(pathname), slug(label)].filter((part) => part !== '').join('-').slice(0, 100).replace(/[-.]+$/, '');

const withSuffix = (name: string, extension: string, suffix?: string): string => `${suffix === undefined ? name : `${name}-${slug(suffix)}`}.${extension}`;

/** `<page>-<label>[-<suffix>].<extension>`: the suffix survives the shortening. */
export const unduhName = (pathname: string, label: string, extension: string, suffix?: string): string => withSuffix(baseName(pathname, label), extension, suffix);

/** A table's two files: all its rows, and the rows shown (`suffix`). */
export function unduhNames(pathname: string, label: string, extension: string, suffix: string): { all: string; shown: string } {
  const name = baseName(pathname, label);
  return { all: withSuffix(name, extension), shown: withSuffix(name, extension, suffix) };
}
