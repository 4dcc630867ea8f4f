/** Builds a data folder's site with the project's own command into a fresh temporary folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmRun, root } from './npm.ts';

export { root };

/** `npm run build -- --outDir <outDir> …flags` as an editor types it; DATA_DIR left unset builds the example in data/. */
export function runBuild(outDir: string, { dataDir, flags = [], env = {} }: { dataDir?: string | undefined; flags?: string[]; env?: NodeJS.ProcessEnv } = {}) {
  return npmRun('build', ['--outDir', outDir, ...flags], { dataDir, env });
}

/** The built site's folder; DATA_DIR left unset builds the example in data/. `flags`: more `npm run build` options (`--no-pdf`). */
export function buildSite(dataDir?: string, ...flags: string[]): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'rapor-site-')), 'dist');
  const run = runBuild(outDir, { dataDir, flags });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
