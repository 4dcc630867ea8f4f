/**
 * The site's search index: Pagefind over a freshly built site, written into it as `pagefind/`.
 * Only pages whose <main> carries `data-pagefind-body` are indexed (Site.astro's `searchable`: instansi
 * pages and published editions; never drafts, print pages or 404), one index per <html lang>.
 *
 * Pagefind's command, not its Node API: the API's `writeFiles` can answer before every file is on
 * disk (at national scale `pagefind-entry.json` was read back empty), while the command exits only
 * once the index is written.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../domain/text.ts';

export const SEARCH_DIR = 'pagefind';

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
const prefixes = LANGS.map((lang) => (lang === 'id' ? '' : `${lang}/`));
export const SEARCH_GLOB = `{${prefixes.flatMap((prefix) => [`${prefix}index.html`, ...SEARCHABLE_DIRS.map((dir) => `${prefix}${dir}/*/index.html`)]).join(',')}}`;
const candidate = new RegExp(`^(?:${prefixes.join('|')})(?:(?:${SEARCHABLE_DIRS.join('|')})/[^/]+/)?index\\.html$`);
/** Whether SEARCH_GLOB matches this file (a path relative to the site). */
export const isSearchCandidate = (file: string): boolean => candidate.test(file.split(sep).join('/'));

/** Indexes `site` and writes the index into it; throws on any error Pagefind reports. The number of pages indexed. */
export function writeSearchIndex(site: string): number {
  const run = spawnSync(process.execPath, [PAGEFIND, '--site', site, '--output-subdir', SEARCH_DIR, '--glob', SEARCH_GLOB, '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${run.stdout ?? ''}${run.stderr ?? ''}`.trim() || `pagefind exited with ${run.status ?? run.signal}`);
  const indexed = tidy(join(site, SEARCH_DIR));
  // Without any data-pagefind-body Pagefind indexes every page it reads, and the home page never is
  // searchable: all or none means the pages lost their marks.
  const candidates = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(isSearchCandidate).length;
  if (indexed === 0 || indexed === candidates) throw new Error('no page is marked searchable (data-pagefind-body)');
  return indexed;
}

/**
 * Two builds must be byte-identical, and Pagefind lists the languages of pagefind-entry.json in no
 * fixed order: sorted here. Returns the number of pages indexed over all languages.
 */
function tidy(dir: string): number {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1));
  entry.languages = Object.fromEntries(languages);
  writeFileSync(entryFile, JSON.stringify(entry));
  for (const file of readdirSync(dir)) if (UNUSED_UI.test(file)) rmSync(join(dir, file));
  return languages.reduce((sum, [, language]) => sum + language.page_count, 0);
}
