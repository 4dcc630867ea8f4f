/** The benchmark's generator and report: deterministic, valid, and the JSON line of issue 8's shape. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heaviestPages, lighthouseLines, resultOf, urlPathOf } from '../../src/bench/lighthouse.ts';
import { elementCount, pageType, pageTypeLines, typeFigures } from '../../src/bench/page-types.ts';
import { BENCH_KEYS, benchJson } from '../../src/bench/report.ts';
import { filesUnder } from '../../src/data/hash.ts';
import { loadDataFolder } from '../../src/data/load.ts';
import { writeNationalFolder } from '../../src/bench/national-folder.ts';
import { SMALL } from '../../src/bench/national/options.ts';

const generate = (): string => {
  const dir = join(mkdtempSync(join(tmpdir(), 'rapor-national-')), 'data');
  writeNationalFolder(dir, SMALL);
  return dir;
};
const contents = (dir: string): Record<string, string> => Object.fromEntries(filesUnder(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));

describe('national generator (small scale)', () => {
  const first = generate();

  it('writes the same bytes for the same seed', () => {
    expect(contents(generate())).toEqual(contents(first));
  });

  it('writes a folder that validates, with renames, mergers, no kepatuhan in 2020 and synthetic sources', () => {
    const loaded = loadDataFolder(first);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.dataset.instansi.some((i) => i.nama_lain.length > 0)).toBe(true);
    expect(loaded.dataset.instansi.some((i) => i.pengganti !== undefined && i.aktif_hingga === 2019)).toBe(true);
    expect(readdirSync(join(first, '2020'))).not.toContain('kepatuhan.csv');
    expect(loaded.dataset.editions.map((e) => e.edisi.status)).toEqual(['terbit', 'draf']);
    expect(loaded.dataset.editions.flatMap((e) => e.datasets.opd ?? []).every((row) => row.sumber === 'Data sintetis untuk uji skala Rapor')).toBe(true);
  });
});

describe('bench report', () => {
  it('ends with one JSON object of exactly the keys of issue 8', () => {
    const line = benchJson({ pages: 10, rows: 20, validate_s: 0.123, build_s: 3.456, baseline_s: 2.5, ratio: 1.3824, peak_rss_mb: 512.5, html_kb_gz: 4.25, js_kb_gz: 58.48 });
    const parsed = JSON.parse(line) as Record<string, number>;
    expect(Object.keys(parsed)).toEqual([...BENCH_KEYS]);
    expect(Object.keys(parsed)).toEqual(['pages', 'rows', 'validate_s', 'build_s', 'baseline_s', 'ratio', 'peak_rss_mb', 'html_kb_gz', 'js_kb_gz']);
    expect(Object.values(parsed).every((v) => typeof v === 'number')).toBe(true);
    expect(line).not.toContain('\n');
  });
});

describe('pages by type', () => {
  const page = (path: string, elements: number, bytes = elements * 40) => ({ path, elements, bytes });

  it('types a page by its path, a segment with a digit standing for any year or kode', () => {
    expect(pageType('laporan/2023/16/index.html')).toBe('laporan/#/#/index.html');
    expect(pageType('en/instansi/99.71.bappeda/index.html')).toBe('en/instansi/#/index.html');
    expect(pageType('metodologi/index.html')).toBe('metodologi/index.html');
  });

  it('counts elements by their start tags, not escaped text or closing tags', () => {
    expect(elementCount('<!doctype html><html><body><p class="a">1 &lt; 2 <b>x</b></p><br></body></html>')).toBe(5);
  });

  it('gives each type its typical (median) and largest page, and judges the budgets without the print versions', () => {
    const figures = typeFigures(
      [page('instansi/1/index.html', 300), page('instansi/2/index.html', 900), page('instansi/3/index.html', 400), page('laporan/2023/index.html', 3200, 10), page('laporan/2023/cetak/index.html', 9000)],
      (path) => path.length,
    );
    expect(figures.map((f) => [f.type, f.pages, f.typicalElements, f.most.path])).toEqual([
      ['laporan/#/cetak/index.html', 1, 9000, 'laporan/2023/cetak/index.html'],
      ['laporan/#/index.html', 1, 3200, 'laporan/2023/index.html'],
      ['instansi/#/index.html', 3, 400, 'instansi/2/index.html'],
    ]);
    expect(figures[1]!.largest).toEqual({ path: 'laporan/2023/index.html', elements: 3200, bytes: 10, gzipBytes: 23 });
    const verdicts = pageTypeLines(figures).slice(-2);
    expect(verdicts).toEqual([
      'OVER elements on a typical page of its type, worst type (print versions excepted): 3200 (≤ 1500)',
      'OVER elements on any page (print versions excepted): 3200 (≤ 3000)',
    ]);
    expect(pageTypeLines(figures.slice(2)).slice(-2).every((line) => line.startsWith('ok'))).toBe(true);
  });
});


describe('Lighthouse of the heaviest pages', () => {
  const page = (path: string, elements: number, bytes = elements * 40) => ({ path, elements, bytes });

  it('measures, per type read by people, the page with most elements and the largest, and the search page with a query', () => {
    const figures = typeFigures(
      [
        page('index.html', 500),
        page('instansi/1/index.html', 300, 90_000),
        page('instansi/2/index.html', 900),
        page('en/instansi/2/index.html', 900),
        page('laporan/2023/cetak/index.html', 9000),
        page('cari/index.html', 80),
      ],
      (path) => path.length,
    );
    expect(heaviestPages(figures, 'Kabupaten Lahat')).toEqual(['/', '/cari/?q=Kabupaten%20Lahat', '/instansi/1/', '/instansi/2/']);
    expect(urlPathOf('404.html')).toBe('/404.html');
  });

  it('reads the score and metrics from the report, and holds the lowest to 90', () => {
    const report = (score: number, tbt: string) => ({
      categories: { performance: { score } },
      audits: { 'first-contentful-paint': { displayValue: '1.2 s' }, 'largest-contentful-paint': { displayValue: '1.4 s' }, 'total-blocking-time': { displayValue: tbt }, 'cumulative-layout-shift': { displayValue: '0' }, 'speed-index': { displayValue: '2.3 s' } },
    });
    const results = [resultOf('/a/', report(0.97, '60 ms')), resultOf('/b/', report(0.894, '420 ms'))];
    expect(results[1]).toEqual({ path: '/b/', score: 89, metrics: { fcp: '1.2 s', lcp: '1.4 s', tbt: '420 ms', cls: '0', si: '2.3 s' } });
    expect(lighthouseLines(results)).toEqual([
      '   89 /b/: FCP 1.2 s, LCP 1.4 s, TBT 420 ms, CLS 0, SI 2.3 s',
      '   97 /a/: FCP 1.2 s, LCP 1.4 s, TBT 60 ms, CLS 0, SI 2.3 s',
      'OVER Lighthouse mobile performance, lowest of 2 pages: 89 (≥ 90)',
    ]);
    expect(lighthouseLines(results.slice(0, 1)).at(-1)).toBe('ok   Lighthouse mobile performance, lowest of 1 pages: 97 (≥ 90)');
  });
});
