/**
 * One build at a time per output folder: a second build of the same folder is refused while the first
 * runs, and a build killed outright (its lock left, its swap cut short) is recovered by the next.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runBuild } from '../support/build.ts';
import { publishedSite, snapshot } from '../support/files.ts';
import { npmStart, outcomeOf } from '../support/npm.ts';
import { deadPid } from '../support/processes.ts';
import { waitFor } from '../support/wait.ts';

const work = mkdtempSync(join(tmpdir(), 'rapor-lock-'));
const example = join(root, 'data');
const outputOf = (run: { stdout: string; stderr: string }): string => `${run.stdout}${run.stderr}`;

/** The example data with a chapter the validator refuses: a build of it fails in seconds. */
const refusedData = (() => {
  const data = join(work, 'refused-data');
  cpSync(join(root, 'data'), data, { recursive: true });
  writeFileSync(join(data, '2025', 'narasi', '09-rusak.mdx'), '---\ntitle: Bab rusak\n---\n\n<script>alert(1)</script>\n');
  return data;
})();

describe('one build at a time per output folder', () => {
  it('a second build of the same folder is refused at once, naming the running build, which then completes', async () => {
    const dist = join(mkdtempSync(join(work, 'two-')), 'dist');
    const first = npmStart('build', ['--outDir', dist, '--no-pdf'], { dataDir: example });
    const firstEnded = outcomeOf(first).then(({ status }) => status);
    const lock = join(dist, '..', '.dist.lock');
    await waitFor(() => existsSync(lock), `the first build's lock ${lock}`, 120_000);
    const holder = Number(readFileSync(lock, 'utf8').split(' ')[0]);
    expect(readFileSync(`/proc/${holder}/cmdline`, 'utf8')).toContain('scripts/build.ts');
    const second = runBuild(dist, { dataDir: example, flags: ['--no-pdf'] });
    expect(second.status).toBe(1);
    expect(outputOf(second)).toContain(`${dist} is being built by another process (pid ${holder})`);
    // At once: it did not wait for the first (still building), nor validate.
    expect(first.exitCode).toBe(null);
    expect(second.stdout).not.toMatch(/Validasi|validat/i);
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
