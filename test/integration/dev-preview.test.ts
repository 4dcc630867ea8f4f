/**
 * `npm run dev` as an editor uses it: the site while the data is valid, the list of problems in the
 * browser as soon as a file breaks, and the site again (with the new content) once it is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, edit, json, SITUS, writeFolder } from '../fixtures/folder.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

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

/** Fetches `path` until `until` holds for the answer, or fails after `ms`. */
async function poll(url: string, until: (status: number, body: string) => boolean, ms = 60_000): Promise<{ status: number; body: string }> {
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

describe('npm run dev', () => {
  // Broken from the start: 610 is no score (opd.csv line 5, column 39).
  const dir = writeFolder({ '2024/opd.csv': edit('61.00', '610') });
  let server: ChildProcess | undefined;
  let home = '';
  let log = '';

  beforeAll(async () => {
    const port = await freePort();
    home = `http://127.0.0.1:${port}/`;
    // Its own process group, so that the server and anything it started are stopped together.
    server = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: { ...cleanEnv(), DATA_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
  }, 10_000);

  afterAll(() => {
    if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  });

  it('starts on broken data with the problems instead of a stack trace, then shows the site once fixed', async () => {
    const broken = await poll(home, (status) => status === 500, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${log}`);
    });
    expect(broken.body).toContain('2024/opd.csv:5:39');
    expect(broken.body).toContain('di atas 100');
    expect(broken.body).toContain('is above 100');
    expect(broken.body).toContain('/@vite/client');

    writeFileSync(join(dir, '2024/opd.csv'), BASE['2024/opd.csv']!);
    const site = await poll(home, (status) => status === 200);
    expect(site.body).toContain(`<h1>${SITUS.nama}</h1>`);
  }, 180_000);

  it('shows the problems as soon as a file breaks, and the new content once it is fixed', async () => {
    writeFileSync(join(dir, 'instansi.csv'), edit('Kesehatan,opd,', 'Kesehatan,dinas,')(BASE['instansi.csv']!));
    const broken = await poll(home, (status) => status === 500);
    expect(broken.body).toContain('instansi.csv:5:');
    expect(broken.body).not.toContain('2024/opd.csv:5:39');

    writeFileSync(join(dir, 'instansi.csv'), BASE['instansi.csv']!);
    writeFileSync(join(dir, 'situs.json'), json({ ...SITUS, nama: 'Bagian Organisasi (diperbarui)' }));
    const fixed = await poll(home, (status, body) => status === 200 && body.includes('Bagian Organisasi (diperbarui)'));
    expect(fixed.body).not.toContain('Data belum valid');
  }, 180_000);
});
