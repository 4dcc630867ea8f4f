/**
 * The rankings of the small national folder (3 provinsi, 2019–2020; a peer group of 54 kabupaten):
 * a static page per provinsi and year, the year's page within the element budget with its long group
 * cut to its top and paged, and the filters as an enhancement (issue 20, item 3).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { writeNationalFolder } from '../../src/bench/national-folder.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { SMALL } from '../../src/bench/national/options.ts';
import { kelompokPeringkatPages, provinsiPeringkatPages } from '../../src/domain/views/peringkat-pages.ts';
import { browserTests } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { axeViolations, siteInBrowser } from '../support/page.ts';

let dataset: Dataset;
let dist: string;

beforeAll(() => {
  const data = join(mkdtempSync(join(tmpdir(), 'rapor-national-rankings-')), 'data');
  writeNationalFolder(data, SMALL);
  const loaded = loadDataFolder(data);
  if (!loaded.ok) throw new Error('the small national folder does not validate');
  dataset = loaded.dataset;
  dist = buildSite(data, '--no-pdf', '--lang', 'id');
}, 300_000);

const web = siteInBrowser(() => dist);

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The elements of a page: its start tags. */
const elements = (page: string) => page.match(/<[a-zA-Z]/g)!.length;
const pagesUnder = (dir: string): string[] =>
  readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pagesUnder(join(dir, e.name)) : e.name === 'index.html' ? [dir] : []));

describe('rankings of a national folder, without JavaScript', () => {
  it('have a static page for every provinsi and year, linked from the year’s page', () => {
    const pages = provinsiPeringkatPages(dataset);
    expect(pages).toHaveLength(dataset.editions.length * 3);
    for (const { edition, provinsi } of pages) {
      const page = html(`peringkat/${edition.tahun}/${provinsi.kode}`);
      expect(page).toContain(`<h1>Peringkat ${edition.tahun}: ${provinsi.nama}</h1>`);
      expect(html(`peringkat/${edition.tahun}`)).toContain(`<a href="/peringkat/${edition.tahun}/${provinsi.kode}/" data-provinsi-page="${provinsi.kode}">${provinsi.nama}</a>`);
    }
  });

  it('show a long peer group by its top and largest rises on the year’s page, and whole over its pages', () => {
    const paged = kelompokPeringkatPages(dataset);
    expect(paged.map((p) => `${p.edition.tahun} ${p.kind} ${p.group.group.id} ${p.halaman}`)).toContain('2020 sakip kabupaten 2');
    const year = html('peringkat/2020');
    expect(year).toMatch(/Kabupaten · SAKIP 2020: 5 teratas dari 54/);
    expect(year).toMatch(/Kabupaten · SAKIP 2020: kenaikan nilai terbesar sejak 2019/);
    expect(year).toContain('<a href="/peringkat/2020/sakip/kabupaten/2/"');
    // No filter form where the tables hold only part of their rows, and no CSV that would pass for the group's.
    expect(year).not.toContain('<select name="provinsi"');
    expect(year.match(/data-file-all="[^"]*(?:teratas|kenaikan)[^"]*"/g)).toBeNull();
    const rows = paged.filter((p) => p.edition.tahun === 2020 && p.group.group.id === 'kabupaten').map((p) => (html(`peringkat/2020/sakip/kabupaten${p.halaman === 1 ? '' : `/${p.halaman}`}`).match(/<tr data-/g) ?? []).length);
    expect(rows.reduce((a, b) => a + b)).toBe(54);
  });

  it('keep every rankings page within the element budget: 1 500 on the year’s page, 3 000 on any', () => {
    for (const path of pagesUnder('peringkat')) {
      const count = elements(html(path));
      expect(count, path).toBeLessThanOrEqual(3000);
      if (/^peringkat\/\d+$/.test(path)) expect(count, path).toBeLessThanOrEqual(1500);
    }
    expect(existsSync(join(dist, 'peringkat/2020/12/index.html'))).toBe(true);
  });
});

describe.runIf(browserTests)('rankings of a national folder in a real browser', () => {
  it('say without JavaScript that a filtered address is not filtered, and offer the provinsi pages', async () => {
    const { page, close } = await web.open('/peringkat/2020/?provinsi=12', { javaScriptEnabled: false });
    const note = page.locator('noscript p');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain('Tanpa JavaScript, alamat yang membawa saringan tetap menampilkan halaman ini tanpa saringan');
    await expect(page.locator('a[data-provinsi-page="12"]').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/peringkat/2020/');
    await close();
  });

  it('open a provinsi’s own page from a shared ?provinsi= address, the other choices kept', async () => {
    const { page, problems, close } = await web.open('/peringkat/2020/?provinsi=12&urut=selisih');
    await page.waitForURL(/\/peringkat\/2020\/12\//);
    expect(new URL(page.url()).search).toBe('?urut=selisih');
    // Sorted by score change, largest rise first; rows without one last.
    const deltas = await page.locator('table[data-ranking-table]').first().locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-selisih')));
    const numbers = deltas.filter((d) => d !== null).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(problems).toEqual([]);
    await close();
  });

  it('keep the largest rises in their order when the script sorts the other tables', async () => {
    const { page, close } = await web.open('/peringkat/2020/');
    const rises = page.locator('table[data-fixed-order]').first();
    const deltas = (await rises.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-selisih'))))) as number[];
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
    await expect(rises.locator('button.sort').count()).resolves.toBe(0);
    await close();
  });

  for (const path of ['/peringkat/2020/', '/peringkat/2020/12/', '/peringkat/2020/sakip/kabupaten/2/']) {
    it(`${path}: fits a 360 px phone, and passes axe-core (WCAG 2.1 A and AA)`, async () => {
      const { page, close } = await web.open(path, { viewport: { width: 360, height: 740 }, bypassCSP: true });
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    });
  }
});
