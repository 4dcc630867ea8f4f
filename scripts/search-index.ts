/**
 * `node scripts/search-index.ts [--dist <dir>]`: the build's search step. Writes the site search index
 * (Pagefind) of a site just built by Astro in dist/ (or --dist) into its `pagefind/` folder, from the
 * search records the build left in it (removed once indexed). `npm run build` runs it on the new site
 * before it replaces dist/; a finished site has no records left and is refused.
 */
import { writeSearchIndex } from '../src/build/search-index.ts';
import { requireSite, siteFolderArg } from '../src/commands/site-folder.ts';
import { stopOnSignals } from '../src/build/process/process-run.ts';

// Pagefind's processes run in groups of their own: stopped with this one, or when its build is gone.
stopOnSignals();
const site = siteFolderArg(process.argv.slice(2));
requireSite(site);
try {
  const pages = await writeSearchIndex(site);
  console.log(`Indeks pencarian: ${pages} halaman. [Search index: ${pages} pages.]`);
} catch (error) {
  console.error(`Indeks pencarian gagal [The search index failed]: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
