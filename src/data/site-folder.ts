/** The built site a post-build command works on: `--dist <dir>`, or `dist/`. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function siteFolderArg(argv: readonly string[]): string {
  const at = argv.indexOf('--dist');
  return resolve(at >= 0 ? (argv[at + 1] ?? '') : 'dist');
}

/** Exits with a message for editors when there is no built site there. */
export function requireSite(site: string): void {
  if (existsSync(site)) return;
  console.error(`Situs ${site} tidak ada: bangun dulu dengan npm run build. [No site at ${site}: build it first with npm run build.]`);
  process.exit(1);
}
