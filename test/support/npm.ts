/** The project's npm scripts run as an editor types them: `npm run <script> -- …args`, from the project's folder. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface NpmOptions {
  /** DATA_DIR; left unset, the scripts read the example in data/. */
  dataDir?: string | undefined;
  /** More environment variables, over this process's own. */
  env?: NodeJS.ProcessEnv;
  /** In a process group of its own (to stop it and everything it started with one signal). */
  detached?: boolean;
}

const command = (script: string, args: readonly string[]) => ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
const environment = ({ dataDir, env = {} }: NpmOptions): NodeJS.ProcessEnv => ({ ...process.env, ...env, ...(dataDir ? { DATA_DIR: dataDir } : {}) });

/** `npm run <script> -- …args`, to its end. */
export function npmRun(script: string, args: readonly string[] = [], options: NpmOptions = {}): SpawnSyncReturns<string> {
  return spawnSync('npm', command(script, args), { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: environment(options) });
}

/** The same, started and left running: for a test that watches it, stops it or must answer it from this process. */
export function npmStart(script: string, args: readonly string[] = [], options: NpmOptions = {}): ChildProcessWithoutNullStreams {
  return spawn('npm', command(script, args), { cwd: root, env: environment(options), detached: options.detached ?? false });
}

/** `npmStart`'s outcome once it ends, its output whole. */
export function outcomeOf(child: ChildProcessWithoutNullStreams): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
