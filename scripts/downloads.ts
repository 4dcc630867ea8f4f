/**
 * `npm run downloads [-- --dist <dir>]`: write the data downloads of the data folder (DATA_DIR) into
 * the built site in dist/ (or --dist), under `unduh/`. `npm run build` runs this step itself, before
 * the new site replaces dist/; run it alone to write them again into an existing site.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { environment } from '../src/environment.ts';
import { writeUnduh } from '../src/build/unduh.ts';
import { requireSite, siteFolderArg } from '../src/commands/site-folder.ts';
import { MANIFEST, rehashManifest } from '../src/build/manifest.ts';
import { validateFolder } from '../src/data/validate.ts';

const site = siteFolderArg(process.argv.slice(2));
requireSite(site);
const started = performance.now();
const report = validateFolder(environment().dataDir, 'both');
if (!report.dataset) {
  console.error(report.lines.join('\n'));
  console.error('Berkas unduhan tidak dibuat. [No download was written.]');
  process.exit(1);
}
const { count } = writeUnduh(report.dataset, site);
// Written into a finished site: its manifest must list the new files.
if (existsSync(resolve(site, MANIFEST))) rehashManifest(site);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Unduhan: ${count} berkas di ${site}/unduh (${seconds} s). [Downloads: ${count} files.]`);
