/**
 * `npm run build [-- --outDir <dir>] [--lang id|en] [--no-pdf]`: validate the data folder, then build
 * the site, with the PDF of every published edition when Chromium is installed, into dist/ (or
 * --outDir), which stays untouched when anything fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/data/build.ts';
import { langArg } from '../src/data/validate.ts';
import { chromiumPath, MissingChromium } from '../src/pdf/chromium.ts';

const args = process.argv.slice(2);
const lang = langArg(args);
const outDirFlag = args.indexOf('--outDir');
const outDir = outDirFlag >= 0 ? args[outDirFlag + 1] : undefined;
// Validation runs as its own process, so that the validated data (hundreds of MB at national scale)
// is gone before Astro loads it again.
const validate = fileURLToPath(new URL('validate.ts', import.meta.url));
if (spawnSync(process.execPath, [validate, '--lang', lang], { stdio: ['ignore', 'inherit', 'inherit'] }).status !== 0) {
  console.error('Situs tidak dibangun; folder keluaran tidak diubah. [The site was not built; the output folder is unchanged.]');
  process.exit(1);
}
const pdf = !args.includes('--no-pdf');
const result = buildSite({ root: process.cwd(), pdf, ...(outDir === undefined ? {} : { outDir }) });
process.stdout.write(result.log);
if (!result.ok) {
  console.error('Pembangunan gagal; folder keluaran tidak diubah. [The build failed; the output folder is unchanged.]');
  process.exit(1);
}
if (pdf && result.manifest?.chromium === undefined) {
  console.warn(`${new MissingChromium(chromiumPath()).message}\nSitus dibangun tanpa PDF. [The site was built without PDFs.]`);
}
console.log(`Situs dibangun di ${outDir ?? 'dist'}/. [The site is built in ${outDir ?? 'dist'}/.]`);
