/** `npm run validate [-- --lang id|en]`: check the data folder (DATA_DIR, default data/) and report. */
import { dataDir } from '../src/data/data-dir.ts';
import { langArg, validateFolder } from '../src/data/validate.ts';

const report = validateFolder(dataDir(), langArg(process.argv.slice(2)));
(report.dataset ? console.log : console.error)(report.lines.join('\n'));
process.exitCode = report.dataset ? 0 : 1;
