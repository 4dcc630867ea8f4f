/**
 * The tests open pages in Chromium's headless shell (test/support/browser.ts), the PDFs and the
 * readers' browsers are full ones: every layout check of the suites holds only if the shell sets text
 * where the full Chromium sets it. Each page type here, opened in both, has the same text boxes to a
 * 64th of a pixel (the unit Blink lays out in).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/build/pdf/chromium.ts';
import { browserTests, CHROMIUM, HEADLESS_SHELL, pagesBrowser } from '../support/browser.ts';
import { exampleInBrowser, openPage } from '../support/page.ts';

const web = exampleInBrowser();

/** Every text box of the page, as `left,top,width,height` in 64ths of a pixel, with its text's start. */
const textBoxes = (page: Page) =>
  page.evaluate(() => {
    const boxes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) boxes.push(`${[box.left, box.top, box.width, box.height].map((v) => Math.round(v * 64)).join(',')} ${(node as Text).data.trim().slice(0, 40)}`);
    }
    return boxes;
  });

describe.runIf(browserTests && pagesBrowser === HEADLESS_SHELL)('the headless shell the tests use', () => {
  let full: Browser;
  beforeAll(async () => {
    full = await launchChromium(CHROMIUM);
  });
  afterAll(async () => {
    await full?.close();
  });

  for (const width of [360, 1280]) {
    it(`sets the text of every page type where the full Chromium sets it, at ${width} px`, async () => {
      for (const path of ['/', '/laporan/2024/', '/laporan/2024/cetak/', '/instansi/99.71.dinkes/', '/peringkat/2024/', '/en/metodologi/', '/data/']) {
        const boxes = await Promise.all(
          [web.browser, full].map(async (browser) => {
            // Without JavaScript: the page as built, never caught halfway through drawing a chart.
            const { page, close } = await openPage(browser, web.url, path, { viewport: { width, height: 800 }, javaScriptEnabled: false });
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const found = await textBoxes(page);
            await close();
            return found;
          }),
        );
        expect(boxes[0]!.length, `${path} @${width}: text boxes`).toBeGreaterThan(30);
        expect(boxes[0], `${path} @${width}`).toEqual(boxes[1]);
      }
    });
  }
});
