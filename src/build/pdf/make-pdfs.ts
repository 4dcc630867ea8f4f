/**
 * The PDF step: the print page of every published edition, in every language of the site, printed
 * from a built site folder into `<site>/unduh/`, with its metadata set.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../domain/text.ts';
import { paths } from '../../i18n/paths.ts';
import { launchChromium } from './chromium.ts';
import { pdfPath } from './file-name.ts';
import { withInfo } from './info.ts';
import { renumberNodeIds } from './node-ids.ts';
import { openCetakPage, pageMeta } from './cetak-page.ts';
import { renderPdfWithToc } from './render.ts';

export interface PdfStep {
  /** The built site. */
  site: string;
  /** The site's public address, base path included: the PDF's links point there. */
  address: string;
  dataset: Dataset;
  /** `Rapor <version>`. */
  producer: string;
  /** The Chromium that prints. */
  chromiumPath: string;
}

export class MissingSite extends Error {
  constructor(site: string) {
    super(`Situs yang sudah dibangun tidak ditemukan di ${site}: jalankan \`npm run build\` dulu. [No built site at ${site}: run \`npm run build\` first.]`);
    this.name = 'MissingSite';
  }
}

interface Job {
  tahun: number;
  lang: Lang;
  date: string;
}

const jobs = (dataset: Dataset): Job[] =>
  dataset.editions.flatMap(({ tahun, edisi }) =>
    edisi.status === 'terbit' && edisi.tanggal_terbit !== undefined ? dataset.situs.bahasa.map((lang) => ({ tahun, lang, date: edisi.tanggal_terbit! })) : [],
  );

/** Writes every PDF and returns their paths relative to the site; none when no edition is published. */
export async function makePdfs({ site, address, dataset, producer, chromiumPath }: PdfStep): Promise<string[]> {
  if (!existsSync(join(site, 'index.html'))) throw new MissingSite(site);
  const todo = jobs(dataset);
  if (todo.length === 0) return [];
  const browser = await launchChromium(chromiumPath);
  try {
    const written: string[] = [];
    for (const { tahun, lang, date } of todo) {
      const { page, close } = await openCetakPage(browser, site, address, new URL(paths.cetak(tahun, lang).slice(1), address).href);
      try {
        const meta = await pageMeta(page);
        if (meta.lang !== lang) throw new Error(`${page.url()}: <html lang="${meta.lang}">, expected "${lang}"`);
        const pdf = await renderPdfWithToc(page, lang);
        const info = { title: meta.title, author: meta.author, subject: meta.description ?? meta.title, creator: `Chromium ${browser.version()}`, producer, date };
        const path = pdfPath(tahun, lang);
        mkdirSync(dirname(join(site, path)), { recursive: true });
        writeFileSync(join(site, path), withInfo(renumberNodeIds(pdf), info));
        written.push(path);
      } finally {
        await close();
      }
    }
    return written;
  } finally {
    await browser.close();
  }
}
