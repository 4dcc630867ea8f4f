/**
 * Same inputs, same bytes: the example site built in two clones of this checkout at different
 * absolute paths, by one Astro process and by two (`--jobs`), is identical file by file, manifest
 * included, and the manifest gives every file's true hash. The clones carry the working tree
 * as it is (committed or not), so the test checks the code under test.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { hashTree } from '../../src/data/hash.ts';
import type { Manifest } from '../../src/build/manifest.ts';

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

it('builds byte-identical sites in two clones at different paths, with one Astro process or two', () => {
  const [workA, workB] = [mkdtempSync(join(tmpdir(), 'rapor-a-')), mkdtempSync(join(tmpdir(), 'rapor-bb-'))];
  try {
    const a = cloneAt(join(workA, 'rapor'));
    const b = cloneAt(join(workB, 'a', 'longer', 'path', 'rapor'));
    run(a, 'npm', ['run', '--silent', 'build', '--', '--jobs', '1']);
    run(b, 'npm', ['run', '--silent', 'build', '--', '--jobs', '2']);
    const [siteA, siteB] = [hashTree(join(a, 'dist')), hashTree(join(b, 'dist'))];
    expect(Object.keys(siteA).length).toBeGreaterThan(100);
    expect(siteB).toEqual(siteA);
    // The manifest lists every file with its true hash (the downloads' taken from SHA256SUMS, the rest read).
    const { ['manifest.json']: _, ...files } = siteA;
    expect((JSON.parse(readFileSync(join(a, 'dist', 'manifest.json'), 'utf8')) as Manifest).output).toEqual(files);
  } finally {
    for (const work of [workA, workB]) rmSync(work, { recursive: true, force: true });
  }
}, 300_000);
