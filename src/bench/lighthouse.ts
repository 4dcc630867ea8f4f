/**
 * Lighthouse's mobile performance score of a built site's heaviest pages (issue 20: at least 90 on
 * the heaviest page of each type). Lighthouse is fetched by npm on first use, at a pinned version,
 * and run with the machine's Chromium: it is a large download (docs/performance.md, "What it
 * measures") for a measurement made by hand, so it is not one of the project's dependencies.
 */
import { environment } from '../environment.ts';
import { spawn } from 'node:child_process';
import { isCetakPage, type TypeFigures } from './page-types.ts';

export const LIGHTHOUSE_PACKAGE = 'lighthouse@13.5.0';
export const LIGHTHOUSE_BUDGET = 90;

/** The metrics Lighthouse's performance score is made of, as it displays them. */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;

export interface LighthouseResult {
  /** The page's URL path. */
  path: string;
  /** 0–100. */
  score: number;
  metrics: Record<keyof typeof METRICS, string>;
}

/** A page file's URL path: `laporan/2023/index.html` → `/laporan/2023/`. */
export const urlPathOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The pages to measure: of each type read by people (not the print versions; not the English twins,
 * the same markup in other words), the page with the most elements and the largest by bytes; and the
 * search page with a query, whose results are what its reader waits for. In path order.
 */
export function heaviestPages(figures: readonly TypeFigures[], cariQuery: string): string[] {
  const read = figures.filter((f) => !isCetakPage(f.type) && !f.type.startsWith('en/'));
  const paths = new Set(read.flatMap((f) => [f.most.path, f.largest.path]).map(urlPathOf));
  if (paths.delete('/cari/')) paths.add(`/cari/?q=${encodeURIComponent(cariQuery)}`);
  return [...paths].sort();
}

/** What Lighthouse's JSON report says of a page's performance. */
export function resultOf(path: string, report: { categories: { performance: { score: number | null } }; audits: Record<string, { displayValue?: string }> }): LighthouseResult {
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, audit]) => [key, report.audits[audit]?.displayValue ?? '?'])) as LighthouseResult['metrics'];
  return { path, score: Math.round((report.categories.performance.score ?? 0) * 100), metrics };
}

/** Lighthouse's mobile run (its default profile: a mid-range phone on a slow 4G line) of one URL. */
export async function lighthouse(url: string, chromium: string): Promise<unknown> {
  const args = ['exec', '--yes', `--package=${LIGHTHOUSE_PACKAGE}`, '--', 'lighthouse', url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet', '--chrome-flags=--headless=new --no-sandbox'];
  const child = spawn('npm', args, { env: { ...environment().inherited, CHROME_PATH: chromium }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`Lighthouse failed on ${url} (exit ${status}):\n${Buffer.concat(err).toString().slice(-2000)}`);
  return JSON.parse(Buffer.concat(out).toString());
}

/** One line per page, lowest score first, and the budget's verdict. */
export function lighthouseLines(results: readonly LighthouseResult[]): string[] {
  const sorted = results.toSorted((a, b) => a.score - b.score || (a.path < b.path ? -1 : 1));
  const lowest = sorted[0]?.score ?? 100;
  return [
    ...sorted.map(({ path, score, metrics: m }) => `  ${String(score).padStart(3)} ${path}: FCP ${m.fcp}, LCP ${m.lcp}, TBT ${m.tbt}, CLS ${m.cls}, SI ${m.si}`),
    `${lowest >= LIGHTHOUSE_BUDGET ? 'ok  ' : 'OVER'} Lighthouse mobile performance, lowest of ${results.length} pages: ${lowest} (≥ ${LIGHTHOUSE_BUDGET})`,
  ];
}
