/** `npm run build`: validate the data folder, then build the site into dist/ (untouched on failure). */
import { buildSite } from '../src/data/build.ts';
import { dataDir } from '../src/data/data-dir.ts';
import { langArg, validateFolder } from '../src/data/validate.ts';

const lang = langArg(process.argv.slice(2));
const report = validateFolder(dataDir(), lang);
if (!report.dataset) {
  console.error(report.lines.join('\n'));
  console.error('Situs tidak dibangun; dist/ tidak diubah. [The site was not built; dist/ is unchanged.]');
  process.exit(1);
}
console.log(report.lines.join('\n'));
const result = buildSite({ root: process.cwd() });
process.stdout.write(result.log);
if (!result.ok) {
  console.error('Pembangunan gagal; dist/ tidak diubah. [The build failed; dist/ is unchanged.]');
  process.exit(1);
}
console.log('Situs dibangun di dist/. [The site is built in dist/.]');
