/** A page of a served site in a real Chromium, for the e2e suites: a fresh context, its problems recorded; axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { browserTests, launch } from './browser.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from './sites.ts';
import { serve, type Served } from './serve.ts';

export interface OpenOptions extends BrowserContextOptions {
  /** A Content-Security-Policy sent as a header with every response, as hosts reading `_headers` send it. */
  cspHeader?: string;
  /** Called with the page before it loads (to record its requests from the start). */
  beforeGoto?: (page: Page) => unknown;
}

export interface OpenedPage {
  page: Page;
  /** Console errors and warnings, page errors, dialogs and requests to any other origin. */
  problems: string[];
  /** Every script the page loaded. */
  scripts: string[];
  close: () => Promise<void>;
}

/** Opens `origin + path` at 1100 × 900 unless `options` say otherwise. */
export async function openPage(browser: Browser, origin: string, path: string, { cspHeader, beforeGoto, ...options }: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  if (cspHeader !== undefined) {
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': cspHeader } });
    });
  }
  const page = await context.newPage();
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`request to another origin: ${url}`);
    if (request.resourceType() === 'script') scripts.push(url);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await beforeGoto?.(page);
  await page.goto(origin + path);
  const close = async () => {
    // Requests still on their way through the route must not outlive the context as unhandled errors.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { page, problems, scripts, close };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line each. axe is injected
 * through the DevTools protocol, which the page's own CSP rightly forbids: open the page with
 * `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** A built site served over HTTP: its folder and its origin. */
export interface ServedSite {
  /** The built site's folder. */
  readonly dist: string;
  /** Its origin, without a final slash. */
  readonly url: string;
}

export interface SiteInBrowser extends ServedSite {
  readonly browser: Browser;
  /** Opens `path` of the site (`openPage`). */
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
}

/**
 * A built site (`site()` gives its folder: a shared site of test/support/sites.ts, or one the file
 * builds), served for the test file or describe that calls this (its beforeAll and afterAll).
 */
export function servedSite(site: () => string | Promise<string>, timeout = SHARED_SITE_TIMEOUT): ServedSite {
  let dist: string | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    dist = await site();
    served = await serve(dist);
  }, timeout);
  afterAll(async () => {
    await served?.close();
  });
  return {
    get dist() {
      return dist!;
    },
    get url() {
      return served!.url;
    },
  };
}

/**
 * A built site served (`servedSite`) and open in Chromium for the test file or describe that calls
 * this. Where there is no Chromium (test/support/browser.ts) nothing is built, served or launched.
 */
export function siteInBrowser(site: () => string | Promise<string>, timeout = SHARED_SITE_TIMEOUT): SiteInBrowser {
  const served = browserTests ? servedSite(site, timeout) : undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (served) browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get dist() {
      return served!.dist;
    },
    get url() {
      return served!.url;
    },
    get browser() {
      return browser!;
    },
    open: (path, options = {}) => openPage(browser!, served!.url, path, options),
  };
}

/** The example site without PDFs, shared by the run (test/support/sites.ts), in Chromium: `siteInBrowser`. */
export const exampleInBrowser = (): SiteInBrowser => siteInBrowser(async () => (await sharedSite('example-no-pdf')).dist);
