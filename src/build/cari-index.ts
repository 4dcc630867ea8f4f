/**
 * The site's search index: Pagefind over a freshly built site, written into it as `pagefind/`.
 * Pagefind reads a copy of what may be searched (src/build/cari-copy.ts), one index per <html lang>:
 * - each instansi as a small document made from the record the Astro build wrote for it
 *   (src/site/cari-records.ts): every instansi, never a figure of a draft;
 * - the pages whose <main> carries `data-pagefind-body` (Site.astro's `searchable`: published
 *   editions; never drafts, print pages or 404).
 * The records are removed once indexed: they are not part of the published site.
 *
 * One Pagefind process per language, at once: one process alone leaves the cores partly idle. Their
 * indexes are separate files but for `pagefind-entry.json`, which lists the languages; the outputs
 * are merged into one folder, the same bytes as one Pagefind run over every language.
 *
 * Pagefind's command, not its Node API: the API's `writeFiles` can answer before every file is on
 * disk (at national scale `pagefind-entry.json` was read back empty), while the command exits only
 * once the index is written; and the API was slower for the same documents (docs/performance.md,
 * "How the build is kept fast").
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../domain/text.ts';
import { langPrefix } from '../i18n/paths.ts';
import { mergeFolderInto } from './merge-folders.ts';
import { CARI_RECORDS_DIR, writeCariCopy } from './cari-copy.ts';
import { orphanExit, startProcess } from './process/process-run.ts';

export const PAGEFIND_DIR = 'pagefind';
const ENTRY = 'pagefind-entry.json';

/** Pagefind's ready-made search UIs: unused (their inline styles break the CSP; src/client/cari.ts is ours). */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

/** The package's own launcher of its native binary (the one `npx pagefind` runs). */
const PAGEFIND = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * The kinds of page that can be searchable (`searchable` in Site.astro: edition pages when
 * published), per language: the search copy holds these pages and the instansi documents, nothing
 * else. The home page is copied too: never searchable, it shows whether the marks are there (see
 * below).
 */
const INDEXED_DIRS = ['laporan'];
/** What a language's Pagefind process reads of the copy: its pages and its instansi documents. */
const pagefindGlob = (lang: Lang): string => `{${[`${langPrefix(lang)}index.html`, ...[...INDEXED_DIRS, 'instansi'].map((dir) => `${langPrefix(lang)}${dir}/*/index.html`)].join(',')}}`;
const candidate = new RegExp(`^(?:${LANGS.map(langPrefix).join('|')})(?:(?:${INDEXED_DIRS.join('|')})/[^/]+/)?index\\.html$`);
/** Whether a page of the site goes into the search copy (a path relative to the site). */
export const isCariCandidate = (file: string): boolean => candidate.test(file.split(sep).join('/'));

/** The site's pages that go into the search copy, relative to it with `/`: only the folders that can hold them are read. */
function candidatesIn(site: string): string[] {
  const files = LANGS.flatMap((lang) => {
    const prefix = langPrefix(lang);
    const folders = INDEXED_DIRS.flatMap((dir) => (existsSync(join(site, prefix, dir)) ? readdirSync(join(site, prefix, dir)).map((name) => `${prefix}${dir}/${name}/index.html`) : []));
    return [`${prefix}index.html`, ...folders];
  });
  return files.filter((file) => isCariCandidate(file) && existsSync(join(site, file)));
}

interface Entry {
  languages: Record<string, { page_count: number }>;
}
const readEntry = (dir: string): Entry => JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as Entry;

/** Robots told not to index the page: a draft edition's, or any page of a preview. */
const NOINDEX = /<meta name="robots" content="noindex">/;

/**
 * The pages that carry the mark. An edition page that robots may index (a published edition's) must
 * carry it: without it, the edition would silently drop out of the search (marks lost in a change of
 * the layout), and the step fails instead.
 */
function markedOf(site: string, pages: readonly string[]): string[] {
  return pages.filter((page) => {
    const html = readFileSync(join(site, page), 'utf8');
    const marked = html.includes('data-pagefind-body');
    if (!marked && /(?:^|\/)laporan\//.test(page) && !NOINDEX.test(html)) throw new Error(`${page} is a published edition's page but not marked searchable (data-pagefind-body): the pages lost their marks`);
    return marked;
  });
}

/** Indexes `site` and writes the index into it; throws on any error Pagefind reports. The number of pages indexed. */
export async function writeCariIndex(site: string): Promise<number> {
  const pages = candidatesIn(site);
  const marked = markedOf(site, pages);
  // A site of this build has the records of every language it has instansi pages in; a finished site
  // has none left (they were indexed and removed).
  for (const lang of LANGS) {
    if (existsSync(join(site, langPrefix(lang), 'instansi')) && !existsSync(join(site, CARI_RECORDS_DIR, `${lang}.json`))) {
      throw new Error(`the site has no search records of its ${lang} pages (${CARI_RECORDS_DIR}/${lang}.json): build it with npm run build`);
    }
  }
  const copy = writeCariCopy(site, pages, LANGS);
  const expected = Object.values(copy.documents).reduce((sum, count) => sum + count, marked.length);
  let entry: Entry;
  const dir = join(site, PAGEFIND_DIR);
  try {
    // Pagefind would index every page it reads.
    if (expected === 0) throw new Error('no page is marked searchable (data-pagefind-body) and there is no search record');
    // Each language of the copy into a folder of its own, the first into pagefind/.
    const outputs = copy.langs.map((lang, at) => join(site, at === 0 ? PAGEFIND_DIR : `.${PAGEFIND_DIR}-${lang}`));
    const runs = await Promise.all(copy.langs.map((lang, at) => startProcess(process.execPath, [...orphanExit(), PAGEFIND, '--site', copy.dir, '--output-path', outputs[at]!, '--glob', pagefindGlob(lang), '--quiet']).done));
    const failed = runs.find((run) => run.status !== 0);
    if (failed !== undefined) throw new Error(failed.output.trim() || `pagefind exited with ${failed.status}`);
    entry = readEntry(dir);
    for (const other of outputs.slice(1)) {
      Object.assign(entry.languages, readEntry(other).languages);
      rmSync(join(other, ENTRY));
      mergeFolderInto(dir, other);
      rmSync(other, { recursive: true });
    }
  } finally {
    rmSync(copy.dir, { recursive: true, force: true });
  }
  rmSync(join(site, CARI_RECORDS_DIR), { recursive: true, force: true });
  const indexed = tidy(dir, entry);
  if (indexed !== expected) throw new Error(`Pagefind indexed ${indexed} pages, not the ${expected} instansi documents and marked pages`);
  return indexed;
}

/**
 * Two builds must be byte-identical, and Pagefind lists the languages of pagefind-entry.json in no
 * fixed order: written sorted. Returns the number of pages indexed over all languages.
 */
function tidy(dir: string, entry: Entry): number {
  const languages = Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1));
  entry.languages = Object.fromEntries(languages);
  writeFileSync(join(dir, ENTRY), JSON.stringify(entry));
  for (const file of readdirSync(dir)) if (UNUSED_UI.test(file)) rmSync(join(dir, file));
  return languages.reduce((sum, [, language]) => sum + language.page_count, 0);
}
