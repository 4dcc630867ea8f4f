/**
 * `npm run verify -- <path or URL of a manifest.json> [--lang id|en]`: rebuild this checkout and
 * report, file by file, whether it matches. Exit 0 only when every file matches.
 */
import { langArg } from '../src/data/validate.ts';
import { readManifest, verifyAgainst } from '../src/data/verify.ts';

const args = process.argv.slice(2);
const source = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
if (source === undefined) {
  console.error('Pemakaian [usage]: npm run verify -- <manifest.json atau URL-nya [or its URL]>');
  process.exit(2);
}
const result = await verifyAgainst(process.cwd(), await readManifest(source), langArg(args));
(result.ok ? console.log : console.error)(result.lines.join('\n'));
process.exitCode = result.ok ? 0 : 1;
