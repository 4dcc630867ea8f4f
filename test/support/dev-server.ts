/** `npm run dev` (astro dev) in a process group of its own, on a free port, for the tests that preview a data folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { lockAstroStep } from '../../src/build/build-locks.ts';
import { root } from './build.ts';

/** The environment without what Vitest adds (MODE, DEV, SSR, BASE_URL…): they would turn Astro's dev server into a test build. */
const VITEST_KEYS = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/;
const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_KEYS.test(key)));

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Fetches `url` until `until` holds for the answer, or fails after `ms`. */
export async function poll(url: string, until: (status: number, body: string) => boolean, ms = 60_000): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + ms;
  let last = { status: 0, body: '' };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      last = { status: response.status, body: await response.text() };
      if (until(last.status, last.body)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no expected answer from ${url} within ${ms} ms; last: ${last.status} ${last.body.slice(0, 500)}`);
}

/** The timeout of a hook that starts a dev server: it waits for the Astro lock, which another test file's build may hold for minutes on a loaded machine. */
export const DEV_START_TIMEOUT = 600_000;

export interface DevServer {
  /** `http://127.0.0.1:<port>/` */
  home: string;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => void;
}

/**
 * Starts `astro dev` on `dataDir` (undefined: the example in data/), as `npm run dev` runs it. Only
 * telemetry is turned off; Astro's update check is left to the project's config, as an editor has it.
 */
export async function startDev(dataDir?: string): Promise<DevServer> {
  // The dev server writes the project's `.astro/` as a build's Astro step does: never beside one of another folder's.
  const release = (await lockAstroStep(root, () => false))!;
  const port = await freePort();
  let log = '';
  // Its own process group, so that the server and anything it started are stopped together.
  const server: ChildProcess = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...(dataDir === undefined ? {} : { DATA_DIR: dataDir }) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  return {
    home: `http://127.0.0.1:${port}/`,
    log: () => log,
    stop: () => {
      if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
      release();
    },
  };
}
