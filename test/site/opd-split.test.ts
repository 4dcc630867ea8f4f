/**
 * A site whose OPD chapters are split (more than five pemda with OPD rows, test/fixtures/opd-split.ts):
 * a page per pemda and edition in both languages, the report, its print version and the rankings
 * page showing a table of pemda instead of every OPD, the sitemap, drafts, links and HTML validity.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/site.ts';
import { GAP, KOREKSI_REASON, PEMDA } from '../fixtures/opd-split.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';
import { escapeHtml, rowsOf } from '../support/html.ts';
import { htmlErrors, htmlFiles, linkProblems } from '../support/site-checks.ts';

let outDir: string;
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const NOINDEX = '<meta name="robots" content="noindex">';
const OPD_KODE = PEMDA.flatMap(([kode], i) => ['dinkes', 'disdik', 'bappeda'].slice(0, i % 2 === 1 ? 3 : 2).map((slug) => `${kode}.${slug}`));
const PEMDA_TABLE = { id: 'OPD per pemda 2024: jumlah OPD dinilai dan predikatnya', en: 'OPD by regional government 2024: OPD assessed and their grades' };
/** Pemda, provinsi, OPD assessed, then A, BB, B: the grades 2024's OPD got. */
const PEMDA_ROWS = [
  ['Sumatera Selatan', 'Sumatera Selatan', '2', '0', '1', '1'],
  ['Kota Palembang', 'Sumatera Selatan', '3', '0', '1', '2'],
  [escapeHtml(HOSTILE.script), 'Sumatera Selatan', '2', '0', '1', '1'],
  ['Kota Prabumulih', 'Sumatera Selatan', '3', '0', '2', '1'],
  ['Bengkulu', 'Bengkulu', '2', '0', '2', '0'],
  ['Kabupaten Kaur', 'Bengkulu', '3', '1', '2', '0'],
  ['Kota Bengkulu', 'Bengkulu', '2', '1', '1', '0'],
];

beforeAll(async () => {
  ({ dist: outDir } = await sharedSite('opd-split-no-pdf'));
}, SHARED_SITE_TIMEOUT);

