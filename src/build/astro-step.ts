/**
 * The build's Astro step: one or several Astro processes build the site from the validated folder.
 * With several (`--jobs`), each renders its share of the pages (src/build/shard.ts) and the first one's
 * output folder becomes the site, the others' merged into it (src/build/merge-folders.ts).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mergeFolderInto } from './merge-folders.ts';
import { orphanExit, startProcess, stopRequested, type ProcessRun } from './process/process-run.ts';
import { lockAstroStep } from './build-locks.ts';
import { handContext, type BuildContext } from './context.ts';
import { CONTEXT_ENV } from '../environment.ts';

/**
 * V8's old-space limit for each Astro process, in MB. Uncapped, V8 let one process grow at national
 * scale to several times what a full collection left; the issue-8 budget is 2 GiB for the whole
 * build. Two processes each hold half the pages and the same Dataset, and measured no slower at 600
 * than at 1 024 (docs/performance.md, "How the build is kept fast").
 */
export const heapMbFor = (jobs: number): number => (jobs === 1 ? 1024 : 600);

/**
 * Astro processes by default: one a core, at most two (each holds the Dataset, and two set the
 * build's peak of memory: docs/performance.md, "Where a national build's time goes").
 */
export const defaultJobs = (): number => Math.min(2, availableParallelism());

const astroBin = (root: string): string => join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');

/**
 * Each process's working folder: Astro writes its intermediate chunks to `.astro/.prerender/` of its
 * working folder when the output lies outside it (two processes, or two builds, there clobber each
 * other's), and those chunks import packages, so the folder must be in the project.
 */
const workingFolder = (root: string, index: number): string => join(root, '.astro', 'builds', `${process.pid}-${index}`);

/** Waits until `file` exists (the process signalled, src/build/process/synced-signal.ts) or the process ended. */
async function synced(file: string, exited: () => boolean): Promise<void> {
  while (!existsSync(file) && !exited()) await sleep(50);
}

export interface AstroStep {
  /** The other processes' output, every cache and each process's context go here. */
  work: string;
  /** What the processes inherit. */
  env: NodeJS.ProcessEnv;
}

/**
 * Runs the Astro processes to their end, each told its build's context and its own part of it (its
 * shard, cache and sync signal) in a context file of its own; ok only if every one succeeded and their
 * outputs, the first in the context's site folder, merged.
 */
export async function runAstroStep(context: BuildContext, step: AstroStep): Promise<{ ok: boolean; log: string }> {
  // Another build of this project may be in its Astro step: this one waits (src/build/build-locks.ts).
  const release = await lockAstroStep(context.root, () => stopRequested() !== undefined);
  if (release === undefined) return { ok: false, log: '' };
  try {
    return await runAstroProcesses(context, step);
  } finally {
    release();
  }
}

async function runAstroProcesses(context: BuildContext, { work, env }: AstroStep): Promise<{ ok: boolean; log: string }> {
  const { root, site: outDir, jobs } = context;
  const outputs = Array.from({ length: jobs }, (_, index) => (index === 0 ? outDir : join(work, `shard-${index}`)));
  const heapCap = /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${heapMbFor(jobs)}`];
  const started: Promise<ProcessRun>[] = [];
  for (const [index, output] of outputs.entries()) {
    const cwd = workingFolder(root, index);
    mkdirSync(cwd, { recursive: true });
    const signal = join(work, `synced-${index}`);
    const contextFile = join(work, `context-${index}.json`);
    // A cache of its own: Astro keeps the content data store there, and two processes sharing one would read each other's data.
    handContext(contextFile, { ...context, astro: { cacheDir: join(work, `cache-${index}`), synced: signal, ...(jobs === 1 ? {} : { shard: { index, count: jobs } }) } });
    const astro = startProcess(process.execPath, [...heapCap, ...orphanExit(), astroBin(root), 'build', '--root', root, '--outDir', output], {
      cwd,
      env: {
        // Rolldown (Vite's bundler) links mimalloc, which on Linux commits its arenas eagerly: RSS
        // in every process that holds nothing (docs/performance.md, "How the build is kept fast").
        MIMALLOC_ARENA_EAGER_COMMIT: '0',
        ...env,
        [CONTEXT_ENV]: contextFile,
      },
    });
    started.push(astro.done);
    // The next one once this one has synced: their syncs write the same files of `.astro/`.
    if (index < jobs - 1) await synced(signal, astro.exited);
  }
  const runs = await Promise.all(started);
  for (const index of outputs.keys()) rmSync(workingFolder(root, index), { recursive: true, force: true });
  let log = runs.map((astro) => astro.output).join('');
  if (/heap out of memory/i.test(log)) {
    const mb = heapMbFor(jobs);
    log += `\nAstro kehabisan memori; naikkan batasnya (bawaan ${mb} MB) dengan NODE_OPTIONS=--max-old-space-size=4096 npm run build. [Astro ran out of memory; raise its limit (${mb} MB by default) with NODE_OPTIONS=--max-old-space-size=4096 npm run build.]\n`;
  }
  // Astro logs some failures (a broken reference, a loader error) as [ERROR] and still exits 0.
  if (!runs.every((astro) => astro.status === 0) || /\[ERROR\]/.test(log) || !outputs.every((output) => existsSync(output))) return { ok: false, log };
  try {
    for (const output of outputs.slice(1)) mergeFolderInto(outDir, output);
  } catch (error) {
    return { ok: false, log: `${log}${(error as Error).message}\n` };
  }
  return { ok: true, log };
}
