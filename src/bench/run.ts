/**
 * The scale benchmark of issue 8 (`npm run bench [-- --small]`): generates (or reuses, per generator
 * version) the synthetic national data folder, times its validation, builds Rapor's site on it (the
 * PDF step, which needs Chromium, is left out: it is not a cost per page), then a bare Astro site with
 * as many pages, then Rapor's again (its time is the mean of the two), and says the figures, the
 * budgets, and last one JSON line.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBaselineProject } from './baseline.ts';
import { runMeasured, type CpuSeconds } from './process-tree.ts';
import { benchJson, budgetLines, type BenchFigures } from './report.ts';
import { pageTypeLines, sitePageTypes } from './page-types.ts';
import { htmlPages, instansiPageSizes, pageJsKb } from './sizes.ts';
import { loadDataFolder } from '../data/load.ts';
import { writeNationalFolder } from './national-folder.ts';
import { GENERATOR_VERSION, type NationalOptions } from './national/options.ts';

export interface Bench {
  /** The project. */
  root: string;
  options: NationalOptions;
  /** What the builds inherit. */
  inherited: NodeJS.ProcessEnv;
  say: (line: string) => void;
}

export async function runBench({ root, options, inherited, say }: Bench): Promise<void> {
  // Reused while the generator's output cannot have changed: same version, same options.
  const data = join(root, 'node_modules', '.cache', 'rapor-bench', `v${GENERATOR_VERSION}-${options.seed}-${options.dari}-${options.hingga}-${options.provinsi ?? 'all'}`);
  const rowsFile = join(data, '.rows');
  if (!existsSync(rowsFile)) {
    say(`generating ${data} …`);
    const { rows } = writeNationalFolder(data, options);
    writeFileSync(rowsFile, String(rows));
  }
  const rows = Number(readFileSync(rowsFile, 'utf8'));

  // In a function, so that the validated Dataset is garbage before the builds run beside this process.
  const validateS = ((): number => {
    const started = performance.now();
    const loaded = loadDataFolder(data);
    const seconds = (performance.now() - started) / 1000;
    if (!loaded.ok) throw new Error(`the generated folder does not validate: ${loaded.problems.length} problems`);
    return seconds;
  })();
  say(`validation: ${rows} rows in ${validateS.toFixed(2)} s`);

  const work = mkdtempSync(join(tmpdir(), 'rapor-bench-'));
  /** One Rapor build of the generated folder into `<work>/<name>`, measured. */
  async function buildRapor(name: string) {
    const out = join(work, name);
    const run = await runMeasured('npm', ['run', '--silent', 'build', '--', '--outDir', out, '--no-pdf'], { cwd: root, env: { ...inherited, DATA_DIR: data } });
    if (run.status !== 0) throw new Error(`the Rapor build failed:\n${run.output.slice(-4000)}`);
    return { out, run, pages: htmlPages(out).length };
  }
  const byProgram = (mb: Record<string, number>) => Object.entries(mb).map(([program, value]) => `${program} ${value.toFixed(0)}`).join(', ');
  const cpuTotal = ({ user, system }: CpuSeconds) => user + system;
  const cpuText = (cpu: CpuSeconds) => `CPU ${cpuTotal(cpu).toFixed(1)} s (user ${cpu.user.toFixed(1)} s, system ${cpu.system.toFixed(1)} s)`;

  // Rapor is built before and after the bare template, and its time is the mean of the two: this
  // machine's speed drifts within minutes (docs/performance.md, "The machine"), and a drift during
  // the bench then weighs on both sides alike.
  const first = await buildRapor('dist');
  const { out: dist, pages } = first;
  say(`Rapor build: ${pages} pages in ${first.run.seconds.toFixed(1)} s, peak RSS ${first.run.peakRssMb.toFixed(0)} MB, ${cpuText(first.run.cpu)}`);
  // Which step costs what, then each program's peak RSS.
  say(`  steps: ${[...first.run.output.matchAll(/Langkah \[step\] ([^:]+): ([\d.]+ s)/g)].map(([, step, time]) => `${step} ${time}`).join(', ')}`);
  say(`  peak RSS by program (MB): ${byProgram(first.run.peakRssMbByProgram)}`);
  say(`  at the tree's peak (MB): ${byProgram(first.run.atPeakMbByProgram)}`);

  const baselineDir = join(work, 'baseline');
  writeBaselineProject(baselineDir, pages, join(root, 'node_modules'));
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const baseline = await runMeasured(process.execPath, [astro, 'build'], { cwd: baselineDir, env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (baseline.status !== 0) throw new Error(`the baseline build failed:\n${baseline.output.slice(-4000)}`);
  say(`bare Astro build: ${pages} pages in ${baseline.seconds.toFixed(1)} s, peak RSS ${baseline.peakRssMb.toFixed(0)} MB, ${cpuText(baseline.cpu)}`);

  const second = await buildRapor('dist-again');
  if (second.pages !== pages) throw new Error(`the second Rapor build wrote ${second.pages} pages, the first ${pages}`);
  rmSync(second.out, { recursive: true, force: true });
  const buildS = (first.run.seconds + second.run.seconds) / 2;
  say(`Rapor build again: ${second.run.seconds.toFixed(1)} s, peak RSS ${second.run.peakRssMb.toFixed(0)} MB, ${cpuText(second.run.cpu)}; mean of the two ${buildS.toFixed(1)} s`);
  // The work beside the wait: on two cores kept busy, the wall time is the CPU time over two
  // (docs/performance.md, "Where a national build's time goes").
  say(`CPU time, Rapor (mean of the two) ÷ bare template: ${((cpuTotal(first.run.cpu) + cpuTotal(second.run.cpu)) / 2 / cpuTotal(baseline.cpu)).toFixed(2)}`);

  const instansi = instansiPageSizes(dist);
  const chartPage = `laporan/${options.hingga}/index.html`;
  const plainPage = 'metodologi/index.html';
  say(`instansi pages (gzip): median ${instansi[instansi.length >> 1]!.toFixed(1)} KB, largest ${instansi.at(-1)!.toFixed(1)} KB of ${instansi.length}`);
  const figures: BenchFigures = {
    pages,
    rows,
    validate_s: validateS,
    build_s: buildS,
    baseline_s: baseline.seconds,
    ratio: buildS / baseline.seconds,
    peak_rss_mb: Math.max(first.run.peakRssMb, second.run.peakRssMb),
    html_kb_gz: instansi.at(-1)!,
    js_kb_gz: pageJsKb(dist, chartPage),
  };
  say(`JavaScript (gzip): ${chartPage} ${figures.js_kb_gz.toFixed(1)} KB, ${plainPage} ${pageJsKb(dist, plainPage).toFixed(1)} KB`);
  say('pages by type (a segment with a digit as #):');
  for (const line of pageTypeLines(sitePageTypes(dist))) say(line);
  for (const line of budgetLines(figures)) say(line);
  rmSync(work, { recursive: true, force: true });
  say(benchJson(figures));
}
