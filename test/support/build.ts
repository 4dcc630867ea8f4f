/** Builds a data folder's site with the project's own command into a fresh temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run build -- --outDir <outDir> …flags` as an editor types it; DATA_DIR left unset builds the example in data/. */
export function runBuild(outDir: string, { dataDir, flags = [], env = {} }: { dataDir?: string; flags?: string[]; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir, ...flags], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, ...(dataDir ? { DATA_DIR: dataDir } : {}) },
  });
}

/** The built site's folder; DATA_DIR left unset builds the example in data/. `flags`: more `npm run build` options (`--no-pdf`). */
export function buildSite(dataDir?: string, ...flags: string[]): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'rapor-site-')), 'dist');
  const run = runBuild(outDir, { ...(dataDir ? { dataDir } : {}), flags });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
