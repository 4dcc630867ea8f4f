/**
 * The site's search index: Pagefind over a freshly built site, written into it as `pagefind/`.
 * Only pages whose <main> carries `data-pagefind-body` are indexed (Site.astro's `searchable`: instansi
 * pages and published editions; never drafts, print pages or 404), one index per <html lang>.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const SEARCH_DIR = 'pagefind';

/** Pagefind's ready-made search UIs: unused (their inline styles break the CSP; src/client/search.ts is ours). */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

/** Indexes `site` and writes the index into it; throws on any error Pagefind reports. The number of pages indexed. */
export async function writeSearchIndex(site: string): Promise<number> {
  try {
    const created = await pagefind.createIndex();
    if (created.index === undefined) throw new Error(created.errors.join('\n'));
    const added = await created.index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await created.index.writeFiles({ outputPath: join(site, SEARCH_DIR) });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    const indexed = tidy(join(site, SEARCH_DIR));
    // Without any data-pagefind-body Pagefind indexes every page, and the home and 404 pages never
    // are searchable: all or none means the pages lost their marks.
    if (indexed === 0 || indexed === added.page_count) throw new Error('no page is marked searchable (data-pagefind-body)');
    return indexed;
  } finally {
    await pagefind.close();
  }
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