describe('the OPD page of a pemda', () => {
  it('exists for every pemda with OPD rows in every edition, in both languages', () => {
    for (const lang of ['', 'en/']) {
      for (const tahun of [2023, 2024, 2025]) {
        for (const [kode] of PEMDA) expect(existsSync(join(outDir, `${lang}laporan/${tahun}/opd/${kode}/index.html`)), `${lang}${tahun}/${kode}`).toBe(true);
      }
    }
  });

  it('ranks the pemda’s OPD with their change since the previous edition, in each language', () => {
    const id = rowsOf(page('laporan/2024/opd/16.74'), 'OPD Kota Prabumulih · Evaluasi internal OPD 2024');
    expect(id).toEqual([
      ['1', 'Dinas Pendidikan', 'BB', '78,00', 'naik 1', '+7,00'],
      ['2', 'Dinas Kesehatan', 'BB', '73,00', 'turun 1', '−3,00'],
      ['3', 'Badan Perencanaan Pembangunan Daerah', 'B', '67,00', 'tetap', '+1,00'],
    ]);
    const en = rowsOf(page('en/laporan/2024/opd/16.74'), 'OPD of Kota Prabumulih · Internal OPD evaluation 2024');
    expect(en.map((row) => [row[1], row[3], row[4], row[5]])).toEqual([
      ['Dinas Pendidikan', '78.00', 'up 1', '+7.00'],
      ['Dinas Kesehatan', '73.00', 'down 1', '−3.00'],
      ['Badan Perencanaan Pembangunan Daerah', '67.00', 'unchanged', '+1.00'],
    ]);
    expect(page('laporan/2024/opd/16.74')).toContain('Perubahan nilai dan peringkat dibandingkan dengan 2023');
    // The first edition has nothing to compare with.
    const first = rowsOf(page('laporan/2023/opd/16.74'), 'OPD Kota Prabumulih · Evaluasi internal OPD 2023');
    expect(first.map((row) => row.slice(0, 4))).toEqual([
      ['1', 'Dinas Kesehatan', 'BB', '76,00'],
      ['2', 'Dinas Pendidikan', 'BB', '71,00'],
      ['3', 'Badan Perencanaan Pembangunan Daerah', 'B', '66,00'],
    ]);
    expect(first.every((row) => row.length === 4)).toBe(true);
  });

  it('names the pemda and the edition, links back, and shows the grades of its OPD', () => {
    const html = page('laporan/2024/opd/16.74');
    expect(html).toContain('<h1>OPD Kota Prabumulih — Rapor Nasional 2024</h1>');
    expect(page('en/laporan/2024/opd/16.74')).toContain('<h1>OPD of Kota Prabumulih — Rapor Nasional 2024</h1>');
    for (const href of ['/laporan/2024/#opd', '/instansi/16.74/', '/peringkat/2024/#opd']) expect(html).toContain(`href="${href}"`);
    const grades = rowsOf(html, 'Sebaran predikat: OPD Kota Prabumulih 2024');
    expect(grades.filter((row) => row[1] !== '0')).toEqual([['BB', '2'], ['B', '1'], ['Jumlah', '3']]);
    // Found through the instansi pages, not by site search.
    expect(html).not.toContain('data-pagefind-body');
  });

  it('lists the grades of its OPD that moved since the previous edition', () => {
    expect(rowsOf(page('laporan/2024/opd/16'), 'Yang berubah sejak edisi sebelumnya: OPD Sumatera Selatan')).toEqual([
      ['Dinas Pendidikan (Evaluasi internal OPD)', 'B 2023 ke BB 2024', 'naik'],
    ]);
  });

  it('lists the corrections of its OPD’s rows, and cites its own rows under its own title', () => {
    const html = page('laporan/2024/opd/16.74');
    expect(html).toContain('id="koreksi-1"');
    expect(html).toContain(escapeHtml(KOREKSI_REASON));
    expect(page('laporan/2024/opd/16.71')).not.toContain('koreksi-1');
    const kutip = html.slice(html.indexOf('<section class="kutip"')).replaceAll('<wbr>', '');
    expect(kutip).toContain('OPD Kota Prabumulih — Rapor Nasional 2024. Terbit 2025-04-30. https://rapor.example.org/laporan/2024/opd/16.74/.');
    expect(kutip).toContain('Inspektorat Kota Prabumulih');
    expect(kutip).not.toContain('LHE AKIP 2024');
    expect(kutip).toContain('href="/unduh/2024/opd-2024.csv"');
  });

  it('is where an OPD’s history leads, year by year, from its instansi page; a pemda’s own history leads to the report', () => {
    for (const [lang, prefix] of [['', '/'], ['en/', '/en/']] as const) {
      const html = page(`${lang}instansi/16.74.dinkes`);
      const history = html.slice(html.indexOf('<table data-stack'), html.indexOf('</table>'));
      for (const tahun of [2023, 2024]) expect(history, `${lang}${tahun}`).toContain(`<a href="${prefix}laporan/${tahun}/opd/16.74/">${tahun}</a>`);
      expect(history).not.toContain(`<a href="${prefix}laporan/2024/">`);
      // 2025 is a draft: its figures stay on its own pages (docs/data.md).
      expect(history).not.toContain(`${prefix}laporan/2025/`);
    }
    // The OPD without a row in the draft 2025 shows its published years only; the draft's pemda page names it (below).
    expect(page(`instansi/${GAP.kode}`)).toContain('<a href="/laporan/2024/opd/17.04/">2024</a>');
    expect(page(`instansi/${GAP.kode}`)).not.toContain(`/laporan/${GAP.tahun}/`);
    expect(page('instansi/16.74')).toContain('<a href="/laporan/2024/">2024</a>');
  });

  it('keeps a draft edition’s pages out of search engines, and points an older edition to the newest', () => {
    const draft = page('laporan/2025/opd/16.74');
    expect(draft).toContain('Draf — belum terbit');
    expect(draft).toContain(NOINDEX);
    expect(page('laporan/2024/opd/16.74')).not.toContain(NOINDEX);
    expect(page('laporan/2023/opd/16.74')).toMatch(/Ada edisi yang lebih baru: <a href="\/laporan\/2024\/opd\/16\.74\/">OPD Kota Prabumulih — Rapor Nasional 2024<\/a>/);
  });

  it('escapes a hostile pemda name', () => {
    const html = page('laporan/2024/opd/16.72');
    expect(html).toContain(`<h1>OPD ${escapeHtml(HOSTILE.script)} — Rapor Nasional 2024</h1>`);
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)</script>');
  });
});

