/** The benchmark's figures, the budgets of issue 8, and the JSON line the benchmark ends with. */

export interface BenchFigures {
  pages: number;
  rows: number;
  validate_s: number;
  build_s: number;
  baseline_s: number;
  ratio: number;
  peak_rss_mb: number;
  /** The largest instansi page's HTML, gzip, in KB (1024 bytes). */
  html_kb_gz: number;
  /** The JavaScript a chart page loads (charts included), gzip, in KB. */
  js_kb_gz: number;
}

export const BENCH_KEYS = ['pages', 'rows', 'validate_s', 'build_s', 'baseline_s', 'ratio', 'peak_rss_mb', 'html_kb_gz', 'js_kb_gz'] as const;

/** Validation is budgeted for 250 000 rows; a folder of another size is held to the same rate. */
export const BUDGET_ROWS = 250_000;

export const BUDGETS: { key: keyof BenchFigures; max: (f: BenchFigures) => number; label: string }[] = [
  { key: 'ratio', max: () => 1.5, label: 'Rapor build ÷ bare Astro build' },
  { key: 'peak_rss_mb', max: () => 2048, label: 'peak RSS of the build (MB)' },
  { key: 'validate_s', max: (f) => (3 * f.rows) / BUDGET_ROWS, label: 'validation (s), 3 s per 250 000 rows' },
  { key: 'html_kb_gz', max: () => 30, label: 'instansi page HTML (KB gzip)' },
  { key: 'js_kb_gz', max: () => 80, label: 'chart page JavaScript (KB gzip)' },
];

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The last line of `npm run bench`: exactly BENCH_KEYS, in that order. */
export function benchJson(figures: BenchFigures): string {
  return JSON.stringify(Object.fromEntries(BENCH_KEYS.map((key) => [key, Number.isInteger(figures[key]) ? figures[key] : round(figures[key], 2)])));
}

/** One line per budget: the figure, the limit, and whether it holds. */
export function budgetLines(figures: BenchFigures): string[] {
  return BUDGETS.map(({ key, max, label }) => {
    const limit = round(max(figures), 2);
    return `${figures[key] <= limit ? 'ok  ' : 'OVER'} ${label}: ${round(figures[key], 2)} (≤ ${limit})`;
  });
}
