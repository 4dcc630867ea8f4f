/**
 * The visual check suite of one built site (issue 18, item 6): every page type at 360, 768 and
 * 1280 px in a real Chromium, and the PDFs of its latest published edition. The site is built once
 * and each page opened, measured and photographed once per width (in the suite's beforeAll, a few
 * pages at a time); each check is then its own `it` per page and width, so that every failure is
 * visible on its own and names the page, the width and what offends:
 * `/peringkat/2024/ @360: word "Kesehatan" split across lines in td.nama`.
 *
 * Screenshots of every page at every width are taken only when asked for: the checks measure the
 * page, the PNGs are for people, and photographing every page at full length costs every run time.
 * `npm run test:visual-shots` puts them in test-results/screenshots/<site>/ (git-ignored); any run
 * puts them in $VISUAL_SCREENSHOTS/<site>/ when that is set.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTests } from '../support/browser.ts';
import { root } from '../support/build.ts';
import { openPage, siteInBrowser } from '../support/page.ts';
import { focusRecorded, measureFocus, measureLayout, measureShift, recordFocus, recordUnfocused, type Focused, type Layout } from './measure.ts';
import { bodySize, cutAtMargin, notA4, outsidePage, readPdf, smallText, type PdfReading } from './pdf.ts';

/** The widths, each with a phone's, a tablet's and a laptop's height. */
export const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;

/** The limits the checks hold pages and PDFs to (issue 18). */
export const LIMITS = {
  /** Words up to this many letters never break across lines. */
  maxLetters: 14,
  /** At 360 px. */
  headerHeight: 120,
  minFontPx: 12,
  /** A WCAG non-text contrast ratio. */
  focusContrast: 3,
  /** WCAG text contrast, for an element's own text while it has focus. */
  focusedText: 4.5,
  cls: 0.05,
  /** Tab stops visited per page: the header's and the first of the page's own. */
  tabStops: 30,
  pdfMinPt: 7,
  pdfBodyPt: 9,
} as const;

export interface VisualSite {
  /** The screenshots' subfolder and the describe's name. */
  name: string;
  /** situs.json's nama, as the header shows it. */
  siteName: string;
  /** The site built with its PDFs (once), its folder. */
  build(): string | Promise<string>;
  /** One path per page type; each gets an /en/ twin unless `idOnly` holds it. */
  pages: readonly string[];
  idOnly?: readonly string[];
  /** PDFs under the site's root to check: those of its published editions. */
  pdfs: readonly string[];
}

interface Measured {
  layout: Layout;
  cls: { cls: number; moved: string[] };
  /** Focus indicators under the contrast limit, described. */
  weakFocus: string[];
  tabStops: number;
}

/** Pages measured at once, each in its own browser context. */
const PARALLEL_PAGES = 3;

/** The folder screenshots go to, when asked for (relative to the project), or none. */
const screenshotRoot = process.env.VISUAL_SCREENSHOTS ? resolve(root, process.env.VISUAL_SCREENSHOTS) : undefined;

/** `/laporan/2024/cetak/` → `laporan-2024-cetak`; the home page is `home`. */
const slug = (path: string) =>
  path
    .replace(/\?.*$/, '')
    .replace(/[^a-z0-9.]+/gi, '-')
    .replace(/^-|-$/g, '') || 'home';

/** Waits until what a page fetches after load is there: comparison tables, search results, charts. */
async function settle(page: Page, path: string): Promise<void> {
  if (path.includes('/bandingkan/?')) await page.locator('[data-compare-results] table').first().waitFor({ timeout: 15_000 });
  if (path.includes('/cari/?')) await page.locator('.search-results > li').first().waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Scrolled through as a reader would, so that every chart is drawn (they wait until they are in view).
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page
    .waitForFunction(() => [...document.querySelectorAll<HTMLElement>('figure.chart')].every((f) => ['drawn', 'failed'].includes(f.dataset.chart ?? '')), undefined, { timeout: 15_000 })
    .catch(() => undefined);
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(300);
}

