/**
 * The build as one transaction: validate the data folder and write its downloads, let Astro build
 * into a fresh folder, index it for search, print the PDFs of the published editions into it (when
 * Chromium is installed), write its manifest, and only when all of it succeeded (exit 0 and no
 * `[ERROR]` in Astro's log) swap that folder in for `dist/`. A failed build leaves the previous
 * `dist/` exactly as it was. One build at a time per output folder, one Astro step at a time per
 * project (src/build/build-locks.ts); a swap cut short is undone by the next build
 * (src/build/output-swap.ts); a full or unwritable disk is told as such (src/build/storage-failure.ts).
 */
import { cpSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { discardFolder } from './process/discard.ts';
import { lockOutput, OutputBusy } from './build-locks.ts';
import { recoveredMessage, recoverOutput, swapIn } from './output-swap.ts';
import { processFolder } from './process/process-folder.ts';
import { checkWritable, storageFailureIn, storageFailureNamedIn, storageMessage } from './storage-failure.ts';
import { chromiumVersion } from './pdf/chromium.ts';
import { buildInfo, writeManifest, type Manifest } from './manifest.ts';
import { defaultJobs, runAstroStep } from './astro-step.ts';
import { orphanExit, startProcess, stopRequested, type ProcessRun } from './process/process-run.ts';
import { UNDUH_FOLDER, UNDUH_SIZES_FILE, unduhHashes } from './unduh.ts';
import { VALIDATED_FILE } from './validated-folder.ts';
import { handContext, type BuildContext } from './context.ts';
import { CONTEXT_ENV, type Environment } from '../environment.ts';
import type { MessageLang } from '../data/problem-lines.ts';
import type { Subset } from '../domain/views/subset.ts';

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** Final output folder, `dist/` by default. */
  outDir?: string;
  /**
   * Print the PDFs (true by default). Without Chromium, or with false, the site is built without
   * them, and its pages then do not link them: a site never links a file it lacks.
   */
  pdf?: boolean;
  /** Build a preview of this part of the folder only (src/domain/views/subset.ts); the manifest records it. */
  subset?: Subset;
  /** The language of the validation report (`--lang`). */
  lang?: MessageLang;
  /** How many Astro processes share the pages (`--jobs`; src/build/shard.ts). */
  jobs?: number;
  /** The command's environment: the data folder, the Chromium, what the build's processes inherit. */
  environment: Environment;
}

export interface BuildResult {
  ok: boolean;
  /** The data folder did not validate (the log holds the validation report): nothing was built. */
  invalid: boolean;
  log: string;
  /** Why the build could not be done, in one message: its output folder busy, full or not writable. */
  failure?: string;
  manifest?: Manifest;
}

/** A log line with a step's wall time: the log is not part of the site, so a clock may be read here. */
const stepTime = (step: string, started: number): string => `Langkah [step] ${step}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`;

const sameFileSystem = (a: string, b: string): boolean => statSync(a).dev === statSync(b).dev;

/** A work folder of this build's own in the project (those of killed builds swept: src/build/process/process-folder.ts). */
function stageInProject(root: string): string {
  const builds = join(root, '.astro', 'builds');
  mkdirSync(builds, { recursive: true });
  return processFolder(builds, 'stage-');
}

/** Lets the signal handlers run: a signal that came during synchronous work is seen before the swap. */
const signalsHandled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const target = resolve(options.root, options.outDir ?? 'dist');
  const parent = dirname(target);
  let release: () => void;
  try {
    mkdirSync(parent, { recursive: true });
    checkWritable(target, parent);
    release = lockOutput(target);
  } catch (error) {
    const failure = error instanceof OutputBusy ? error.message : storageMessage(error, parent);
    if (failure === undefined) throw error;
    return { ok: false, invalid: false, log: '', failure };
  }
  try {
    return await buildLocked(options, target);
  } finally {
    release();
  }
}

