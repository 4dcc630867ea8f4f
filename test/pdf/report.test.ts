/**
 * The example's 2024 report, printed in both languages from a built site and read back with pdf.js:
 * the Daftar Isi points at the page where each chapter starts, figures are in each language's
 * format, every page has its footer, the metadata is set, and a second print gives the same bytes.
 * As paper: A4 portrait but for the appendix's landscape pages, nothing shrunk to fit (body text
 * 10–11 pt, no text under 7 pt, chart labels included), nothing beyond a page's edge, a foreword
 * with its signature block, each table once, and source references that lead to the list of sources.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { editionTitle } from '../../src/domain/edition-title.ts';
import type { Lang } from '../../src/domain/text.ts';
import { formatDate, formatNilai } from '../../src/i18n/format.ts';
import { ui } from '../../src/i18n/ui.ts';
import { pdfPath } from '../../src/build/pdf/file-name.ts';
import { destinationPages, withPdf } from '../../src/build/pdf/pdf-read.ts';
import { makePdfs } from '../../src/build/pdf/make-pdfs.ts';
import { browserTests, CHROMIUM } from '../support/browser.ts';
import { root } from '../support/build.ts';
import { copyOf, SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';

const TAHUN = 2024;
const LANGS: Lang[] = ['id', 'en'];
let dataset: Dataset;
const first = new Map<Lang, Buffer>();
const second = new Map<Lang, Buffer>();
let site: string;

interface PageText {
  /** Every text item: its baseline, left edge and width, and its size in points as printed. */
  items: { str: string; x: number; y: number; width: number; size: number }[];
  text: string;
  /** The page's size in points. */
  width: number;
  height: number;
}

async function pagesOf(pdf: Buffer): Promise<PageText[]> {
  return withPdf(pdf, async (doc) => {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [a, b, , , x, y] = item.transform as number[];
        // The text matrix carries any shrinking Chromium did: its scale is the size on paper.
        return [{ str: item.str.trim(), x: x!, y: Math.round(y!), width: item.width, size: Math.hypot(a!, b!) }];
      });
      pages.push({ items, text: items.map((i) => i.str).join(' '), width, height });
    }
    return pages;
  });
}

const A4 = { short: 595, long: 842 };
const isPortrait = (p: PageText) => Math.abs(p.width - A4.short) < 1 && Math.abs(p.height - A4.long) < 1;
const isLandscape = (p: PageText) => Math.abs(p.width - A4.long) < 1 && Math.abs(p.height - A4.short) < 1;

/** The print page's table of contents: chapter id and title, in order. */
function tocOf(lang: Lang): { id: string; title: string }[] {
  const html = readFileSync(join(site, lang === 'en' ? 'en' : '', 'laporan', String(TAHUN), 'cetak', 'index.html'), 'utf8');
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)![0];
  return Array.from(nav.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g), ([, id, title]) => ({ id: id!, title: title!.replace(/&amp;/g, '&') }));
}

beforeAll(async () => {
  if (!browserTests) return;
  // Without the build's own PDFs: this test prints one edition itself, twice.
  site = copyOf((await sharedSite('example-no-pdf')).dist);
  const loaded = loadDataFolder(join(root, 'data'));
  if (!loaded.ok) throw new Error('the example data folder does not load');
  dataset = { ...loaded.dataset, editions: loaded.dataset.editions.filter((e) => e.tahun === TAHUN) };
  const step = { site, address: loaded.dataset.situs.url, dataset, producer: 'Rapor test', chromiumPath: CHROMIUM };
  // Printed twice as on two machines with different fonts (half of this machine's font folders each):
  // the report may use the bundled typeface only.
  const folders = readdirSync(SYSTEM_FONTS).map((name) => join(SYSTEM_FONTS, name));
  const half = Math.ceil(folders.length / 2);
  for (const [into, offered] of [[first, folders.slice(0, half)], [second, folders.slice(half)]] as const) {
    process.env.FONTCONFIG_FILE = fontconfigOffering(offered);
    try {
      await makePdfs(step);
    } finally {
      delete process.env.FONTCONFIG_FILE;
    }
    for (const lang of LANGS) into.set(lang, readFileSync(join(site, pdfPath(TAHUN, lang))));
  }
}, SHARED_SITE_TIMEOUT);

const SYSTEM_FONTS = '/usr/share/fonts/truetype';