/**
 * Presses Tab `presses` times and gives the focus after each press (`measureFocus`), up to the first
 * press that leaves the page's tab order. The presses go through the DevTools protocol without
 * waiting for one another, Chromium handling them in order, and the page measures each as it ends
 * (`recordFocus`): a press at a time, each followed by a question to the page, was the slowest part
 * of a visit.
 */
async function tabThrough(page: Page, presses: number): Promise<Focused[]> {
  // page.evaluate hands the page data, not functions: measureFocus goes in with recordFocus, as source.
  await page.evaluate(`(${recordFocus.toString()})(${measureFocus.toString()})`);
  const devtools = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: presses }, () => [
      devtools.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
      devtools.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
    ]).flat(),
  );
  await devtools.detach();
  return (await page.evaluate(focusRecorded)).filter((focused) => focused.element !== null);
}

async function measure(browser: Browser, origin: string, path: string, viewport: { width: number; height: number }, site: VisualSite, shots: string | undefined): Promise<Measured> {
  const { page, close } = await openPage(browser, origin, path, { viewport });
  try {
    await settle(page, path);
    const cls = await page.evaluate(measureShift);
    const layout = await page.evaluate(measureLayout, {
      siteName: site.siteName,
      maxLetters: LIMITS.maxLetters,
      minFont: LIMITS.minFontPx,
    });
    if (shots)
      await page.screenshot({
        path: join(shots, `${slug(path)}@${viewport.width}.png`),
        fullPage: true,
      });
    await page.evaluate(recordUnfocused);
    const weak = new Set<string>();
    const stops = await tabThrough(page, LIMITS.tabStops);
    for (const focused of stops) {
      if (focused.contrast < LIMITS.focusContrast) weak.add(`weak focus indicator on ${focused.element}: ${focused.contrast}:1 (${focused.indicator})`);
      if (focused.textContrast < LIMITS.focusedText) weak.add(`focused ${focused.element}: its text has ${focused.textContrast}:1 on its focus background`);
    }
    const tabStops = stops.length;
    return { layout, cls, weakFocus: [...weak], tabStops };
  } finally {
    await close();
  }
}

/** The failures of one check as `<path> @<width>: <what>` lines, for a readable to-do list. */
const lines = (path: string, width: number, what: (item: string) => string, items: readonly string[]) => items.map((item) => `${path} @${width}: ${what(item)}`);

/** Expects no failures, and lists all of them in the message (a diff would cut a long list short). */
function none(failures: readonly string[], note = ''): void {
  expect(failures, `${failures.length} failure(s)${note ? `, ${note}` : ''}:\n${failures.join('\n')}\n`).toEqual([]);
}

