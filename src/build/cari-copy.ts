/**
 * The copy of the site that Pagefind reads: the pages it may search, with each instansi page replaced
 * by a small document made from the instansi's search record (`cari-records/<lang>.json`, written by
 * the Astro build: src/site/cari-records.ts). Pagefind's cost is in parsing what it reads, and at
 * national scale the 46 000 instansi pages (tables, charts, citations, all of it ignored) took it
 * far longer than their documents (docs/performance.md, "How the build is kept fast"). The
 * documents lie where their pages do, so that Pagefind's result URLs are the pages'.
 *
 * The copy is scratch space, in memory where the system offers room for it (`/dev/shm`): on this
 * project's machines, creating many small files on disk is slow and its time swings from one minute
 * to the next, in memory it is neither (docs/performance.md, "The machine"). Each copy is named by
 * its process: one left by a killed build is removed by a later one once ten minutes old
 * (src/build/process/process-folder.ts).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { escapeHtml } from '../shared/markup.ts';
import { isKode } from '../domain/kode.ts';
import { LANGS, type Lang } from '../domain/text.ts';
import { langPrefix } from '../i18n/paths.ts';
import { processFolder } from './process/process-folder.ts';
import { CARI_META, type CariRecord } from '../site/cari-records.ts';

/** Where the Astro build writes the records (src/pages/cari-records/). */
export const CARI_RECORDS_DIR = 'cari-records';

const SHARED_MEMORY = '/dev/shm';
const COPY_PREFIX = 'rapor-search-';
/** What a document takes in memory at most: a page for its bytes, its folder and their inodes. */
const DOCUMENT_BYTES = 8 * 1024;

/** The language of a page, from its path relative to the site. */
const langOfPath = (page: string): Lang => LANGS.find((lang) => lang !== 'id' && page.startsWith(langPrefix(lang))) ?? 'id';

/** A record as Pagefind reads it: the name as title and content, each metadata value in an attribute of its own (so that commas in names cannot split them). */
export function cariDocHtml({ nama, meta }: CariRecord, lang: Lang): string {
  const keys = CARI_META.filter((key) => meta[key] !== undefined);
  const attributes = keys.map((key) => ` data-cari-${key}="${escapeHtml(meta[key]!)}"`).join('');
  const name = escapeHtml(nama);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><div data-pagefind-meta="${keys.map((key) => `${key}[data-cari-${key}]`).join(', ')}"${attributes}></div></main></body></html>\n`;
}

/** A language's records; undefined when the build wrote none. */
export function recordsOf(site: string, lang: Lang): CariRecord[] | undefined {
  try {
    return JSON.parse(readFileSync(join(site, CARI_RECORDS_DIR, `${lang}.json`), 'utf8')) as CariRecord[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** In memory when it has twice the room the copy needs (a container's /dev/shm is often 64 MB), else the system's temporary folder; copies of ended processes, ten minutes old, removed. */
function scratchFolder(bytes: number): string {
  let root = tmpdir();
  try {
    const { bavail, bsize } = statfsSync(SHARED_MEMORY);
    if (bavail * bsize > 2 * bytes) root = SHARED_MEMORY;
  } catch {
    // No /dev/shm (macOS, Windows): the temporary folder.
  }
  return processFolder(root, COPY_PREFIX);
}

export interface CariCopy {
  dir: string;
  /** How many instansi documents it holds, per language. */
  documents: Partial<Record<Lang, number>>;
  /** The languages it holds pages or documents of, in LANGS' order. */
  langs: Lang[];
}

/**
 * Writes the copy: `pages` (paths relative to the site, with `/`) copied as they are, and for each
 * language its instansi documents at `[<lang>/]instansi/<kode>/index.html`. Nothing is left of it when
 * writing fails.
 */
export function writeCariCopy(site: string, pages: readonly string[], langs: readonly Lang[]): CariCopy {
  const records = langs.map((lang) => ({ lang, records: recordsOf(site, lang) ?? [] }));
  const bytes = records.reduce((sum, { records: some }) => sum + some.length * DOCUMENT_BYTES, 0) + pages.reduce((sum, page) => sum + statSync(join(site, page)).size, 0);
  const dir = scratchFolder(bytes);
  try {
    for (const page of pages) {
      mkdirSync(dirname(join(dir, page)), { recursive: true });
      copyFileSync(join(site, page), join(dir, page));
    }
    for (const { lang, records: some } of records) {
      for (const record of some) {
        // A kode names the document's folder: never one outside the copy.
        if (!isKode(record.kode)) throw new Error(`a search record of ${lang} has no valid kode: ${JSON.stringify(record.kode)}`);
        const folder = join(dir, langPrefix(lang), 'instansi', record.kode);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'index.html'), cariDocHtml(record, lang));
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const documents = Object.fromEntries(records.map(({ lang, records: some }) => [lang, some.length]));
  return { dir, documents, langs: records.filter(({ lang, records: some }) => some.length > 0 || pages.some((page) => langOfPath(page) === lang)).map(({ lang }) => lang) };
}
