/**
 * `npm run validate [-- --lang id|en]`: check the data folder (DATA_DIR, default data/) and report.
 * `--fix-format` shows how every CSV file would look in canonical form (same content); `--yes` writes it, then validates.
 */
import { describePlan, planFixFormat, writeFixes } from '../src/commands/fix-format.ts';
import { langArg } from '../src/commands/args.ts';
import { validateFolder } from '../src/data/validate.ts';
import { environment } from '../src/environment.ts';

const args = process.argv.slice(2);
const lang = langArg(args);
const { dataDir } = environment();
const write = args.includes('--yes');
if (args.includes('--fix-format')) {
  const plan = planFixFormat(dataDir);
  if (write) writeFixes(dataDir, plan);
  console.log(describePlan(plan, write, lang).join('\n'));
}
if (!args.includes('--fix-format') || write) {
  const report = validateFolder(dataDir, lang);
  (report.dataset ? console.log : console.error)(report.lines.join('\n'));
  process.exitCode = report.dataset ? 0 : 1;
}
