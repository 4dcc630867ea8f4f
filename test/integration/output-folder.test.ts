/**
 * The output folder under the build: an output on another file system, and a disk that is full,
 * read-only or immutable — each a clear message naming the folder, and the published site kept.
 * (One build at a time per folder: test/process/build-lock.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runBuild } from '../support/build.ts';
import { publishedSite, snapshot } from '../support/files.ts';
import { processesMentioning } from '../support/processes.ts';

const work = mkdtempSync(join(tmpdir(), 'rapor-output-'));

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
