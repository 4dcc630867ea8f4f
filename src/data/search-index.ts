/**
 * The site's search index: Pagefind over a freshly built site, written into it as `pagefind/`.
 * Only pages whose <main> carries `data-pagefind-body` are indexed (Site.astro's `searchable`: instansi
 * pages and published editions; never drafts, print pages or 404), one index per <html lang>.
 *
 * One Pagefind process per language, at once: Pagefind's cost is per page (a fragment file each) and
 * one process keeps only ≈ 1,5 cores busy. Their indexes are separate files but for
 * `pagefind-entry.json`, which lists the languages; the outputs are merged into one folder, the same
 * bytes as one Pagefind run over every language.
 *
 * Pagefind's command, not its Node API: the API's `writeFiles` can answer before every file is on
 * disk (at national scale `pagefind-entry.json` was read back empty), while the command exits only
 * once the index is written.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../domain/text.ts';
import { mergeFolderInto } from './merge-folders.ts';
import { startProcess } from './process-run.ts';

export const SEARCH_DIR = 'pagefind';
const ENTRY = 'pagefind-entry.json';

/** Pagefind's ready-made search UIs: unused (their inline styles break the CSP; src/client/search.ts is ours). */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

/** The package's own launcher of its native binary (the one `npx pagefind` runs). */
const PAGEFIND = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * The kinds of page that can be searchable (`searchable` in Site.astro: instansi pages, edition pages
 * when published), per language: Pagefind reads only these files. It parses every file it is given,
 * and at national scale the others (print versions, rankings) are most of the site's HTML. The home
 * page is read too: never searchable, it shows whether the marks are there (see below).
 */
const SEARCHABLE_DIRS = ['instansi', 'laporan'];
const prefixOf = (lang: Lang): string => (lang === 'id' ? '' : `${lang}/`);
const searchGlob = (lang: Lang): string => `{${[`${prefixOf(lang)}index.html`, ...SEARCHABLE_DIRS.map((dir) => `${prefixOf(lang)}${dir}/*/index.html`)].join(',')}}`;
const candidate = new RegExp(`^(?:${LANGS.map(prefixOf).join('|')})(?:(?:${SEARCHABLE_DIRS.join('|')})/[^/]+/)?index\\.html$`);
/** Whether a search process reads this file (a path relative to the site). */
export const isSearchCandidate = (file: string): boolean => candidate.test(file.split(sep).join('/'));
/** The language whose search process reads this candidate file. */
const langOfCandidate = (file: string): Lang => LANGS.find((lang) => lang !== 'id' && file.startsWith(prefixOf(lang))) ?? 'id';

/** Every file of the site a search process reads, relative to it with `/`. */
const candidatesIn = (site: string): string[] => readdirSync(site, { recursive: true, encoding: 'utf8' }).map((file) => file.split(sep).join('/')).filter(isSearchCandidate);

interface Entry {
  languages: Record<string, { page_count: number }>;
}
const readEntry = (dir: string): Entry => JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as Entry;

/** Indexes `site` and writes the index into it; throws on any error Pagefind reports. The number of pages indexed. */
export async function writeSearchIndex(site: string): Promise<number> {
  // The languages the site has pages of (situs.json's `bahasa`), each into a folder of its own, the first into pagefind/.
  const candidates = candidatesIn(site);
  const langs = LANGS.filter((lang) => candidates.some((file) => langOfCandidate(file) === lang));
  const outputs = langs.map((lang, at) => (at === 0 ? SEARCH_DIR : `.${SEARCH_DIR}-${lang}`));
  const runs = await Promise.all(langs.map((lang, at) => startProcess(process.execPath, [PAGEFIND, '--site', site, '--output-subdir', outputs[at]!, '--glob', searchGlob(lang), '--quiet']).done));
  const failed = runs.find((run) => run.status !== 0);
  if (failed !== undefined) throw new Error(failed.output.trim() || `pagefind exited with ${failed.status}`);
  const dir = join(site, SEARCH_DIR);
  const entry = readEntry(dir);
  for (const output of outputs.slice(1)) {
    const other = join(site, output);
    Object.assign(entry.languages, readEntry(other).languages);
    rmSync(join(other, ENTRY));
    mergeFolderInto(dir, other);
    rmSync(other, { recursive: true });
  }
  const indexed = tidy(dir, entry);
  // Without any data-pagefind-body Pagefind indexes every page it reads, and the home page never is
  // searchable: all or none means the pages lost their marks.
  if (indexed === 0 || indexed === candidates.length) throw new Error('no page is marked searchable (data-pagefind-body)');
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
