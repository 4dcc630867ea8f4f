/**
 * `npm run verify -- <site folder or URL | path or URL of a manifest.json> [--lang id|en]`: given the
 * site, check every file it serves against its own manifest; in both cases rebuild this checkout and
 * report, file by file, whether it matches. Exit 0 only when every file matches; 2 when the site or
 * manifest cannot be read.
 */
import { environment } from '../src/environment.ts';
import { langArg } from '../src/commands/args.ts';
import { isSite, readManifest, readServed, VerifyError } from '../src/commands/served.ts';
import { verifyAgainst } from '../src/commands/verify.ts';

const args = process.argv.slice(2);
const source = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
if (source === undefined) {
  console.error('Pemakaian [usage]: npm run verify -- <folder atau URL situs | manifest.json atau URL-nya> [<site folder or URL | manifest.json or its URL>]');
  process.exit(2);
}
try {
  const served = isSite(source) ? { ...(await readServed(source)), source } : undefined;
  const result = await verifyAgainst(process.cwd(), environment(), served?.manifest ?? (await readManifest(source)), langArg(args), served);
  (result.ok ? console.log : console.error)(result.lines.join('\n'));
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  if (!(error instanceof VerifyError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