describe('a split edition', () => {
  it('shows on its report a table of pemda linking to their OPD pages, not every OPD', () => {
    for (const [lang, caption] of [['id', PEMDA_TABLE.id], ['en', PEMDA_TABLE.en]] as const) {
      const html = page(lang === 'id' ? 'laporan/2024' : 'en/laporan/2024');
      expect(rowsOf(html, caption)).toEqual(PEMDA_ROWS);
      for (const [kode] of PEMDA) expect(html).toContain(`href="${lang === 'id' ? '' : '/en'}/laporan/2024/opd/${kode}/"`);
    }
    const html = page('laporan/2024');
    expect(rowsOf(html, 'Sebaran predikat: OPD 2024').filter((row) => row[1] !== '0')).toEqual([['A', '2'], ['BB', '10'], ['B', '5'], ['Jumlah', '17']]);
    expect(html).toContain('href="/unduh/2024/opd-2024.csv"');
    expect(existsSync(join(outDir, 'unduh/2024/opd-2024.csv'))).toBe(true);
    // No OPD row: only the corrected one is named, in the list of corrections.
    expect(html).not.toContain('Peringkat OPD');
    expect(OPD_KODE.filter((kode) => html.includes(`href="/instansi/${kode}/"`))).toEqual(['16.74.dinkes']);
    // The summary leaves the OPD grade moves to the pemda's pages.
    expect(html).not.toContain('(Evaluasi internal OPD)</span>');
    expect(html).toContain('Perubahan predikat OPD ada di halaman OPD tiap pemda: <a href="#opd">');
  });

  it('counts OPD coverage per pemda on the coverage page, and names an OPD without data on its pemda’s page', () => {
    const html = page('laporan/2025/cakupan');
    expect(rowsOf(html, 'Cakupan data OPD 2025 per pemda')).toEqual(PEMDA.map(([kode, nama], i) => [
      escapeHtml(nama),
      String((i % 2 === 1 ? 3 : 2) - (kode === '17.04' ? 1 : 0)),
      kode === '17.04' ? '1' : '0',
    ]));
    expect(html).toContain('href="/laporan/2025/opd/17.04/"');
    // The instansi table leaves the OPD to that table.
    expect(rowsOf(html, 'Cakupan data 2025 selain OPD').map((row) => row[0])).toEqual(PEMDA.map(([, nama]) => escapeHtml(nama)));
    expect(page('laporan/2025/opd/17.04')).toContain(`<h2 id="tanpa-data">OPD tanpa data</h2>`);
    expect(page('laporan/2025/opd/17.04')).toContain(`<li><a href="/instansi/${GAP.kode}/">Badan Perencanaan Pembangunan Daerah</a></li>`);
    expect(page('laporan/2025/opd/17.71')).not.toContain('tanpa-data');
    expect(page('en/laporan/2025/opd/17.04')).toContain('<h2 id="tanpa-data">OPD without data</h2>');
  });

  it('leaves the OPD grade moves off the home page too, pointing to the table of pemda', () => {
    const html = page('');
    expect(html).toContain('Yang berubah sejak edisi sebelumnya');
    expect(html).not.toContain('(Evaluasi internal OPD)</span>');
    expect(html).toContain('Perubahan predikat OPD ada di halaman OPD tiap pemda: <a href="/laporan/2024/#opd">');
    expect(page('en')).toContain('Changes of OPD grades are on each regional government’s OPD page: <a href="/en/laporan/2024/#opd">');
  });

  it('prints the same table, says where the OPD tables are, and does not print them', () => {
    const html = page('laporan/2024/cetak');
    expect(rowsOf(html, PEMDA_TABLE.id)).toEqual(PEMDA_ROWS);
    // Addresses wrap at their slashes (<wbr>) on a narrow screen.
    const unwrapped = html.replaceAll('<wbr>', '');
    expect(unwrapped).toContain('https://rapor.example.org/laporan/2024/opd/&lt;kode pemda&gt;/');
    expect(html).toContain('Tabel OPD tiap pemda tidak dicetak di sini');
    expect(unwrapped).toContain('<a href="/unduh/2024/opd-2024.csv"><code>https://rapor.example.org/unduh/2024/opd-2024.csv</code></a>');
    expect(html).not.toContain('Tabel lengkap: Evaluasi internal OPD');
    expect(OPD_KODE.filter((kode) => html.includes(`href="/instansi/${kode}/"`))).toEqual(['16.74.dinkes']);
    // The list of sources counts a pemda's OPD in one entry.
    const cited = (markup: string) => /<p class="sumber-text">Inspektorat Kota Prabumulih<\/p>\s*<p class="sumber-citing">(.*?)<\/p>/s.exec(markup)?.[1]?.replace(/<[^>]+>/g, '');
    expect(cited(html)).toBe('Dikutip oleh: Evaluasi internal OPD: 3 OPD Kota Prabumulih. ');
    expect(cited(page('en/laporan/2024/cetak'))).toBe('Cited by: Internal OPD evaluation: 3 OPD of Kota Prabumulih. ');
  });

  it('shows on its rankings page the table of pemda instead of OPD rankings, and filters only what the page ranks', () => {
    const html = page('peringkat/2024');
    expect(rowsOf(html, PEMDA_TABLE.id)).toEqual(PEMDA_ROWS);
    expect(html).not.toContain('OPD Kota Prabumulih · Evaluasi internal OPD 2024');
    const tables = [...html.matchAll(/<table data-ranking-table[^>]*><caption>([^<]*)<\/caption>/g)].map((m) => m[1]);
    expect(tables).toEqual(['Provinsi · SAKIP 2024', 'Kota · SAKIP 2024']);
    const jenis = html.slice(html.indexOf('<select name="jenis"'), html.indexOf('</select>', html.indexOf('<select name="jenis"')));
    expect([...jenis.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(['', 'provinsi', 'kota']);
  });

  it('lists the OPD pages of published editions in the sitemap, in both languages, and no draft’s', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-1.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!).filter((loc) => loc.includes('/opd/'));
    const expected = [2023, 2024].flatMap((tahun) => PEMDA.flatMap(([kode]) => ['', 'en/'].map((lang) => `https://rapor.example.org/${lang}laporan/${tahun}/opd/${kode}/`)));
    expect(locs).toEqual(expected);
  });

  it('is valid HTML, and every link of the site resolves, with no page left unreachable', async () => {
    const { broken, orphans } = linkProblems(outDir);
    expect(broken).toEqual([]);
    expect(orphans).toEqual([]);
    const pages = htmlFiles(outDir).filter((file) => /\/(laporan|peringkat)\//.test(file));
    expect(await htmlErrors(outDir, pages)).toEqual([]);
  });
});
