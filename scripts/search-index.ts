/**
 * `node scripts/search-index.ts [--dist <dir>]`: write the site search index (Pagefind) of the built
 * site in dist/ (or --dist) into its `pagefind/` folder. `npm run build` runs this step itself, before
 * the new site replaces dist/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MANIFEST, rehashManifest } from '../src/data/manifest.ts';
import { writeSearchIndex } from '../src/data/search-index.ts';
import { requireSite, siteFolderArg } from '../src/data/site-folder.ts';

const site = siteFolderArg(process.argv.slice(2));
requireSite(site);
try {
  const pages = await writeSearchIndex(site);
  // Written into a finished site: its manifest must list the new files.
  if (existsSync(resolve(site, MANIFEST))) rehashManifest(site);
  console.log(`Indeks pencarian: ${pages} halaman. [Search index: ${pages} pages.]`);
} catch (error) {
  console.error(`Indeks pencarian gagal [The search index failed]: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
