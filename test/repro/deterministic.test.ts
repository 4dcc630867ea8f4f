/**
 * Same inputs, same bytes: the example site built in this checkout (the run's shared build, test/support/sites.ts)
 * and in a clone of it at another absolute path, by the other number of Astro processes (`--jobs`),
 * is identical file by file, manifest included, and the manifest gives every file's true hash. The
 * clone carries the working tree as it is (committed or not), so the test checks the code under test.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { hashTree } from '../../src/data/hash.ts';
import { defaultJobs } from '../../src/build/astro-step.ts';
import type { Manifest } from '../../src/build/manifest.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (cwd: string, command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, DATA_DIR: '' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};
const listed = (args: string[]) => run(root, 'git', ['ls-files', '-z', ...args]).split('\0').filter(Boolean);

/** A clone of this repository at `path` with the working tree's files over it and this node_modules linked in. */
function cloneAt(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  run(root, 'git', ['clone', '-q', root, path]);
  const deleted = new Set(listed(['--deleted']));
  for (const file of listed(['--cached', '--others', '--exclude-standard'])) {
    // A linked node_modules (a git worktree's, say) is not the project's file: the clone links its own.
    if (lstatSync(join(root, file), { throwIfNoEntry: false })?.isSymbolicLink()) continue;
    if (deleted.has(file)) rmSync(join(path, file), { force: true });
    else {
      mkdirSync(dirname(join(path, file)), { recursive: true });
      copyFileSync(join(root, file), join(path, file));
    }
  }
  symlinkSync(join(root, 'node_modules'), join(path, 'node_modules'));
  // A symlink is not matched by .gitignore's `node_modules/`; it is no change of the clone either.
  appendFileSync(join(path, '.git', 'info', 'exclude'), 'node_modules\n');
  return path;
}

it('builds byte-identical sites in this checkout and in a clone at another path, with one Astro process or two', async () => {
  // The shared build takes the default number of Astro processes; the clone the other one.
  const here = await sharedSite('example');
  const jobs = defaultJobs() === 1 ? 2 : 1;
  const work = mkdtempSync(join(tmpdir(), 'rapor-bb-'));
  try {
    const clone = cloneAt(join(work, 'a', 'longer', 'path', 'rapor'));
    run(clone, 'npm', ['run', '--silent', 'build', '--', '--jobs', String(jobs)]);
    const [siteHere, siteClone] = [hashTree(here.dist), hashTree(join(clone, 'dist'))];
    expect(Object.keys(siteHere).length).toBeGreaterThan(100);
    expect(siteClone).toEqual(siteHere);
    // The manifest lists every file with its true hash (the downloads' taken from SHA256SUMS, the rest read).
    const { ['manifest.json']: _, ...files } = siteClone;
    expect((JSON.parse(readFileSync(join(clone, 'dist', 'manifest.json'), 'utf8')) as Manifest).output).toEqual(files);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, SHARED_SITE_TIMEOUT + 300_000);
