/**
 * Prints a page whose table of contents shows real page numbers. Chromium has no
 * `target-counter()`, so: print, read where each chapter landed, write those numbers into the
 * table of contents, print again, and check nothing moved (a longer table of contents can push the
 * chapters down a page); a few rounds at most.
 */
import type { Page } from 'playwright-core';
import { formatInteger } from '../../i18n/format.ts';
import type { Lang } from '../../domain/text.ts';
import { destinationPages } from './pdf-read.ts';
import { fillToc, tocTargets } from './cetak-page.ts';

const ROUNDS = 3;

export const renderPdf = async (page: Page): Promise<Buffer> =>
  page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });

const sameNumbers = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean => [...a].every(([id, n]) => b.get(id) === n);

export async function renderPdfWithToc(page: Page, lang: Lang): Promise<Buffer> {
  const targets = await tocTargets(page);
  if (targets.length === 0) throw new Error(`${page.url()}: the print page has no table of contents (nav.toc .toc-page[data-target])`);
  let pdf = await renderPdf(page);
  let pages = await destinationPages(pdf, targets);
  for (let round = 1; round <= ROUNDS; round++) {
    await fillToc(page, new Map([...pages].map(([id, n]) => [id, formatInteger(n, lang)])));
    pdf = await renderPdf(page);
    const printed = await destinationPages(pdf, targets);
    if (sameNumbers(pages, printed)) return pdf;
    pages = printed;
  }
  throw new Error(`${page.url()}: the table of contents' page numbers still moved after ${ROUNDS} rounds`);
}
