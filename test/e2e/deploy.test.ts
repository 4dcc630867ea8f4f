/**
 * The example site as a pemda publishes it (docs/deploy.md): built with situs.json's url under a
 * sub-path (`https://contoh.go.id/rapor/`), its PDFs printed, and served by real web servers from
 * Debian (installed by .ci/run) — Apache reading the `.htaccess` the build wrote, and nginx with the
 * server block docs/deploy.md documents — then read in Chromium: pages, search, a download, the PDF
 * link and the 404 page work under the sub-path, every response carries the Content-Security-Policy
 * header and the console shows no violation of it; and `npm run verify` finds the Apache-served site
 * to be exactly what its manifest lists.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHED_CACHE } from '../../src/site/host-config.ts';
import { SECURITY_HEADERS } from '../../src/site/security.ts';
import { browserTests, launch } from '../support/browser.ts';
import { root, runBuild } from '../support/build.ts';
import { openPage } from '../support/page.ts';
import { APACHE, documentedNginxConf, NGINX, readableByWorkers, startApache, startNginx, type WebServer } from '../support/web-servers.ts';

const execFileAsync = promisify(execFile);
const BASE = '/rapor/';
const CSP = SECURITY_HEADERS.find(([name]) => name === 'Content-Security-Policy')![1];

/** Where a server binary is missing these tests are skipped, loudly; never in CI, where .ci/run installs it. */
const installed = (binary: string, name: string): boolean => {
  const present = existsSync(binary) || process.env.CI !== undefined;
  if (!present && browserTests) console.warn(`Deployment tests with ${name} skipped: no ${binary} (apt-get install ${name.toLowerCase()}).`);
  return present;
};

const SERVERS = [
  // Verified with `npm run verify` too, once (it rebuilds the site): Apache refuses `.htaccess`.
  { name: 'Apache', present: installed(APACHE, 'Apache2'), verify: true, start: (www: string) => startApache(www) },
  { name: 'nginx', present: installed(NGINX, 'nginx'), verify: false, start: (www: string) => startNginx((port) => documentedNginxConf({ root: www, listen: `127.0.0.1:${port}` })) },
].filter((server) => server.present && browserTests);

/** The data folder built, and the host's folder: the site in its `rapor/`, as copied to /var/www/rapor/. */
let data: string;
let www: string;
let site: string;
let browser: Browser;

