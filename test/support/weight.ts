/** What a page costs a phone, for the e2e suites: the bytes (gzip) it has loaded by the time a selector shows. */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Loaded {
  /** Path and gzip size of every response finished before the selector showed. */
  files: { path: string; gzip: number }[];
  /** Their sum, the font files too: a first visit loads them before its text settles. */
  gzip: number;
}

/**
 * Puts the page, as on a first visit, on Lighthouse's mobile line (150 ms round trip, 1,6 Mbit/s down,
 * 750 kbit/s up) and records its responses from now; `until` resolves once `selector` shows, with what
 * had loaded by then. The line makes what loads first on a phone load first here: from a local server
 * everything arrives within milliseconds, and what a page fetches after its first result would count
 * before it. Both times are the browser's own — when the selector first matched (a MutationObserver
 * in the page) and when each response ended — so that a loaded machine, slow to report either to this
 * process, cannot move a file from after to before.
 */
export async function recordLoads(page: Page, selector: string): Promise<{ until: () => Promise<Loaded> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
  // A first visit: nothing from an earlier page's cache, which would arrive at once whenever it was asked for.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript((wanted) => {
    const seen = window as unknown as { raporShownAt?: number };
    const mark = (): void => {
      if (seen.raporShownAt === undefined && document.querySelector(wanted) !== null) seen.raporShownAt = performance.timeOrigin + performance.now();
    };
    new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  }, selector);
  const finished: Promise<{ path: string; gzip: number; at: number }>[] = [];
  page.on('requestfinished', (request) => {
    const { startTime, responseEnd } = request.timing();
    const read = request
      .response()
      .then(async (response) => ({ path: new URL(request.url()).pathname, gzip: response === null ? 0 : gzipSync(await response.body()).length, at: startTime + responseEnd }));
    // A request that finishes after the test has closed its page cannot be read: `until` had already
    // counted the files before it. A read that fails before then still fails `until`.
    read.catch(() => undefined);
    finished.push(read);
  });
  return {
    async until() {
      await page.locator(selector).first().waitFor();
      const shown = await page.evaluate(() => (window as unknown as { raporShownAt: number }).raporShownAt);
      const files = (await Promise.all(finished)).filter(({ at }) => at <= shown).map(({ path, gzip }) => ({ path, gzip }));
      return { files, gzip: files.reduce((sum, { gzip }) => sum + gzip, 0) };
    },
  };
}
