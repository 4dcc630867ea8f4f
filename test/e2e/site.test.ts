/**
 * The example site in a real Chromium (Debian's, through playwright-core), served on 127.0.0.1:
 * navigation, languages, charts, ranking filters, narrow screens, accessibility (axe-core), keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTests } from '../support/browser.ts';
import { axeViolations, servedSite, siteInBrowser } from '../support/page.ts';
import { HOSTILE } from '../fixtures/site.ts';
import { sharedSite } from '../support/sites.ts';

const web = siteInBrowser(async () => (await sharedSite('example')).dist);

/** A page of the example site in a fresh context (test/support/page.ts). */
const open = (path: string, viewport = { width: 1100, height: 900 }, options: { bypassCSP?: boolean } = {}) => web.open(path, { viewport, ...options });

/** Brings every chart into view and waits until each is drawn (or failed). */
async function drawAllCharts(page: Page): Promise<void> {
  for (const figure of await page.locator('figure.chart').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => ['drawn', 'failed'].includes((f as HTMLElement).dataset.chart ?? '')));
}

describe.runIf(browserTests)('in a real browser', () => {
  it('navigates and switches language to the same page', async () => {
    const { page, problems, close } = await open('/laporan/2024/');
    await page.getByRole('link', { name: 'English' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/en/laporan/2024/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Methodology' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/metodologi/');
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    expect(new URL(page.url()).pathname).toBe('/metodologi/');
    expect(problems).toEqual([]);
    await close();
  });

  it('draws every chart, over its table, under the Content-Security-Policy, without console errors', async () => {
    for (const path of ['/laporan/2024/', '/en/instansi/99.71/']) {
      const { page, problems, close } = await open(path);
      await drawAllCharts(page);
      const figures = await page.locator('figure.chart').evaluateAll((all) =>
        all.map((figure) => {
          const canvas = figure.querySelector('canvas')!;
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
          return { state: (figure as HTMLElement).dataset.chart, inked, tables: figure.querySelectorAll('table').length };
        }),
      );
      expect(figures.length, path).toBeGreaterThan(1);
      for (const figure of figures) {
        expect(figure.state, path).toBe('drawn');
        expect(figure.inked, path).toBeGreaterThan(1000);
        expect(figure.tables, path).toBe(1);
      }
      expect(problems, path).toEqual([]);
      await close();
    }
  });

  it('filters and sorts rankings with the state in the URL, and restores it from the URL', async () => {
    const { page, problems, close } = await open('/peringkat/2024/');
    await page.selectOption('select[name="predikat"]', 'BB');
    expect(new URL(page.url()).searchParams.get('predikat')).toBe('BB');
    const shown = await page.locator('tr[data-predikat]:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-predikat')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['BB']));
    const nilai = page.locator('th[data-urut="nilai"] button').first();
    await nilai.click();
    expect(new URL(page.url()).searchParams.get('urut')).toBe('nilai');
    await expect(page.locator('th[data-urut="nilai"]').first().getAttribute('aria-sort')).resolves.toBe('descending');
    const shared = page.url();
    await close();

    const again = await open(new URL(shared).pathname + new URL(shared).search);
    await expect(again.page.locator('select[name="predikat"]').inputValue()).resolves.toBe('BB');
    expect([...problems, ...again.problems]).toEqual([]);
    await again.close();
  });

  it('fits a 360 px phone: no page scrolls sideways (tables scroll in their own box)', async () => {
    for (const path of ['/', '/laporan/2024/', '/laporan/2024/cakupan/', '/instansi/99.71/', '/instansi/99.71.dinkes/', '/peringkat/2024/', '/en/metodologi/', '/data/', '/bandingkan/?k=99.71&k=63.71&k=16.74&k=99.71.dinkes', '/cari/?q=dinas', '/404.html']) {
      const { page, close } = await open(path, { width: 360, height: 740 });
      if (path.startsWith('/bandingkan/')) await page.locator('[data-compare-results] table').first().waitFor();
      await drawAllCharts(page);
      await expect(page.evaluate(() => document.documentElement.scrollWidth), path).resolves.toBeLessThanOrEqual(360);
      await close();
    }
  });

  it('works by keyboard: the skip link leads to the content and sort buttons are reachable', async () => {
    const { page, close } = await open('/peringkat/2024/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#isi');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('isi');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('sort') ?? false);
    }
    expect(reached).toBe(true);
    await close();
  });
});

