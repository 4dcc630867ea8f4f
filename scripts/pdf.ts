/**
 * `npm run pdf [-- --dist <dir>]`: print every published edition of the data folder (DATA_DIR) from
 * the built site in dist/ (or --dist) into its `unduh/` folder. `npm run build` prints them itself,
 * before the new site replaces dist/; run this alone to print again into an existing site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MANIFEST, rehashManifest } from '../src/build/manifest.ts';
import { chromiumVersion } from '../src/build/pdf/chromium.ts';
import { pdfLines, renderEditionPdfs } from '../src/build/pdf/pdf-step.ts';
import { reported } from '../src/build/reported.ts';
import { siteFolderArg } from '../src/commands/site-folder.ts';
import { validateFolder } from '../src/data/validate.ts';
import { environment } from '../src/environment.ts';

const site = siteFolderArg(process.argv.slice(2));
const { dataDir, chromiumPath } = environment();
const report = validateFolder(dataDir, 'both');
const { dataset } = report;
if (!dataset) {
  console.error(report.lines.join('\n'));
  console.error('PDF tidak dibuat. [No PDF was made.]');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const printed = await reported(async () => {
  const written = await renderEditionPdfs({ site, dataDir, dataset, rapor: version, chromiumPath });
  // Printed into a finished site: its manifest must list the new files.
  if (written.length > 0 && existsSync(resolve(site, MANIFEST))) rehashManifest(site, { chromium: chromiumVersion(chromiumPath) });
  return pdfLines(written).join('\n');
});
process.exitCode = printed ? 0 : 1;