export function visualSuite(site: VisualSite): void {
  describe.runIf(browserTests)(`visual checks: ${site.name}`, () => {
    const web = siteInBrowser(() => site.build(), 900_000);
    const shots = screenshotRoot && join(screenshotRoot, site.name);

    const paths = site.pages.flatMap((path) => (site.idOnly?.includes(path) ? [path] : [path, `/en${path}`]));
    const visits = paths.flatMap((path) =>
      VIEWPORTS.map((viewport) => ({
        path,
        viewport,
        key: `${path} @${viewport.width}`,
      })),
    );
    /** Each page at each width, measured or the error that stopped it. */
    const measured = new Map<string, Measured | Error>();
    const result = (key: string): Measured => {
      const m = measured.get(key);
      if (m instanceof Error || m === undefined) throw m ?? new Error(`${key} was not measured`);
      return m;
    };

    beforeAll(async () => {
      if (shots) {
        mkdirSync(shots, { recursive: true });
        console.log(`Visual checks (${site.name}): screenshots in ${shots}`);
      }
      // Pages are measured a few at a time: most of a visit is waiting (loads, settling, fonts).
      const queue = [...visits];
      const worker = async () => {
        for (let visit = queue.shift(); visit; visit = queue.shift()) {
          measured.set(visit.key, await measure(web.browser, web.url, visit.path, visit.viewport, site, shots).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
    }, 900_000);

    afterAll(async () => {
      const fonts = [...measured].flatMap(([key, m]) => (m instanceof Error ? [] : [{ key, px: m.layout.smallestFont }]));
      const smallest = fonts.sort((x, y) => x.px - y.px)[0];
      if (smallest) console.log(`Visual checks (${site.name}): the smallest text on screen is ${smallest.px} px, on ${smallest.key}`);
    });

    for (const { path, viewport, key } of visits) {
      const { width } = viewport;
      describe(key, () => {
        let m: Measured;
        beforeAll(() => {
          m = result(key);
        });

        it('does not scroll sideways', () => {
          none(
            lines(path, width, (e) => `sticks out of the page: ${e}`, m.layout.wider),
            `scrollWidth ${m.layout.scrollWidth}, clientWidth ${m.layout.clientWidth}`,
          );
          expect(m.layout.scrollWidth, `${path} @${width}: document scrollWidth`).toBeLessThanOrEqual(m.layout.clientWidth);
        });

        it(`splits no word of up to ${LIMITS.maxLetters} letters across lines`, () => {
          none(lines(path, width, (w) => `word ${w.replace(/ in /, ' split across lines in ')}`, m.layout.splitWords));
        });

        it('fits every table, or scrolls it in a focusable, named box', () => {
          none(lines(path, width, (t) => `table ${t}`, m.layout.tables));
        });

        it(`keeps visible text at least ${LIMITS.minFontPx} px (canvases aside)`, () => {
          none(
            lines(path, width, (t) => `text under ${LIMITS.minFontPx} px: ${t}`, m.layout.smallText),
            `smallest ${m.layout.smallestFont} px`,
          );
        });

        it(`shows focus with at least ${LIMITS.focusContrast}:1 contrast, its text still readable`, () => {
          expect(m.tabStops, `${path} @${width}: tab stops`).toBeGreaterThan(0);
          none(lines(path, width, (f) => f, m.weakFocus));
        });

        if (width === 360) {
          it(`has a header at most ${LIMITS.headerHeight} px tall, with the site name once above the fold`, () => {
            expect.soft(m.layout.headerHeight, `${path} @${width}: header height`).toBeLessThanOrEqual(LIMITS.headerHeight);
            // A page without a header (the print view) need not name the site; one with a header names it once.
            const shown = m.layout.siteNameAboveFold;
            const times = `${path} @${width}: times the site name "${site.siteName}" shows above the fold (${shown.join(', ') || 'nowhere'})`;
            if (m.layout.headerHeight > 0) expect.soft(shown.length, times).toBe(1);
            else expect.soft(shown.length, times).toBeLessThanOrEqual(1);
          });

          it(`shifts its layout by at most ${LIMITS.cls} (CLS)`, () => {
            expect(m.cls.cls, `${path} @${width}: cumulative layout shift (moved: ${m.cls.moved.join(', ')})`).toBeLessThanOrEqual(LIMITS.cls);
          });
        }
      });
    }

    for (const pdf of site.pdfs) {
      describe(`PDF ${pdf}`, () => {
        let reading: PdfReading;
        beforeAll(async () => {
          reading = await readPdf(readFileSync(join(web.dist, pdf)));
        }, 60_000);

        it('has A4 pages, portrait or landscape', () => {
          none(notA4(reading).map((p) => `${pdf} ${p}`));
        });

        it(`sets no text under ${LIMITS.pdfMinPt} pt`, () => {
          none(smallText(reading, LIMITS.pdfMinPt).map((t) => `${pdf} ${t}`));
        });

        it(`sets its body text at ${LIMITS.pdfBodyPt} pt or more`, () => {
          expect(bodySize(reading), `${pdf}: the size most text is set in, pt`).toBeGreaterThanOrEqual(LIMITS.pdfBodyPt);
        });

        it('puts no text beyond the page’s edge', () => {
          none(outsidePage(reading).map((t) => `${pdf} ${t}`));
        });

        it('cuts no text at the right margin', () => {
          none(cutAtMargin(reading).map((t) => `${pdf} ${t}`));
        });
      });
    }
  });
}
