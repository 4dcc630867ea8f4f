/**
 * A failed build leaves the published folder exactly as it was, whether it fails early (a broken
 * narrative chapter, refused by validation) or late (after Astro built the pages).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { processTree } from '../../src/bench/process-tree.ts';
import { root, runBuild } from '../support/build.ts';
import { npmStart } from '../support/npm.ts';
import { snapshot } from '../support/files.ts';
import { ended, processesMentioning } from '../support/processes.ts';

const build = (outDir: string, dataDir: string, flags: string[] = ['--no-pdf'], env: NodeJS.ProcessEnv = {}) => runBuild(outDir, { dataDir, flags, env });

describe('a failed build never damages the published output', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapor-atomic-'));
  const outDir = join(work, 'dist');
  mkdirSync(join(outDir, 'laporan'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>the published site</title>');
  writeFileSync(join(outDir, 'laporan', 'index.html'), 'a page of the published site');
  const before = snapshot(outDir);

  /** The example data with one more chapter in the draft edition. */
  function dataWithChapter(name: string, source: string): string {
    const data = join(mkdtempSync(join(work, 'data-')), 'data');
    cpSync(join(root, 'data'), data, { recursive: true });
    writeFileSync(join(data, '2025', 'narasi', name), source);
    return data;
  }

  it('a data folder that does not exist is refused with its fix, not a stack trace', () => {
    const run = build(outDir, join(work, 'tidak-ada'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('folder data tidak ditemukan. Periksa DATA_DIR');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('a chapter with broken MDX syntax is refused with its file, line and column', () => {
    const data = dataWithChapter('02-rusak.mdx', '---\ntitle: Bab rusak\n---\n\nTeks biasa.\n\n<Nilai dataset="sakip" kode="99.71"\n');
    const run = build(outDir, data);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/2025\/narasi\/02-rusak\.mdx:\d+:\d+/);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('a build that fails after Astro succeeded (the PDF printer crashes) leaves dist/ as it was', () => {
    // A Chromium that answers --version, so the build plans PDFs, then dies when it is launched.
    const crashing = join(work, 'chromium-that-crashes');
    writeFileSync(crashing, '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Chromium 1.2.3"; exit 0; fi\necho "crashed" >&2; exit 1\n', { mode: 0o755 });
    const run = build(outDir, join(root, 'data'), [], { CHROMIUM_PATH: crashing });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/chromium|Chromium/);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(work)).not.toContain('.dist.build');
  });

  /**
   * Starts a build through a shell (`node scripts/build.ts …` between `before` and `after`), waits until
   * Astro runs, then sends SIGTERM to the shell; gives the signal the shell ended by, what it printed, an
   * Astro process's command line and the processes of the build still running once everything had ten
   * seconds to stop.
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
    for (let waited = 0; !astroRuns() && waited < 60_000; waited += 50) await sleep(50);
    expect(astroRuns()).toBe(true);
    const started = processTree(run.pid!).slice(1);
    const astro = started.map(commandLine).find((line) => line.includes('astro.mjs'))!;
    run.kill('SIGTERM');
    const signal = await exit;
    for (let waited = 0; !started.every(ended) && waited < 10_000; waited += 50) await sleep(50);
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
    for (let waited = 0; !started() && waited < 60_000; waited += 10) await sleep(10);
    expect(started()).toBe(true);
    run.kill(signal);
    for (let waited = 0; processesMentioning(work).length > 0 && waited < 60_000; waited += 100) await sleep(100);
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
