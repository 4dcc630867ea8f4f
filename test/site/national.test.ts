/**
 * The small national folder (src/bench/national/options.ts SMALL: three provinsi, four K/L, 2019
 * published, 2020 a draft), built: its edition pages are summaries with a page per provinsi and one
 * for the K/L, the home page summarises, and these pages keep within the element budgets of issue 20.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELEMENT_BUDGET, isCetakPage, sitePageTypes } from '../../src/bench/page-types.ts';
import { loadDataFolder } from '../../src/data/load.ts';
import { writeNationalFolder } from '../../src/bench/national-folder.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { PEMDA_JENIS } from '../../src/domain/instansi.ts';
import { provinsiKodeOf } from '../../src/domain/kode.ts';
import { SMALL } from '../../src/bench/national/options.ts';
import { cakupanByBagian } from '../../src/domain/views/cakupan.ts';
import { scoreMovers } from '../../src/domain/views/edition-bagian.ts';
import { formatDelta } from '../../src/i18n/format.ts';
import { buildSite } from '../support/build.ts';
import { rowsOf } from '../support/html.ts';
import { htmlErrors, linkProblems } from '../support/site-checks.ts';

let outDir: string;
let dataset: Dataset;
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

beforeAll(() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'rapor-national-site-')), 'data');
  writeNationalFolder(dir, SMALL);
  const loaded = loadDataFolder(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  dataset = loaded.dataset;
  outDir = buildSite(dir, '--no-pdf');
}, 600_000);

/** The provinsi (by the first two digits of a pemda's kode) with SAKIP or kepatuhan rows in an edition. */
const provinsiWithRows = (tahun: number): string[] => {
  const edition = dataset.editions.find((e) => e.tahun === tahun)!;
  const jenis = new Map(dataset.instansi.map((i) => [i.kode, i.jenis]));
  const rows = [...(edition.datasets.sakip ?? []), ...(edition.datasets.kepatuhan ?? [])];
  return [...new Set(rows.filter((row) => PEMDA_JENIS.includes(jenis.get(row.kode)!)).map((row) => provinsiKodeOf(row.kode)))].sort();
};

describe('an edition of the national folder', () => {
  it('has a page per provinsi with data and one for the K/L, in both languages, linked from its summary’s table of contents', () => {
    for (const tahun of [2019, 2020]) {
      const provinsi = provinsiWithRows(tahun);
      expect(provinsi).toEqual(['11', '12', '13']);
      for (const lang of ['', 'en/']) {
        for (const part of [...provinsi, 'kl']) expect(existsSync(join(outDir, `${lang}laporan/${tahun}/${part}/index.html`)), `${lang}${tahun}/${part}`).toBe(true);
        const contents = rowsOf(page(`${lang}laporan/${tahun}`), lang === '' ? `Daftar isi laporan ${tahun}: jumlah instansi per bagian` : `Contents of the ${tahun} report: institutions per part`);
        expect(contents.map((row) => row[0])).toEqual(['Aceh', 'Sumatera Utara', 'Sumatera Barat', lang === '' ? 'Kementerian/lembaga' : 'Ministries and agencies']);
        for (const part of [...provinsi, 'kl']) expect(page(`${lang}laporan/${tahun}`)).toContain(`href="/${lang}laporan/${tahun}/${part}/"`);
      }
    }
  });

  it('summarises: no full table on the summary, each provinsi’s rows on its page, every row in the print version', () => {
    const summary = page('laporan/2020');
    expect(summary).not.toContain('Semua hasil: SAKIP 2020');
    const sakip = dataset.editions.find((e) => e.tahun === 2020)!.datasets.sakip!;
    const nama = new Map(dataset.instansi.map((i) => [i.kode, i.nama]));
    const namesOf = (kodes: readonly string[]) => kodes.map((kode) => nama.get(kode as never)!).sort();
    const rowNames = (html: string) => rowsOf(html, 'Semua hasil: SAKIP 2020').map((row) => row[0]!).sort();
    expect(rowNames(page('laporan/2020/12'))).toEqual(namesOf(sakip.filter((row) => row.kode.startsWith('12')).map((row) => row.kode)));
    expect(rowNames(page('laporan/2020/kl'))).toEqual(namesOf(sakip.filter((row) => /^(kem|lem)-/.test(row.kode)).map((row) => row.kode)));
    expect(rowsOf(page('laporan/2020/cetak'), 'Tabel lengkap: SAKIP 2020')).toHaveLength(sakip.length);
  });

  it('counts coverage per part on the coverage page, and each part’s page names its instansi and counts its pemda’s OPD', () => {
    const edition = dataset.editions.find((e) => e.tahun === 2020)!;
    const parts = cakupanByBagian(dataset, edition);
    const cakupan = page('laporan/2020/cakupan');
    expect(cakupan).not.toContain('Cakupan data 2020 selain OPD');
    const perPart = rowsOf(cakupan, 'Cakupan per bagian laporan 2020');
    expect(perPart.map((row) => row.slice(0, 2))).toEqual([['Aceh', '24'], ['Sumatera Utara', '34'], ['Sumatera Barat', '20'], ['Kementerian/lembaga', '4']]);
    expect(perPart.map((row) => row.slice(2, 4).map(Number))).toEqual(parts.map((part) => [part.totals[0]!.ada, part.totals[0]!.tidakAda]));
    expect(perPart.at(-1)).toContain('tidak berlaku');
    expect(cakupan).toContain('href="/laporan/2020/12/#cakupan"');
    const sumut = parts.find((part) => part.id === '12')!;
    const rows = rowsOf(page('laporan/2020/12'), 'Cakupan data: Sumatera Utara');
    expect(rows.map((row) => row[0])).toEqual(sumut.rows.map((row) => row.instansi.nama));
    expect(rows.map((row) => row.slice(-2).map(Number))).toEqual(sumut.rows.map((row) => { const line = sumut.opd.get(row.instansi.kode)!; return [line.ada, line.tidakAda.length]; }));
    // A pemda's OPD page names its OPD without data and points to its part's coverage.
    const [pemda] = [...sumut.opd].find(([, line]) => line.tidakAda.length > 0)!;
    expect(page(`laporan/2020/opd/${pemda}`)).toContain('href="/laporan/2020/12/#cakupan"');
  });

  it('names the largest rises and falls by score since the published edition before it', () => {
    const movers = scoreMovers(dataset, 2020, 'sakip');
    expect(movers.previous).toEqual({ tahun: 2019 });
    expect(movers.rises).toHaveLength(10);
    const shown = rowsOf(page('laporan/2020'), 'Kenaikan nilai terbesar: SAKIP 2019 ke 2020');
    expect(shown.map((row) => [row[0], row[4]!.split(' ')[0]])).toEqual(movers.rises.map((m) => [m.instansi.nama, formatDelta(m.delta, 'id')]));
    const falls = rowsOf(page('en/laporan/2020'), 'Largest falls in score: SAKIP, 2019 to 2020');
    expect(falls.map((row) => row[0])).toEqual(movers.falls.map((m) => m.instansi.nama));
  });
});

