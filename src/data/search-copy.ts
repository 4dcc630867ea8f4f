/**
 * The copy of the site that Pagefind reads: the pages it may search, with each instansi page replaced
 * by a small document made from the instansi's search record (`search-records/<lang>.json`, written by
 * the Astro build: src/site/search-records.ts). Pagefind's cost is in parsing what it reads, and at
 * national scale the 46 000 instansi pages (tables, charts, citations, all of it ignored) took it
 * about twice as long as their documents (docs/performance.md). The documents lie where their pages
 * do, so that Pagefind's result URLs are the pages'.
 *
 * The copy is scratch space, in memory where the system offers it (`/dev/shm`): on this project's
 * machines, creating 46 000 small files on disk took from 1 to 20 s from one minute to the next, in
 * memory 1 s.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { escapeHtml } from '../components/markup.ts';
import { LANGS, type Lang } from '../domain/text.ts';
import { SEARCH_META, type SearchRecord } from '../site/search-records.ts';

/** Where the Astro build writes the records (src/pages/search-records/). */
export const SEARCH_RECORDS_DIR = 'search-records';

const SHARED_MEMORY = '/dev/shm';

/** Where a language's pages lie in the site: Indonesian at the root, the others under `<lang>/`. */
export const prefixOf = (lang: Lang): string => (lang === 'id' ? '' : `${lang}/`);
/** The language of a page, from its path relative to the site. */
const langOfPath = (page: string): Lang => LANGS.find((lang) => lang !== 'id' && page.startsWith(prefixOf(lang))) ?? 'id';

/** A record as Pagefind reads it: the name as title and content, each metadata value in an attribute of its own (so that commas in names cannot split them). */
export function searchDocHtml({ nama, meta }: SearchRecord, lang: Lang): string {
  const keys = SEARCH_META.filter((key) => meta[key] !== undefined);
  const attributes = keys.map((key) => ` data-cari-${key}="${escapeHtml(meta[key]!)}"`).join('');
  const name = escapeHtml(nama);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><div data-pagefind-meta="${keys.map((key) => `${key}[data-cari-${key}]`).join(', ')}"${attributes}></div></main></body></html>\n`;
}

/** A language's records, if the build wrote any. */
function recordsOf(site: string, lang: Lang): SearchRecord[] {
  const file = join(site, SEARCH_RECORDS_DIR, `${lang}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[]) : [];
}

export interface SearchCopy {
  dir: string;
  /** How many instansi documents it holds. */
  documents: number;
  /** The languages it holds pages or documents of, in LANGS' order. */
  langs: Lang[];
}

/**
 * Writes the copy: `pages` (paths relative to the site, with `/`) copied as they are, and for each
 * language its instansi documents at `[<lang>/]instansi/<kode>/index.html`.
 */
export function writeSearchCopy(site: string, pages: readonly string[], langs: readonly Lang[]): SearchCopy {
  const dir = mkdtempSync(join(existsSync(SHARED_MEMORY) ? SHARED_MEMORY : tmpdir(), 'rapor-search-'));
  for (const page of pages) {
    mkdirSync(dirname(join(dir, page)), { recursive: true });
    copyFileSync(join(site, page), join(dir, page));
  }
  let documents = 0;
  const held = langs.filter((lang) => {
    const records = recordsOf(site, lang);
    for (const record of records) {
      const folder = join(dir, prefixOf(lang), 'instansi', record.kode);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), searchDocHtml(record, lang));
    }
    documents += records.length;
    return records.length > 0 || pages.some((page) => langOfPath(page) === lang);
  });
  return { dir, documents, langs: held };
}
