/** The built site a post-build command works on: `--dist <dir>`, or `dist/`. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { flagValue } from './args.ts';

export function siteFolderArg(argv: readonly string[]): string {
  return resolve(flagValue(argv, '--dist') || 'dist');
}

/** Exits with a message for editors when `dir` holds no built site (no home page): before serving or measuring it. */
export function requireBuiltSite(dir: string): void {
  if (existsSync(join(dir, 'index.html'))) return;
  console.error(`Tidak ada situs di ${dir}/; bangun dulu dengan npm run build. [No site in ${dir}/; build it first with npm run build.]`);
  process.exit(1);
}

/** Exits with a message for editors when there is no built site there. */
export function requireSite(site: string): void {
  if (existsSync(site)) return;
  console.error(`Situs ${site} tidak ada: bangun dulu dengan npm run build. [No site at ${site}: build it first with npm run build.]`);
  process.exit(1);
}
