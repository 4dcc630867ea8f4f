/**
 * `npm run build [-- --outDir <dir>] [--lang id|en] [--no-pdf] [--edisi 2023,2024] [--pemda <kode>] [--jobs <n>]`:
 * validate the data folder, then build the site, with the PDF of every published edition when
 * Chromium is installed, into dist/ (or --outDir), which stays untouched when anything fails.
 * `--edisi`/`--pemda` build a preview of that part of the (whole, validated) folder: no PDFs, marked
 * as such on every page and in the manifest. `--jobs` sets how many Astro processes share the pages
 * (one a core, at most two, by default); the site is the same whatever it is.
 */
import { dieBy, stopOnSignals, stopRequested } from '../src/build/process/process-run.ts';

// A build stopped by a signal (Ctrl-C, a CI job's timeout, `kill`), or whose caller is gone, stops its
// children with it and leaves the output folder as it was. Watched from the start: the build's own
// modules take a second or more to load on a busy machine, and a caller killed meanwhile must count.
stopOnSignals();
const { buildSite } = await import('../src/build/pipeline.ts');
const { subsetLabel } = await import('../src/domain/views/subset.ts');
const { buildArgs } = await import('../src/commands/build-args.ts');
const { MissingChromium } = await import('../src/build/pdf/chromium.ts');
const { environment } = await import('../src/environment.ts');

/** Ends a build that was told to stop: nothing of the output folder was changed. */
function endStopped(signal: NodeJS.Signals): never {
  console.error(`Pembangunan dihentikan (${signal}); folder keluaran tidak diubah. [The build was stopped (${signal}); the output folder is unchanged.]`);
  dieBy(signal);
}
const stoppedEarly = stopRequested();
if (stoppedEarly !== undefined) endStopped(stoppedEarly);

const args = buildArgs(process.argv.slice(2));
if ('refused' in args) {
  console.error(args.refused);
  process.exit(1);
}
const { outDir, pdf, subset } = args;
const env = environment();
const result = await buildSite({ root: process.cwd(), environment: env, ...args });
// A validation report that refuses the folder is an error; anything else is the build's log.
(result.invalid ? process.stderr : process.stdout).write(result.log);
const stopped = stopRequested();
if (stopped !== undefined && !result.ok) endStopped(stopped);
if (result.invalid) {
  console.error('Situs tidak dibangun; folder keluaran tidak diubah. [The site was not built; the output folder is unchanged.]');
  process.exit(1);
}
if (result.failure !== undefined) {
  console.error(`${result.failure}\nFolder keluaran tidak diubah. [The output folder is unchanged.]`);
  process.exit(1);
}
if (!result.ok) {
  console.error('Pembangunan gagal; folder keluaran tidak diubah. [The build failed; the output folder is unchanged.]');
  process.exit(1);
}
if (pdf && result.manifest?.chromium === undefined) {
  console.warn(`${new MissingChromium(env.chromiumPath).message}\nSitus dibangun tanpa PDF. [The site was built without PDFs.]`);
}
console.log(`Situs dibangun di ${outDir ?? 'dist'}/. [The site is built in ${outDir ?? 'dist'}/.]`);
if (subset !== undefined) {
  console.log(`Ini pratinjau sebagian (${subsetLabel(subset)}), bukan publikasi. [This is a partial preview, not a publication.]`);
}
