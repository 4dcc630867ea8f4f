/**
 * The print page `/laporan/<tahun>/cetak/` in Chromium, ready to print: print media emulated before
 * it loads (so charts draw at once, src/client/charts.ts) in a viewport as wide as the page's text,
 * every chart drawn, fonts loaded, and
 * every request answered from the site folder — a PDF with a blank chart or a missing stylesheet is worse than none.
 */
import type { Browser, Page } from 'playwright-core';
import { textWidthPx } from '../../domain/page-box.ts';
import { routeSite } from './site-route.ts';

export interface CetakPage {
  page: Page;
  close(): Promise<void>;
}

/** What the print page says about itself (`<html lang>`, `<meta name="rapor:…">`). */
export interface PageMeta {
  lang: string;
  title: string;
  author: string;
  description?: string;
}

/** Opens `url`, an address within the site at `address`, answered from the folder `siteDir`. */
export async function openCetakPage(browser: Browser, siteDir: string, address: string, url: string): Promise<CetakPage> {
  // As wide as a portrait page's text: charts are drawn at the width they print, never shrunk (their labels with them).
  const context = await browser.newContext({ viewport: { width: textWidthPx('portrait'), height: 1000 } });
  await routeSite(context, siteDir, address);
  const page = await context.newPage();
  const close = () => context.close();
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  try {
    await page.emulateMedia({ media: 'print' });
    await page.goto(url);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('figure.chart')].every((f) => ['drawn', 'failed'].includes(f.dataset.chart ?? '')));
    const failed = await page.locator('figure.chart[data-chart="failed"]').count();
    if (failed > 0) problems.push(`${failed} chart(s) not drawn`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    problems.push(...(await tooWide(page)));
  } catch (error) {
    await close();
    throw error;
  }
  if (problems.length > 0) {
    await close();
    throw new Error(`${url}: ${problems.join('; ')}`);
  }
  return { page, close };
}

/**
 * What is wider than its page: Chromium would shrink the whole document to fit it, every page's text
 * with it. Measured in the print layout at a portrait page's text width, each landscape part
 * (`page: wide`) set for the moment to a landscape page's; the innermost offenders are named.
 */
async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ portrait, landscape }) => {
      const all = [...document.body.querySelectorAll<HTMLElement>('*')];
      const wide = all.filter((el) => getComputedStyle(el).page === 'wide').filter((el, _, list) => !list.some((other) => other !== el && other.contains(el)));
      wide.forEach((el) => el.style.setProperty('width', `${landscape}px`));
      const limit = (el: Element) => (wide.some((w) => w.contains(el)) ? landscape : portrait);
      const over = all.filter((el) => el.getBoundingClientRect().right > limit(el) + 1);
      wide.forEach((el) => el.style.removeProperty('width'));
      return over
        .filter((el) => !over.some((other) => other !== el && el.contains(other)))
        .slice(0, 3)
        .map((el) => `too wide for the page: <${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    },
    { portrait: textWidthPx('portrait'), landscape: textWidthPx('landscape') },
  );
}

export async function pageMeta(page: Page): Promise<PageMeta> {
  const meta = await page.evaluate(() => {
    const content = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
    return { lang: document.documentElement.lang, title: content('rapor:title'), author: content('rapor:author'), description: content('description') };
  });
  if (!meta.lang || !meta.title || !meta.author) throw new Error(`${page.url()}: the print page lacks <html lang>, <meta name="rapor:title"> or <meta name="rapor:author">`);
  return { lang: meta.lang, title: meta.title, author: meta.author, ...(meta.description ? { description: meta.description } : {}) };
}

/** The chapter ids the table of contents points at, in its order. */
export const tocTargets = (page: Page): Promise<string[]> =>
  page.locator('nav.toc .toc-page[data-target]').evaluateAll((spans) => spans.map((span) => (span as HTMLElement).dataset.target!));

/** Writes the page numbers into the table of contents. */
export async function fillToc(page: Page, numbers: ReadonlyMap<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    for (const [id, number] of entries) {
      for (const span of document.querySelectorAll<HTMLElement>(`nav.toc .toc-page[data-target="${CSS.escape(id)}"]`)) span.textContent = number;
    }
  }, [...numbers]);
}
