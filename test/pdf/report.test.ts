/**
 * The example's 2024 report, printed in both languages from a built site and read back with pdf.js:
 * the Daftar Isi points at the page where each chapter starts, figures are in each language's
 * format, every page has its footer, the metadata is set, and a second print gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import type { Lang } from '../../src/domain/text.ts';
import { pdfPath } from '../../src/pdf/file-name.ts';
import { destinationPages, withPdf } from '../../src/pdf/pdf-read.ts';
import { makePdfs } from '../../src/pdf/make-pdfs.ts';
import { browserTests } from '../support/browser.ts';
import { buildSite, root } from '../support/build.ts';

const TAHUN = 2024;
const LANGS: Lang[] = ['id', 'en'];
let dataset: Dataset;
const first = new Map<Lang, Buffer>();
const second = new Map<Lang, Buffer>();
let site: string;

interface PageText {
  /** Every text item with its baseline. */
  items: { str: string; y: number }[];
  text: string;
}

async function pagesOf(pdf: Buffer): Promise<PageText[]> {
  return withPdf(pdf, async (doc) => {
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const items = content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ str: item.str.trim(), y: Math.round(item.transform[5] as number) }] : []));
      pages.push({ items, text: items.map((i) => i.str).join(' ') });
    }
    return pages;
  });
}

/** The print page's table of contents: chapter id and title, in order. */
function tocOf(lang: Lang): { id: string; title: string }[] {
  const html = readFileSync(join(site, lang === 'en' ? 'en' : '', 'laporan', String(TAHUN), 'cetak', 'index.html'), 'utf8');
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)![0];
  return Array.from(nav.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g), ([, id, title]) => ({ id: id!, title: title!.replace(/&amp;/g, '&') }));
}

beforeAll(async () => {
  if (!browserTests) return;
  // Without the build's own PDFs: this test prints one edition itself, twice.
  site = buildSite(undefined, '--no-pdf');
  const loaded = loadDataFolder(join(root, 'data'));
  if (!loaded.ok) throw new Error('the example data folder does not load');
  dataset = { ...loaded.dataset, editions: loaded.dataset.editions.filter((e) => e.tahun === TAHUN) };
  const step = { site, address: loaded.dataset.situs.url, dataset, producer: 'Rapor test' };
  for (const into of [first, second]) {
    await makePdfs(step);
    for (const lang of LANGS) into.set(lang, readFileSync(join(site, pdfPath(TAHUN, lang))));
  }
}, 240_000);

describe.runIf(browserTests)('the printed report', () => {
  it.each(LANGS)('has a Daftar Isi whose every number is the page where its chapter starts (%s)', async (lang) => {
    const pdf = first.get(lang)!;
    const pages = await pagesOf(pdf);
    const toc = tocOf(lang);
    expect(toc.length).toBeGreaterThan(4);
    const landed = await destinationPages(pdf, toc.map((c) => c.id));
    const tocPage = pages.findIndex((p) => p.items.some((i) => i.str === toc[0]!.title));
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
      Title: edition.edisi.judul,
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

  it('gives the same bytes when printed again', () => {
    for (const lang of LANGS) expect(second.get(lang)!.equals(first.get(lang)!), lang).toBe(true);
  });
});
