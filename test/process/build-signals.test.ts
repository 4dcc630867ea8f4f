/**
 * A build stopped by a signal, whichever process of it gets it and whenever: every process it started
 * stops too, and the published folder stays exactly as it was. Each test waits for what it needs (a
 * process running, every process gone) with a generous deadline, never a fixed time.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processTree } from '../../src/bench/process-tree.ts';
import { root } from '../support/build.ts';
import { publishedSite, snapshot } from '../support/files.ts';
import { npmStart } from '../support/npm.ts';
import { ended, processesMentioning } from '../support/processes.ts';
import { until } from '../support/wait.ts';

describe('a build stopped by a signal never damages the published output', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapor-signals-'));
  const outDir = join(work, 'dist');
  const before = publishedSite(outDir);

  /**
   * Starts a build through a shell (`node scripts/build.ts …` between `before` and `after`), waits until
   * Astro runs, then sends SIGTERM to the shell; gives the signal the shell ended by, what it printed, an
   * Astro process's command line and the processes of the build still running once they have all ended,
   * or a minute passed.
   */
  async function stopMidBuild(before: string, after: string) {
    const command = `${before} "${process.execPath}" "${join(root, 'scripts', 'build.ts')}" --outDir "${outDir}" --no-pdf${after}`;
    const run = spawn('sh', ['-c', command], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATA_DIR: join(root, 'data') } });
    let output = '';
    run.stdout.on('data', (chunk) => (output += chunk));
    run.stderr.on('data', (chunk) => (output += chunk));
    const exit = new Promise<NodeJS.Signals | null>((resolve) => run.on('close', (_, signal) => resolve(signal)));
    const commandLine = (pid: number): string => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        return '';
      }
    };
    const astroRuns = () => processTree(run.pid!).some((pid) => !ended(pid) && commandLine(pid).includes('astro.mjs'));
    expect(await until(astroRuns, 120_000)).toBe(true);
    const started = processTree(run.pid!).slice(1);
    const astro = started.map(commandLine).find((line) => line.includes('astro.mjs'))!;
    run.kill('SIGTERM');
    const signal = await exit;
    await until(() => started.every(ended), 60_000);
    return { signal, output, astro, running: started.filter((pid) => !ended(pid)) };
  }

  it('a build stopped by SIGTERM while Astro runs stops every process it started and leaves dist/ as it was', async () => {
    // `exec`: the signal reaches the build itself, which ends by it once its children have, as a shell expects.
    const stopped = await stopMidBuild('exec', '');
    expect(stopped.signal).toBe('SIGTERM');
    // Killed outright instead (SIGKILL: no handler runs), the build would leave Astro's processes to end by themselves.
    expect(stopped.astro).toMatch(/orphan-exit\.ts\?build=\d+/);
    expect(stopped.output).toMatch(/The build was stopped \(SIGTERM\); the output folder is unchanged/);
    expect(stopped.running).toEqual([]);
    expect(snapshot(outDir)).toEqual(before);
    expect(existsSync(join(work, '.dist.build'))).toBe(false);
  });

  /**
   * Starts `npm run build` and sends `signal` to npm alone (npm passes a SIGKILL on to no one, and the
   * shell it runs the script in waits on) as soon as npm has started the build's own process, its
   * modules still loading, or once Astro runs; waits until every process of the build has ended.
   */
  async function stopNpm(signal: NodeJS.Signals, when: 'starting' | 'astro') {
    const run = npmStart('build', ['--outDir', outDir, '--no-pdf'], { dataDir: join(root, 'data') });
    let output = '';
    run.stdout.on('data', (chunk) => (output += chunk));
    run.stderr.on('data', (chunk) => (output += chunk));
    const awaited = when === 'starting' ? 'scripts/build.ts' : 'astro.mjs';
    const started = () => processTree(run.pid!).some((pid) => processesMentioning(awaited).includes(pid));
    expect(await until(started, 120_000, 10)).toBe(true);
    run.kill(signal);
    await until(() => processesMentioning(work).length === 0, 60_000, 100);
    return { output, running: processesMentioning(work) };
  }

  it.each([
    ['SIGTERM', 'starting'],
    ['SIGKILL', 'starting'],
    ['SIGKILL', 'astro'],
  ] as const)('a build whose npm gets %s while %s stops too, and dist/ stays as it was', async (signal, when) => {
    const stopped = await stopNpm(signal, when);
    expect(stopped.running).toEqual([]);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(work).filter((name) => name === '.dist.build' || name === '.dist.lock')).toEqual([]);
  });

  it('a build whose caller was killed alone (npm run build: the shell between passes no signal on) stops too', async () => {
    // A shell that waits for the build (a command after it: no shell execs it), as npm's does, and dies of the signal.
    const stopped = await stopMidBuild('', '; exit $?');
    expect(stopped.output).toMatch(/The build was stopped \(SIGHUP\); the output folder is unchanged/);
    expect(stopped.running).toEqual([]);
    expect(snapshot(outDir)).toEqual(before);
    expect(existsSync(join(work, '.dist.build'))).toBe(false);
  });
});
