/**
 * `npm run dev` looks like the built site: its pages are styled and run their scripts under the
 * page's Content-Security-Policy (Vite's dev server inlines styles and scripts, which the site's own
 * policy forbids), with nothing in the browser's console and no upgrade prompt in the terminal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEV_CSP_META } from '../../src/site/security.ts';
import { browserTests, launch } from '../support/browser.ts';
import { DEV_START_TIMEOUT, poll, startDev, type DevServer } from '../support/dev-server.ts';
import { openPage } from '../support/page.ts';

describe.runIf(browserTests)('npm run dev in Chromium', () => {
  let server: DevServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startDev();
    await poll(server.home, (status) => status === 200, 120_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${server?.log()}`);
    });
    browser = await launch();
  }, DEV_START_TIMEOUT + 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  // A content page, the edition with its chapter (live figures, charts), its print version (the logo),
  // and the search page (the name list answers; Pagefind's index, which only a build makes, is not asked for).
  it.each(['/', '/laporan/2024/', '/laporan/2024/cetak/', '/en/instansi/99.71/', '/cari/?q=Kota%20Contoh'])('%s: styled by the site’s CSS, no console errors', async (path) => {
    const { page, problems, close } = await openPage(browser!, server!.home.replace(/\/$/, ''), path);
    try {
      await page.waitForLoadState('networkidle');
      // site.css sets the site's own font; without it the page falls back to the browser's serif.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Public Sans"/);
      // Every image loaded (the print cover's logo comes from the data folder).
      expect(await page.evaluate(() => [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src))).toEqual([]);
      expect(problems).toEqual([]);
      if (path.startsWith('/cari/')) {
        await expect.poll(() => page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
        expect(await page.locator('[data-search-unavailable]').isVisible()).toBe(true);
      }
      // The page keeps its policy; only inline code, which Vite's dev server writes, is allowed besides.
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(DEV_CSP_META);
    } finally {
      await close();
    }
  }, 60_000);

  it('prints no upgrade prompt or warning', () => {
    const log = server!.log();
    expect(log).not.toContain('@astrojs/upgrade');
    expect(log).not.toMatch(/\[WARN\]/);
  });
});