/** A fontconfig file that offers Chromium the fonts of these folders only. */
function fontconfigOffering(folders: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-fonts-'));
  const file = join(dir, 'fonts.conf');
  const dirs = folders.map((folder) => `<dir>${folder}</dir>`).join('');
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>${dirs}<cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`);
  return file;
}

describe.runIf(browserTests)('the printed report', () => {
  it.each(LANGS)('has a Daftar Isi whose every number is the page where its chapter starts (%s)', async (lang) => {
    const pdf = first.get(lang)!;
    const pages = await pagesOf(pdf);
    const toc = tocOf(lang);
    expect(toc.length).toBeGreaterThan(4);
    const landed = await destinationPages(pdf, toc.map((c) => c.id));
    const tocPage = pages.findIndex((p) => p.items.some((i) => i.str === ui.contents[lang]));
    for (const { id, title } of toc) {
      const entry = pages[tocPage]!.items.find((i) => i.str === title);
      expect(entry, `${title} in the Daftar Isi`).toBeDefined();
      // The number printed on the entry's line, right of its title.
      const number = pages[tocPage]!.items.find((i) => i.y === entry!.y && /^\d+$/.test(i.str));
      expect(number, `page number of ${title}`).toBeDefined();
      const page = Number(number!.str);
      expect(landed.get(id), title).toBe(page);
      expect(pages[page - 1]!.items.some((i) => i.str === title), `${title} on page ${page}`).toBe(true);
      // Not on the page before, unless that page is the Daftar Isi itself.
      if (page - 2 !== tocPage) expect(pages[page - 2]!.items.some((i) => i.str === title), `${title} before page ${page}`).toBe(false);
    }
  });

  it.each(LANGS)('prints everything at its size: body text 10–11 pt, nothing under 7 pt (%s)', async (lang) => {
    const pages = await pagesOf(first.get(lang)!);
    const items = pages.flatMap((p) => p.items);
    const smallest = items.reduce((min, i) => (i.size < min.size ? i : min));
    expect(smallest.size, `"${smallest.str}"`).toBeGreaterThanOrEqual(7);
    // The body's size is the one most characters have; a document shrunk to fit would show it below 10 pt.
    const chars = new Map<number, number>();
    for (const i of items) chars.set(Math.round(i.size * 10) / 10, (chars.get(Math.round(i.size * 10) / 10) ?? 0) + i.str.length);
    const body = [...chars].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    expect(body).toBeGreaterThanOrEqual(10);
    expect(body).toBeLessThanOrEqual(11);
  });

  it.each(LANGS)('keeps every text within its page (%s)', async (lang) => {
    for (const [n, page] of (await pagesOf(first.get(lang)!)).entries()) {
      for (const i of page.items) {
        const where = `"${i.str}" on page ${n + 1}`;
        expect(i.x, where).toBeGreaterThanOrEqual(0);
        expect(i.x + i.width, where).toBeLessThanOrEqual(page.width + 0.5);
        expect(i.y, where).toBeGreaterThanOrEqual(0);
        expect(i.y, where).toBeLessThanOrEqual(page.height);
      }
    }
  });

  it.each(LANGS)('is A4 portrait but for the appendix of wide tables, on landscape pages at their full width (%s)', async (lang) => {
    const pdf = first.get(lang)!;
    const pages = await pagesOf(pdf);
    const landed = await destinationPages(pdf, ['lampiran-tabel', 'lampiran-sumber']);
    const [from, to] = [landed.get('lampiran-tabel')!, landed.get('lampiran-sumber')!];
    expect(to).toBeGreaterThan(from);
    pages.forEach((page, index) => {
      const n = index + 1;
      expect(n >= from && n < to ? isLandscape(page) : isPortrait(page), `page ${n}: ${page.width} × ${page.height}`).toBe(true);
    });
    // The SAKIP table's columns use the landscape page: its last column lies beyond a portrait page's width.
    const right = Math.max(...pages[from - 1]!.items.map((i) => i.x + i.width));
    expect(right).toBeGreaterThan(A4.short);
  });

  it.each(LANGS)('opens with a foreword signed as Indonesian offices sign (%s)', async (lang) => {
    const pages = await pagesOf(first.get(lang)!);
    const { penandatangan, tanggal_terbit, kata_pengantar, kata_pengantar_en } = dataset.editions[0]!.edisi;
    const title = lang === 'id' ? 'Kata Pengantar' : 'Foreword';
    const page = pages.find((p) => p.items.some((i) => i.str === title) && !p.items.some((i) => i.str === ui.contents[lang]));
    expect(page, title).toBeDefined();
    const text = page!.text.replace(/\s+/g, ' ');
    expect(text).toContain((lang === 'id' ? kata_pengantar : kata_pengantar_en)![0]!.slice(0, 40));
    expect(text).toContain(`${penandatangan!.tempat}, ${formatDate(tanggal_terbit!, lang)}`);
    for (const line of [penandatangan!.jabatan, penandatangan!.nama, `NIP. ${penandatangan!.nip}`]) expect(text).toContain(line);
    // Place and date, office, the name below room for the signature, then the NIP: in that order, top to bottom.
    const y = (str: string) => page!.items.find((i) => i.str.includes(str))!.y;
    expect(y(penandatangan!.tempat)).toBeGreaterThan(y(penandatangan!.nama));
    expect(y(penandatangan!.nama)).toBeGreaterThan(y(penandatangan!.nip!));
    expect(y(penandatangan!.tempat) - y(penandatangan!.nama)).toBeGreaterThan(50);
  });

  it.each(LANGS)('prints each table once: the OPD ranking in its chapter, not again in the appendix (%s)', async (lang) => {
    // Without spaces: pdf.js parts words at ligatures ("fi", "ktif").
    const squeezed = (s: string) => s.replace(/\s+/g, '');
    const text = squeezed((await pagesOf(first.get(lang)!)).map((p) => p.text).join(''));
    // The ranking's figure, and its table's first row under it (the chart is an image: no text of its own).
    const caption = lang === 'id' ? `Peringkat menurut nilai: OPD Kota Contoh (fiktif) ${TAHUN}` : `Ranked by score: OPD Kota Contoh (fiktif) ${TAHUN}`;
    const firstRow = `1 Inspektorat Daerah A ${formatNilai(86.35, lang)}`;
    for (const once of [caption, firstRow]) expect(text.split(squeezed(once)).length - 1, once).toBe(1);
  });

  it.each(LANGS)('numbers its sources, and the references in the text lead to them (%s)', async (lang) => {
    const pdf = first.get(lang)!;
    const landed = await destinationPages(pdf, ['lampiran-sumber', 'sumber-1', 'sumber-3']);
    expect(landed.get('sumber-1')).toBe(landed.get('lampiran-sumber'));
    expect(landed.get('sumber-3')).toBe(landed.get('lampiran-sumber'));
    const pages = await pagesOf(pdf);
    const citing = pages.filter((p, n) => n + 1 < landed.get('lampiran-sumber')! && p.items.some((i) => i.str === '[1]'));
    expect(citing.length).toBeGreaterThan(0);
    // A figure of the year before points into that edition's list, and says so.
    expect(pages.map((p) => p.text).join(' ')).toMatch(/\[2023: \d+\]/);
  });

  it('writes figures in each language\'s format', async () => {
    const [id, en] = await Promise.all(LANGS.map(async (lang) => (await pagesOf(first.get(lang)!)).map((p) => p.text).join('\n')));
    expect(id).toContain('73,18');
    expect(id).not.toContain('73.18');
    expect(en).toContain('73.18');
    expect(en).not.toContain('73,18');
  });

  it.each([
    ['id', 'Halaman', 'dari'],
    ['en', 'Page', 'of'],
  ] as const)('numbers every page but the cover in its footer (%s)', async (lang, page, of) => {
    const pages = await pagesOf(first.get(lang)!);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages[0]!.text).not.toContain(`${page} 1 ${of}`);
    pages.slice(1).forEach((p, index) => expect(p.text).toContain(`${page} ${index + 2} ${of} ${pages.length}`));
  });

  it.each(LANGS)('carries its metadata (%s)', async (lang) => {
    const edition = dataset.editions[0]!;
    const { info } = await withPdf(first.get(lang)!, (doc) => doc.getMetadata());
    expect(info).toMatchObject({
      Title: editionTitle(edition.edisi, lang),
      Author: dataset.situs.nama,
      Language: lang,
      Producer: 'Rapor test',
      CreationDate: `D:${edition.edisi.tanggal_terbit!.replaceAll('-', '')}000000+07'00'`,
      ModDate: `D:${edition.edisi.tanggal_terbit!.replaceAll('-', '')}000000+07'00'`,
    });
  });

  it('keeps every cross-reference offset valid after the metadata rewrite', () => {
    for (const pdf of first.values()) {
      const text = pdf.toString('latin1');
      const [, table] = /\nxref\n0 \d+\n((?:\d{10} \d{5} [fn] \n)+)trailer/.exec(text)!;
      const entries = table!.match(/.{20}/gs)!;
      entries.forEach((entry, n) => {
        if (entry[17] === 'n') expect(text.startsWith(`${n} 0 obj\n`, Number(entry.slice(0, 10))), `object ${n}`).toBe(true);
      });
      expect(text).toMatch(/\/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]>>\nstartxref\n/);
    }
  });

  it('gives the same bytes when printed again on a machine with other fonts', () => {
    for (const lang of LANGS) expect(second.get(lang)!.equals(first.get(lang)!), lang).toBe(true);
  });

  it('embeds the bundled typeface and no other font', () => {
    for (const pdf of first.values()) {
      const fonts = new Set(Array.from(pdf.toString('latin1').matchAll(/\/FontName\s*\/[A-Z]{6}\+([^\s/>]+)/g), ([, name]) => name!.replace(/-.*/, '')));
      expect([...fonts]).toEqual(['PublicSansThin']);
    }
  });
});
