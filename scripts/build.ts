/**
 * `npm run build [-- --outDir <dir>] [--lang id|en]`: validate the data folder, then build the site
 * into dist/ (or --outDir), which stays untouched when anything fails.
 */
import { buildSite } from '../src/data/build.ts';
import { dataDir } from '../src/data/data-dir.ts';
import { langArg, validateFolder } from '../src/data/validate.ts';

const args = process.argv.slice(2);
const lang = langArg(args);
const outDirFlag = args.indexOf('--outDir');
const outDir = outDirFlag >= 0 ? args[outDirFlag + 1] : undefined;
const report = validateFolder(dataDir(), lang);
if (!report.dataset) {
  console.error(report.lines.join('\n'));
  console.error('Situs tidak dibangun; folder keluaran tidak diubah. [The site was not built; the output folder is unchanged.]');
  process.exit(1);
}
console.log(report.lines.join('\n'));
const result = buildSite({ root: process.cwd(), ...(outDir === undefined ? {} : { outDir }) });
process.stdout.write(result.log);
if (!result.ok) {
  console.error('Pembangunan gagal; folder keluaran tidak diubah. [The build failed; the output folder is unchanged.]');
  process.exit(1);
}
console.log(`Situs dibangun di ${outDir ?? 'dist'}/. [The site is built in ${outDir ?? 'dist'}/.]`);