describe('the home page of the national folder', () => {
  it('summarises the latest published edition and never lists every change', () => {
    const home = page('');
    expect(home).not.toContain('<caption>Yang berubah sejak edisi sebelumnya</caption>');
    expect(home).toMatch(/\d+ predikat atau zona berubah sejak edisi sebelumnya/);
    expect(rowsOf(home, 'Sebaran: SAKIP 2019').at(-1)).toEqual(['Jumlah', String(dataset.editions[0]!.datasets.sakip!.length)]);
    expect(home).toContain('Belum ada edisi terbit sebelumnya untuk dibandingkan.');
    expect(page('en')).toContain('href="/en/laporan/2019/#daftar-isi"');
  });
});

describe('the pages of the national folder', () => {
  it('keep within the element budgets: 1 500 on a typical page of a type, 3 000 on any, every type but the print versions', () => {
    const figures = sitePageTypes(outDir).filter((f) => !isCetakPage(f.type));
    const types = ['index.html', 'laporan/#/index.html', 'laporan/#/#/index.html', 'laporan/#/kl/index.html', 'laporan/#/cakupan/index.html', 'peringkat/#/index.html', 'peringkat/#/#/index.html', 'instansi/#/index.html'];
    for (const type of types) expect(figures.map((f) => f.type)).toEqual(expect.arrayContaining([type, `en/${type}`]));
    for (const f of figures) {
      expect(f.typicalElements, f.type).toBeLessThanOrEqual(ELEMENT_BUDGET.typical);
      expect(f.most.elements, f.most.path).toBeLessThanOrEqual(ELEMENT_BUDGET.any);
    }
  });

  it('of a published edition’s parts are in the sitemap, a draft’s not', () => {
    const sitemap = readdirSync(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file)).map((file) => readFileSync(join(outDir, file), 'utf8')).join('');
    for (const part of ['11', '12', '13', 'kl']) expect(sitemap).toContain(`/laporan/2019/${part}/</loc>`);
    expect(sitemap).not.toContain('/laporan/2020/');
  });

  it('link within the site, and are valid HTML', async () => {
    const pages = ['index.html', 'en/index.html', 'laporan/2020/index.html', 'laporan/2020/cakupan/index.html', 'laporan/2019/11/index.html', 'en/laporan/2020/kl/index.html', 'laporan/2020/13/index.html'].map((p) => join(outDir, p));
    expect(linkProblems(outDir, pages).broken).toEqual([]);
    expect(await htmlErrors(outDir, pages)).toEqual([]);
  });
});
