/** `npm run new-edition -- <tahun> [--from <tahun>]`: scaffold a draft edition in the data folder (DATA_DIR, default data/). */
import { environment } from '../src/environment.ts';
import { newEdition } from '../src/commands/new-edition.ts';

const args = process.argv.slice(2);
const fromFlag = args.indexOf('--from');
const from = fromFlag >= 0 ? (args[fromFlag + 1] ?? '') : undefined;
const tahun = args.find((arg, i) => !arg.startsWith('--') && (fromFlag < 0 || i !== fromFlag + 1));
const result = newEdition(environment().dataDir, { tahun: tahun ?? '', currentYear: new Date().getFullYear(), ...(from === undefined ? {} : { from }) });
(result.ok ? console.log : console.error)(result.lines.join('\n'));
process.exitCode = result.ok ? 0 : 1;
