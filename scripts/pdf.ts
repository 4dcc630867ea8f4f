/**
 * `npm run pdf [-- --dist <dir>]`: print every published edition of the data folder (DATA_DIR) from
 * the built site in dist/ (or --dist) into its `unduh/` folder. `npm run build` runs this step itself,
 * before the new site replaces dist/; run it alone to print again into an existing site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../src/data/data-dir.ts';
import { MANIFEST, rehashManifest } from '../src/build/manifest.ts';
import { siteFolderArg } from '../src/commands/site-folder.ts';
import { siteUrl } from '../src/data/site-url.ts';
import { validateFolder } from '../src/data/validate.ts';
import { chromiumVersion } from '../src/build/pdf/chromium.ts';
import { makePdfs } from '../src/build/pdf/make-pdfs.ts';

const site = siteFolderArg(process.argv.slice(2));
const report = validateFolder(dataDir(), 'both');
if (!report.dataset) {
  console.error(report.lines.join('\n'));
  console.error('PDF tidak dibuat. [No PDF was made.]');
  process.exit(1);
}
/** situs.json's url with the base path the site was built with. */
const siteAddress = (): string => {
  const { site: origin, base } = siteUrl();
  return new URL(base, origin).href;
};
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
try {
  const written = await makePdfs({ site, address: siteAddress(), dataset: report.dataset, producer: `Rapor ${version}` });
  if (written.length === 0) console.log('Belum ada edisi terbit, jadi tidak ada PDF yang dibuat. [No edition is published yet, so no PDF was made.]');
  for (const path of written) console.log(`PDF: ${path}`);
  // Printed into a finished site: its manifest must list the new files.
  if (written.length > 0 && existsSync(resolve(site, MANIFEST))) rehashManifest(site, { chromium: chromiumVersion() });
} catch (error) {
  // Known failures (no Chromium, no site) carry a message meant for editors; a stack trace would bury it.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
