/** What a page costs a phone, for the e2e suites: the bytes (gzip) it has loaded by the time a selector shows. */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Loaded {
  /** Path and gzip size of every response finished before the selector showed. */
  files: { path: string; gzip: number }[];
  /** Their sum, fonts left out: the site's three font files (≈ 43 KB) are the same on every page and cached after the first. */
  gzipWithoutFonts: number;
}

/** Records the page's responses from now; `until` resolves once `selector` shows, with what had loaded by then. */
export function recordLoads(page: Page): { until: (selector: string) => Promise<Loaded> } {
  const finished: Promise<{ path: string; gzip: number; at: number }>[] = [];
  page.on('requestfinished', (request) => {
    const at = Date.now();
    finished.push(
      request
        .response()
        .then(async (response) => ({ path: new URL(request.url()).pathname, gzip: response === null ? 0 : gzipSync(await response.body()).length, at })),
    );
  });
  return {
    async until(selector) {
      await page.locator(selector).first().waitFor();
      const shown = Date.now();
      const files = (await Promise.all(finished)).filter(({ at }) => at <= shown).map(({ path, gzip }) => ({ path, gzip }));
      return { files, gzipWithoutFonts: files.filter(({ path }) => !path.endsWith('.woff2')).reduce((sum, { gzip }) => sum + gzip, 0) };
    },
  };
}
