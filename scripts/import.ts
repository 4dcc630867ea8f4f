/** `npm run import -- <workbook.xlsx> --tahun <tahun> [--yes] [--lang id|en]`: an Excel workbook into the data folder (DATA_DIR, default data/). */
import { resolve } from 'node:path';
import { flagValue, langArg } from '../src/commands/args.ts';
import { environment } from '../src/environment.ts';
import { importWorkbook } from '../src/commands/import.ts';

const args = process.argv.slice(2);
const flagValues = new Set(['--tahun', '--lang'].map((flag) => args.indexOf(flag) + 1).filter((i) => i > 0));
const file = args.find((arg, i) => !arg.startsWith('--') && !flagValues.has(i)) ?? '';
// npm runs scripts in the project folder; the workbook's path is as typed where the command was.
const result = importWorkbook(environment().dataDir, {
  file: file === '' ? '' : resolve(environment().callerFolder, file),
  tahun: flagValue(args, '--tahun') ?? '',
  write: args.includes('--yes'),
  lang: langArg(args),
  currentYear: new Date().getFullYear(),
});
(result.ok ? console.log : console.error)(result.lines.join('\n'));
process.exitCode = result.ok ? 0 : 1;
