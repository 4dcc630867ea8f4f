/**
 * The pages of a split OPD chapter (test/fixtures/opd-split.ts) in a real Chromium: charts drawn under
 * the Content-Security-Policy without console errors, a 360 px phone, accessibility (axe-core), and
 * the rankings page's filters working with the OPD rankings elsewhere.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTests } from '../support/browser.ts';
import { sharedSite } from '../support/sites.ts';
import { axeViolations, siteInBrowser } from '../support/page.ts';

const web = siteInBrowser(async () => (await sharedSite('opd-split-no-pdf')).dist);

const open = (path: string, viewport = { width: 1100, height: 900 }, options: { bypassCSP?: boolean } = {}) => web.open(path, { viewport, ...options });

async function drawAllCharts(page: Page): Promise<void> {
  for (const figure of await page.locator('figure.chart').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => ['drawn', 'failed'].includes((f as HTMLElement).dataset.chart ?? '')));
}

const PAGES = ['/laporan/2024/opd/16.74/', '/laporan/2025/opd/16.72/', '/laporan/2024/', '/laporan/2024/cetak/', '/peringkat/2024/'];

describe.runIf(browserTests)('a split OPD chapter in a real browser', () => {
  it('draws the charts of a pemda’s OPD page, without console errors', async () => {
    const { page, problems, close } = await open('/laporan/2024/opd/16.74/');
    await drawAllCharts(page);
    await expect(page.locator('figure.chart').evaluateAll((all) => all.map((f) => (f as HTMLElement).dataset.chart))).resolves.toEqual(['drawn', 'drawn']);
    expect(problems).toEqual([]);
    await close();
  });

  it('leads from the report to a pemda’s OPD page', async () => {
    const { page, problems, close } = await open('/laporan/2024/');
    const pemda = page.locator('table', { has: page.locator('caption:text-is("OPD per pemda 2024: jumlah OPD dinilai dan predikatnya")') });
    await pemda.getByRole('link', { name: 'Kota Prabumulih', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/laporan/2024/opd/16.74/');
    await expect(page.locator('h1').textContent()).resolves.toBe('OPD Kota Prabumulih — Rapor Nasional 2024');
    expect(problems).toEqual([]);
    await close();
  });

  it('filters the rankings page by provinsi, the table of pemda left whole', async () => {
    const { page, problems, close } = await open('/peringkat/2024/?provinsi=17');
    const shown = (caption: string) => page.locator('table', { has: page.locator(`caption:text-is("${caption}")`) }).locator('tbody tr:not([hidden])').count();
    await expect(shown('Kota · SAKIP 2024')).resolves.toBe(1);
    await expect(shown('Provinsi · SAKIP 2024')).resolves.toBe(0);
    await expect(shown('OPD per pemda 2024: jumlah OPD dinilai dan predikatnya')).resolves.toBe(7);
    await expect(page.locator('[data-ranking-status]').textContent()).resolves.toBe('1 dari 3 baris ditampilkan.');
    expect(problems).toEqual([]);
    await close();
  });

  it('fits a 360 px phone: no page scrolls sideways', async () => {
    for (const path of PAGES) {
      const { page, close } = await open(path, { width: 360, height: 740 });
      await drawAllCharts(page);
      await expect(page.evaluate(() => document.documentElement.scrollWidth), path).resolves.toBeLessThanOrEqual(360);
      await close();
    }
  });
});

describe.runIf(browserTests)('a split OPD chapter: accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const path of [...PAGES, ...PAGES.map((p) => `/en${p}`)]) {
    it(path, async () => {
      const { page, close } = await open(path, undefined, { bypassCSP: true });
      await drawAllCharts(page);
      expect(await axeViolations(page)).toEqual([]);
      await close();
    });
  }
});