describe.runIf(browserTests)('charts worth their space', () => {
  /** A 360 px page whose layout shifts, and every text a chart writes with its font, are recorded from the start. */
  async function recorded(path: string, options: { width?: number; javaScriptEnabled?: boolean } = {}) {
    const context = await web.browser.newContext({ viewport: { width: options.width ?? 360, height: 800 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
    await context.addInitScript(() => {
      const w = window as unknown as { shift: number; written: { text: string; font: string }[] };
      w.shift = 0;
      w.written = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
        if (this.canvas.isConnected) w.written.push({ text, font: this.font });
        return fillText.call(this, text, x, y, max);
      };
    });
    const page = await context.newPage();
    await page.goto(web.url + path, { waitUntil: 'networkidle' });
    return { page, close: () => context.close() };
  }
  /** Scrolls through the page as a reader would, so that every chart draws, then reads what was recorded. */
  async function readThrough(page: Page) {
    if (page.url().includes('/bandingkan/')) await page.locator('[data-compare-results] figure.chart').first().waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) await page.evaluate((top) => scrollTo(0, top), y);
    await drawAllCharts(page);
    await page.waitForTimeout(300);
    return page.evaluate(() => {
      const { shift, written } = window as unknown as { shift: number; written: { text: string; font: string }[] };
      return { shift, written };
    });
  }

  it('moves nothing as charts, filters and compare results arrive: cumulative layout shift at most 0.05', async () => {
    const pages = ['/instansi/63.71/', '/instansi/99.71/', '/instansi/99.71.bappeda/', '/peringkat/2024/', '/laporan/2024/', '/laporan/2025/', '/bandingkan/?k=63.71&k=99.71'];
    for (const width of [360, 1280]) {
      for (const path of pages) {
        const { page, close } = await recorded(path, { width });
        const { shift } = await readThrough(page);
        expect(shift, `${path} at ${width} px`).toBeLessThanOrEqual(0.05);
        await close();
      }
    }
  });

  it('writes every text on a chart at 12 px or more, and a lone point’s score beside its zona', async () => {
    const sizes: number[] = [];
    for (const path of ['/instansi/63.71/', '/instansi/99.71.bappeda/', '/laporan/2024/', '/en/instansi/99.71/']) {
      const { page, close } = await recorded(path);
      const { written } = await readThrough(page);
      expect(written.length, path).toBeGreaterThan(10);
      sizes.push(...written.map(({ font }) => Number(/(\d+(?:\.\d+)?)px/.exec(font)![1])));
      // Banjarmasin has one scored year: its point says 95,45, not only "hijau".
      if (path === '/instansi/63.71/') expect(written.map((w) => w.text)).toContain('hijau 95,45');
      await close();
    }
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('shows a chart’s table without JavaScript, and one click away with it', async () => {
    const caption = 'Riwayat: Kepatuhan pelayanan publik, Kota Banjarmasin';
    const table = (page: Page) => page.locator('figure.chart table', { has: page.locator(`caption:text-is("${caption}")`) });
    const off = await recorded('/instansi/63.71/', { javaScriptEnabled: false });
    await expect(table(off.page).isVisible()).resolves.toBe(true);
    await expect(off.page.locator('figure.chart .chart-box').isVisible()).resolves.toBe(false);
    await expect(off.page.locator('figure.chart .chart-legend').isVisible()).resolves.toBe(false);
    await expect(off.page.locator('figure.chart summary').isVisible()).resolves.toBe(false);
    await off.close();

    const on = await recorded('/instansi/63.71/');
    await readThrough(on.page);
    await expect(table(on.page).isVisible()).resolves.toBe(false);
    await expect(on.page.locator('figure.chart .chart-legend').isVisible()).resolves.toBe(true);
    await on.page.locator('figure.chart summary').click();
    await expect(table(on.page).isVisible()).resolves.toBe(true);
    await on.close();
  });

  it('writes the heading of the grade moves once: their caption is for screen readers only', async () => {
    const { page, close } = await recorded('/laporan/2024/');
    const caption = page.locator('table.grade-moves caption');
    await expect(caption.textContent()).resolves.toBe('Yang berubah sejak edisi sebelumnya');
    const box = (await caption.boundingBox())!;
    expect(box.width * box.height).toBeLessThanOrEqual(1);
    await close();
  });
});

describe.runIf(browserTests)('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const pages = ['/', '/data/', '/laporan/2024/', '/laporan/2024/cetak/', '/laporan/2025/', '/laporan/2024/cakupan/', '/instansi/99.71/', '/instansi/99.71.dinkes/', '/instansi/16/', '/instansi/63.71/', '/peringkat/2024/', '/metodologi/', '/cari/', '/bandingkan/', '/404.html'];
  for (const path of [...pages, ...pages.filter((p) => p !== '/404.html').map((p) => `/en${p}`)]) {
    it(path, async () => {
      // axe is injected through the DevTools protocol: the page's own CSP forbids injected scripts, rightly.
      const { page, close } = await open(path, undefined, { bypassCSP: true });
      await drawAllCharts(page);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await close();
    });
  }
});

describe.runIf(browserTests)('hostile names from the data', () => {
  const hostile = servedSite(async () => (await sharedSite('fixture')).dist);

  it('run no script, reach no other origin and keep every layout within a 360 px screen', async () => {
    const pages = ['/instansi/16.72/', '/instansi/16.74.pupr/', '/instansi/16.74.panjang/', '/en/instansi/16.74.rtl/', '/instansi/16.74.emoji/', '/instansi/16.74/', '/laporan/2022/', '/peringkat/2022/', '/laporan/2022/cakupan/', '/data/', '/bandingkan/?k=16.72&k=16.74.panjang&k=16.74.rtl&k=16.74.emoji'];
    for (const path of pages) {
      const pathname = path.split('?')[0];
      const context = await web.browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const incidents: string[] = [];
      page.on('dialog', (dialog) => {
        incidents.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      // The page itself, the site's own scripts, styles and font files, its icon, and the compare page's data files:
      // anything else (an injected <img src=x>, a fetch) is an incident.
      page.on('request', (request) => {
        const url = new URL(request.url());
        const expected =
          url.origin === hostile.url &&
          ((request.resourceType() === 'document' && url.pathname === pathname) ||
            /^\/_astro\/[^/]+\.(js|css|woff2)$/.test(url.pathname) ||
            url.pathname === '/favicon.svg' ||
            (pathname === '/bandingkan/' && /^\/unduh\/instansi(\/[^/]+)?\.json$/.test(url.pathname)));
        if (!expected) incidents.push(`${request.resourceType()} request: ${request.url()}`);
      });
      await page.goto(hostile.url + path);
      // The compare page renders its tables from the data files it fetches.
      if (pathname === '/bandingkan/') await page.locator('[data-compare-results] table').first().waitFor();
      await drawAllCharts(page);
      await expect(page.evaluate(() => document.documentElement.scrollWidth), path).resolves.toBeLessThanOrEqual(360);
      expect(incidents, path).toEqual([]);
      await context.close();
    }
    const page = await web.browser.newPage();
    await page.goto(`${hostile.url}/instansi/16.74.emoji/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(HOSTILE.emoji);
    await page.close();
  });
});
