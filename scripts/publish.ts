/**
 * `npm run publish -- <tahun> [--date YYYY-MM-DD] [--lang id|en]`: validate, then mark the edition
 * published and lock its files in edisi.json. Prints the git tag to create.
 */
import { dataDir } from '../src/data/data-dir.ts';
import { publishEdition, todayInJakarta } from '../src/data/publish.ts';
import { langArg } from '../src/data/validate.ts';
import { isIsoDate } from '../src/domain/schema/fields.ts';

const args = process.argv.slice(2);
const dateFlag = args.indexOf('--date');
const date = dateFlag >= 0 ? args[dateFlag + 1] : undefined;
const tahun = args.find((a, i) => /^\d{4}$/.test(a) && args[i - 1] !== '--date');
if (tahun === undefined || (dateFlag >= 0 && (date === undefined || !isIsoDate(date)))) {
  console.error('Pemakaian [usage]: npm run publish -- <tahun> [--date TTTT-BB-HH]   (misalnya [e.g.] npm run publish -- 2024 --date 2025-04-28)');
  process.exit(2);
}
const result = publishEdition(dataDir(), { tahun: Number(tahun), today: todayInJakarta(), lang: langArg(args), ...(date === undefined ? {} : { date }) });
(result.ok ? console.log : console.error)(result.lines.join('\n'));
process.exitCode = result.ok ? 0 : 1;