async function buildLocked({ root, pdf = true, subset, lang = 'both', jobs = defaultJobs(), environment }: BuildOptions, target: string): Promise<BuildResult> {
  // Beside the target, so that the swap's renames stay on one file system.
  const work = join(dirname(target), `.${basename(target)}.build`);
  const previous = join(work, 'previous');
  // A build killed in the middle of its swap left the old site aside: back in place before its work folder goes.
  const recovered = recoverOutput(target, previous) ? recoveredMessage(target) : '';
  // A killed build's leftovers.
  discardFolder(work);
  mkdirSync(work, { recursive: true });
  // Astro moves its files into its output by renaming them from the project's folder: for an output on
  // another file system the steps run in the project's, and the finished site is copied beside the target.
  const stage = sameFileSystem(root, work) ? work : stageInProject(root);
  const told = stage === work ? target : root;
  const next = join(stage, 'next');
  const data = join(stage, 'data');
  const discardAll = (): void => {
    if (stage !== work) discardFolder(stage, 'stage');
    discardFolder(work);
  };
  // Read before Astro runs, so that nothing the build writes can change what the site says it came from.
  const { dataDir, chromiumPath } = environment;
  const chromium = pdf && stopRequested() === undefined ? chromiumVersion(chromiumPath) : undefined;
  const context: BuildContext = {
    root,
    dataDir,
    lang,
    info: { ...buildInfo(root, dataDir), ...(chromium === undefined ? {} : { chromium }), ...(subset === undefined ? {} : { subset }) },
    ...(chromium === undefined ? {} : { chromiumPath }),
    jobs,
    site: next,
    handoff: { folder: data, validated: join(data, VALIDATED_FILE), unduhSizes: join(data, UNDUH_SIZES_FILE) },
  };
  const contextFile = join(stage, 'context.json');
  handContext(contextFile, context);
  // Astro reads BASE_URL, SITE and ASSETS_PREFIX from the environment over its config (some CI
  // systems, and Vitest, set BASE_URL): the site's address comes from situs.json alone.
  const { BASE_URL: _, SITE: __, ASSETS_PREFIX: ___, ...inherited } = environment.inherited;
  const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', [CONTEXT_ENV]: contextFile };
  const step = (name: string): Promise<ProcessRun> => startProcess(process.execPath, [...orphanExit(), join(root, 'src', 'build', 'step.ts'), name], { cwd: root, env }).done;
  const dataStarted = performance.now();
  const validated = await step('data');
  if (validated.status !== 0) {
    // Only a named error: a folder refused on a nearly full disk is still refused for its data.
    const failure = storageFailureNamedIn(validated.output, told);
    discardAll();
    // Refused data exits with 1; a step stopped by a signal (no status) refused nothing.
    return { ok: false, invalid: validated.status !== null && failure === undefined, log: `${recovered}${validated.output}`, ...(failure === undefined ? {} : { failure }) };
  }
  let log = `${recovered}${validated.output}${stepTime('data', dataStarted)}`;
  const astroStarted = performance.now();
  const astro = await runAstroStep(context, { work: stage, env });
  log += `${astro.log}${stepTime(jobs === 1 ? 'astro' : `astro ×${jobs}`, astroStarted)}`;
  let ok = astro.ok && !existsSync(join(next, UNDUH_FOLDER));
  if (ok) renameSync(join(data, UNDUH_FOLDER), join(next, UNDUH_FOLDER));
  // The steps on the new folder, each a process of its own, before the swap: the search index
  // (Pagefind; before the PDFs, which are not searched), then the PDFs.
  for (const name of ['search', ...(chromium === undefined ? [] : ['pdf'])]) {
    if (!ok) break;
    const stepStarted = performance.now();
    const stepRun = await step(name);
    log += `${stepRun.output}${stepTime(name, stepStarted)}`;
    ok = stepRun.status === 0;
  }
  const failed = (failure: string | undefined): BuildResult => {
    discardAll();
    return { ok: false, invalid: false, log, ...(failure === undefined ? {} : { failure }) };
  };
  if (!ok) return failed(stopRequested() === undefined ? storageFailureIn(log, stage, told) : undefined);
  try {
    const manifestStarted = performance.now();
    // The downloads were hashed as the data step wrote them (SHA256SUMS): 46 000 files not read again at national scale.
    const manifest = writeManifest(next, context.info, unduhHashes(next));
    log += stepTime('manifest', manifestStarted);
    if (stage !== work) cpSync(next, join(work, 'next'), { recursive: true });
    // The point of no return: a signal that came during the synchronous work above stops the build here.
    await signalsHandled();
    if (stopRequested() !== undefined) return failed(undefined);
    swapIn(join(work, 'next'), target, previous);
    // The previous site goes with the work folder, removed in the background (src/build/process/discard.ts).
    discardAll();
    return { ok: true, invalid: false, log, manifest };
  } catch (error) {
    const folder = existsSync(target) ? target : dirname(target);
    // Node's own copy (cpSync) reports a full disk as EIO: the room left on the work folder's disk tells.
    const failure = storageMessage(error, folder) ?? storageFailureIn('', work, folder);
    if (failure === undefined) throw error;
    return failed(failure);
  }
}