beforeAll(async () => {
  if (SERVERS.length === 0) return;
  const work = mkdtempSync(join(tmpdir(), 'rapor-deploy-'));
  data = join(work, 'data');
  cpSync(join(root, 'data'), data, { recursive: true });
  const situs = JSON.parse(readFileSync(join(data, 'situs.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(data, 'situs.json'), JSON.stringify({ ...situs, url: `https://contoh.go.id${BASE}` }, null, 2));
  www = join(work, 'www');
  site = join(www, 'rapor');
  const built = runBuild(site, { dataDir: data });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
  readableByWorkers(site);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe.each(SERVERS)('the example site under $name at a sub-path', ({ start, verify }) => {
  let server: WebServer;
  beforeAll(async () => {
    server = await start(www);
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  const open = (path: string) => openPage(browser, server.origin, path);

  it('serves its pages under the sub-path, styled and scripted, with the CSP header and no violation of it', async () => {
    const { page, problems, close } = await open(BASE);
    try {
      const response = await page.reload();
      expect(response!.status()).toBe(200);
      expect(response!.headers()['content-security-policy']).toBe(CSP);
      expect(response!.headers()['x-content-type-options']).toBe('nosniff');
      // The site's own stylesheet applies (a bare page would keep the browser's 8 px body margin).
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
      await page.getByRole('navigation').getByRole('link', { name: 'Laporan' }).click();
      expect(new URL(page.url()).pathname).toBe(`${BASE}laporan/2024/`);
      // Charts are drawn by the site's scripts: loaded from the sub-path and allowed by the policy.
      const chart = page.locator('figure.chart').first();
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(() => chart.getAttribute('data-chart')).toBe('drawn');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('finds an instansi with the site search (Pagefind, its worker bound by the header policy)', async () => {
    const { page, problems, close } = await open(`${BASE}cari/?q=${encodeURIComponent('Dinas Kesehatan')}`);
    try {
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d+ hasil/);
      const hrefs = await page.locator('.search-results > li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^\/rapor\//);
      await page.locator('.search-results > li h2 a').first().click();
      await page.waitForURL(/\/rapor\/instansi\//);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('downloads a data file and links the printed report', async () => {
    const { page, problems, close } = await open(`${BASE}data/`);
    try {
      const link = page.locator('a.unduh-link[href$="/sakip.csv"]').first();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^sakip-.*\.csv$/);
      expect(readFileSync((await download.path())!)).toEqual(readFileSync(join(site, 'unduh', 'sakip.csv')));
      await page.goto(`${server.origin}${BASE}laporan/2024/`);
      const pdf = await page.locator('a[href$=".pdf"]').first().getAttribute('href');
      expect(pdf).toBe(`${BASE}unduh/laporan-kinerja-2024.pdf`);
      const response = await page.request.get(server.origin + pdf!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('answers a missing page with the site’s 404 page, status 404, styled and with the header', async () => {
    const { page, problems, close } = await open(`${BASE}laporan/1999/`);
    try {
      const response = await page.reload();
      expect(response!.status()).toBe(404);
      expect(response!.headers()['content-security-policy']).toBe(CSP);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Halaman tidak ditemukan');
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
      await page.getByRole('main').getByRole('link', { name: 'Beranda' }).click();
      expect(new URL(page.url()).pathname).toBe(BASE);
      // Chromium reports the missing page itself, opened then reloaded; nothing else failed.
      expect(problems).toEqual(Array(2).fill('error: Failed to load resource: the server responded with a status of 404 (Not Found)'));
    } finally {
      await close();
    }
  });

  it.runIf(verify)('is the site its manifest lists, as npm run verify checks it over HTTP', async () => {
    // Not spawnSync: a blocked event loop misses the server closing this process's idle connections,
    // and the next fetch goes out on a closed one ("other side closed").
    const run = await execFileAsync('npm', ['run', '--silent', 'verify', '--', `${server.origin}${BASE}`, '--lang', 'en'], { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: data } }).then(
      ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('The files served match the manifest.');
    expect(run.stdout).toContain('This site is exactly what its manifest says.');
    expect(run.stdout).not.toContain('served/.htaccess');
    expect(run.stdout).toContain('match    site/.htaccess');
  }, 300_000);

  it("caches the hashed assets, lists no folder, keeps the host's files to itself and types Pagefind's index", async () => {
    const get = (path: string) => fetch(server.origin + path);
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const stylesheet = /href="(\/rapor\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    expect((await get(stylesheet)).headers.get('cache-control')).toBe(HASHED_CACHE);
    expect((await get(BASE)).headers.get('cache-control')).toBe('no-cache');
    for (const path of ['_astro/', 'unduh/', '.htaccess']) expect([403, 404], path).toContain((await get(BASE + path)).status);
    const wasm = await get(`${BASE}pagefind/wasm.id.pagefind`);
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
    expect((await get(`${BASE}unduh/sakip.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('compresses pages, styles and data for a browser that takes gzip, and not what is compressed already', async () => {
    const encoding = async (path: string) => (await fetch(server.origin + path, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding');
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const stylesheet = /href="(\/rapor\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    for (const path of [BASE, stylesheet, `${BASE}cari/nama.json`, `${BASE}unduh/sakip.csv`]) expect(await encoding(path), path).toBe('gzip');
    expect(await encoding(`${BASE}pagefind/wasm.id.pagefind`)).toBeNull();
  });
});
