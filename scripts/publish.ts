/**
 * `npm run publish -- <tahun> [--date YYYY-MM-DD] [--lang id|en] [--no-git]`: validate, then mark the
 * edition published, lock its files in edisi.json, and commit and tag everything its build reads in
 * the git repository that holds the data folder (with `--no-git`: lock only).
 */
import { environment } from '../src/environment.ts';
import { publishEdition, todayInJakarta } from '../src/commands/publish.ts';
import { langArg } from '../src/commands/args.ts';
import { isIsoDate } from '../src/domain/schema/fields.ts';

const args = process.argv.slice(2);
const dateFlag = args.indexOf('--date');
const date = dateFlag >= 0 ? args[dateFlag + 1] : undefined;
const tahun = args.find((a, i) => /^\d{4}$/.test(a) && args[i - 1] !== '--date');
if (tahun === undefined || (dateFlag >= 0 && (date === undefined || !isIsoDate(date)))) {
  console.error('Pemakaian [usage]: npm run publish -- <tahun> [--date TTTT-BB-HH] [--no-git]   (misalnya [e.g.] npm run publish -- 2024 --date 2025-04-28)');
  process.exit(2);
}
const result = publishEdition(environment().dataDir, {
  tahun: Number(tahun),
  today: todayInJakarta(),
  lang: langArg(args),
  commit: !args.includes('--no-git'),
  ...(date === undefined ? {} : { date }),
});
(result.ok ? console.log : console.error)(result.lines.join('\n'));
process.exitCode = result.ok ? 0 : 1;
