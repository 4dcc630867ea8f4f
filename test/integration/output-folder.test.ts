/**
 * The output folder under the build: one build at a time, a swap cut short undone by the next build, an
 * output on another file system, and a disk that is full, read-only or immutable — each a clear
 * message naming the folder, and the published site kept.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runBuild } from '../support/build.ts';
import { npmStart, outcomeOf } from '../support/npm.ts';
import { snapshot } from '../support/files.ts';
import { deadPid, processesMentioning } from '../support/processes.ts';

const work = mkdtempSync(join(tmpdir(), 'rapor-output-'));

/** A published site of two small pages at `dist`, made anew. */
function publishedSite(dist: string): [string, string][] {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'laporan'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>the published site</title>');
  writeFileSync(join(dist, 'laporan', 'index.html'), 'a page of the published site');
  return snapshot(dist);
}

/** The example data with a chapter the validator refuses: a build of it fails in seconds. */
const refusedData = (() => {
  const data = join(work, 'refused-data');
  cpSync(join(root, 'data'), data, { recursive: true });
  writeFileSync(join(data, '2025', 'narasi', '09-rusak.mdx'), '---\ntitle: Bab rusak\n---\n\n<script>alert(1)</script>\n');
  return data;
})();

const example = join(root, 'data');
const outputOf = (run: { stdout: string; stderr: string }): string => `${run.stdout}${run.stderr}`;


/** A file system of `mb` megabytes of its own (tmpfs), where the machine lets this process mount one. */
const mounted: string[] = [];
function smallFileSystem(mb: number): string | undefined {
  const dir = mkdtempSync(join(work, 'fs-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir]).status !== 0) return undefined;
  mounted.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of mounted) spawnSync('umount', ['-l', dir]);
});
const canMount = (() => {
  const probe = smallFileSystem(1);
  return probe !== undefined;
})();
const isRoot = process.getuid?.() === 0;

describe('one build at a time per output folder', () => {
  it('a second build of the same folder is refused at once, naming the running build, which then completes', async () => {
    const dist = join(mkdtempSync(join(work, 'two-')), 'dist');
    const first = npmStart('build', ['--outDir', dist, '--no-pdf'], { dataDir: example });
    const firstEnded = outcomeOf(first).then(({ status }) => status);
    const lock = join(dist, '..', '.dist.lock');
    for (let waited = 0; !existsSync(lock) && waited < 60_000; waited += 50) await sleep(50);
    const holder = Number(readFileSync(lock, 'utf8').split(' ')[0]);
    expect(readFileSync(`/proc/${holder}/cmdline`, 'utf8')).toContain('scripts/build.ts');
    const started = performance.now();
    const second = runBuild(dist, { dataDir: example, flags: ['--no-pdf'] });
    expect(second.status).toBe(1);
    expect(outputOf(second)).toContain(`${dist} is being built by another process (pid ${holder})`);
    // At once: it did not wait for the first, nor validate.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(await firstEnded).toBe(0);
    expect(existsSync(join(dist, 'manifest.json'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it("takes over the lock of a build that was killed outright, and after a kill between the swap's two renames puts the old site back, even when it then fails", () => {
    const parent = mkdtempSync(join(work, 'recover-'));
    const dist = join(parent, 'dist');
    // What a build killed between its renames leaves: no dist/, the old site aside, its lock.
    const before = publishedSite(join(parent, '.dist.build', 'previous'));
    writeFileSync(join(parent, '.dist.lock'), `${deadPid()} 1\n`);
    const run = runBuild(dist, { dataDir: refusedData, flags: ['--no-pdf'] });
    expect(run.status).toBe(1);
    expect(outputOf(run)).toContain(`Recovered: an earlier build was stopped while swapping the site in; the previous site is back in ${dist}.`);
    expect(outputOf(run)).toMatch(/09-rusak\.mdx:5:1/);
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(parent).filter((name) => name === '.dist.build' || name === '.dist.lock')).toEqual([]);
  });
});

describe('an output folder on another file system', () => {
  const shm = '/dev/shm';
  const elsewhere = existsSync(shm) && statSync(shm).dev !== statSync(root).dev;

  it.skipIf(!elsewhere)('is built in the project and copied beside it, then swapped in (no rename across file systems)', () => {
    const parent = mkdtempSync(join(shm, 'rapor-output-'));
    try {
      const dist = join(parent, 'dist');
      publishedSite(dist);
      const run = runBuild(dist, { dataDir: example, flags: ['--no-pdf'] });
      expect(outputOf(run)).not.toMatch(/EXDEV/);
      expect(run.status).toBe(0);
      // Every file copied whole: the site is what its manifest says.
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { output: Record<string, string> };
      expect(Object.keys(manifest.output)).toContain('laporan/2024/index.html');
      expect(snapshot(dist).filter(([path]) => path !== 'manifest.json')).toEqual(Object.entries(manifest.output).sort(([a], [b]) => (a < b ? -1 : 1)));
      expect(readdirSync(parent).filter((name) => name === '.dist.build' || name === '.dist.lock')).toEqual([]);
      // This build's folder in the project is gone (set aside for removal).
      expect(readdirSync(join(root, '.astro', 'builds')).filter((name) => name.startsWith(`stage-${run.pid}`))).toEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('a disk that refuses writing', () => {
  it.skipIf(!canMount)('a full file system: one message naming the folder, the published site kept', () => {
    // Room for the published site and the lock, not for the new site.
    const parent = smallFileSystem(2)!;
    const dist = join(parent, 'dist');
    const before = publishedSite(dist);
    const run = runBuild(dist, { dataDir: example, flags: ['--no-pdf'] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`No space left for ${dist} (ENOSPC): free some space and build again.`);
    expect(run.stderr).toContain('The output folder is unchanged.');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(parent).filter((name) => name === '.dist.build' || name === '.dist.lock')).toEqual([]);
  });

  it.skipIf(!canMount)('a read-only file system: refused before building, naming the folder', () => {
    const parent = smallFileSystem(1)!;
    const dist = join(parent, 'dist');
    const before = publishedSite(dist);
    expect(spawnSync('mount', ['-o', 'remount,ro', parent]).status).toBe(0);
    const run = runBuild(dist, { dataDir: example, flags: ['--no-pdf'] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${parent} is on a read-only file system (EROFS): build elsewhere with --outDir.`);
    expect(run.stdout).not.toMatch(/Validasi|validat/i);
    expect(snapshot(dist)).toEqual(before);
  });

  it.skipIf(!isRoot || spawnSync('chattr').error !== undefined)('an immutable output folder (chattr +i): refused before building, naming it', () => {
    const dist = join(mkdtempSync(join(work, 'immutable-')), 'dist');
    const before = publishedSite(dist);
    expect(spawnSync('chattr', ['+i', dist]).status).toBe(0);
    try {
      const run = runBuild(dist, { dataDir: example, flags: ['--no-pdf'] });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${dist} may not be changed (EPERM: its permissions, or the immutable attribute — see lsattr)`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(dist)).toEqual(before);
    } finally {
      spawnSync('chattr', ['-i', dist]);
    }
  });

  it('leaves no process of a refused build running', () => {
    expect(processesMentioning(work)).toEqual([]);
  });
});
