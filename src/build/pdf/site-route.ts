/**
 * The built site as Chromium sees it while printing: at its public address (situs.json's url), every
 * request answered from the site folder and none sent to the network. The PDF's links then point at
 * the published site — not at a local server's random port, which would also change the bytes.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** `address` is the site's root URL, base path included (`https://example.go.id/rapor/`). */
export async function routeSite(context: BrowserContext, siteDir: string, address: string): Promise<void> {
  const root = new URL(address.endsWith('/') ? address : `${address}/`);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return route.abort('blockedbyclient');
    let file = join(siteDir, normalize(decodeURIComponent(url.pathname.slice(root.pathname.length - 1))));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(siteDir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({ path: file });
  });
}
