/**
 * Site search in a real Chromium against the built example: the Pagefind index the build writes, our
 * own results page, the header box, both languages, drafts left out, and all of it under the site's
 * complete Content-Security-Policy sent as a header (as `_headers` hosts send it: it then binds
 * Pagefind's worker too, which a <meta> policy does not).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uiCari } from '../../src/i18n/ui-cari.ts';
import { HOSTILE } from '../fixtures/site.ts';
import { browserTests } from '../support/browser.ts';
import { axeViolations, openPage, servedSite, siteInBrowser, type OpenOptions } from '../support/page.ts';
import { recordLoads } from '../support/weight.ts';
import { measureShift } from '../visual/measure.ts';
import { sharedSite } from '../support/sites.ts';

const web = siteInBrowser(async () => (await sharedSite('example-no-pdf')).dist);
/** The Content-Security-Policy the site's `_headers` give its pages. */
const policy = () => /Content-Security-Policy: (.+)/.exec(readFileSync(join(web.dist, '_headers'), 'utf8'))![1]!;

/** A page in a fresh context with the complete CSP sent as a header (test/support/page.ts). */
const open = (path: string, options: OpenOptions = {}, origin = web.url) => openPage(web.browser, origin, path, { cspHeader: policy(), ...options });

const searchPath = (query: string, lang = '') => `${lang}/cari/?q=${encodeURIComponent(query)}`;

/** Waits for the announced outcome of the search (a count or "no results") and returns it with the results. */
async function outcome(page: Page) {
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/hasil|results?\b/i);
  const results = await page.locator('.search-results > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h2 a')!.getAttribute('href'),
      title: item.querySelector('h2 a')!.textContent,
      facts: Object.fromEntries([...item.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent])),
      marks: [...item.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent),
      excerptElements: [...item.querySelectorAll('.excerpt *')].map((element) => element.localName),
    })),
  );
  return { status: await status.textContent(), results };
}

describe.runIf(browserTests)('site search', () => {
  it('finds a renamed OPD by its old name and shows its type, parent, kode and latest grade', async () => {
    const { page, problems, close } = await open(searchPath('Dinas Komunikasi dan Informatika'));
    const { status, results } = await outcome(page);
    expect(status).toBe(`${results.length} hasil untuk “Dinas Komunikasi dan Informatika”.`);
    expect(results[0]).toMatchObject({
      href: '/instansi/99.71.diskominfo/',
      title: 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
      facts: {
        Jenis: 'Perangkat daerah (OPD)',
        Kode: '99.71.diskominfo',
        Induk: 'Kota Contoh (fiktif)',
        'Nama sebelumnya': 'Dinas Komunikasi dan Informatika',
        'Nilai terakhir': 'Evaluasi internal OPD 2024: BB',
      },
    });
    // The excerpt is rebuilt from text and <mark> only.
    expect(results[0]!.marks.length).toBeGreaterThan(0);
    expect(new Set(results.flatMap((r) => r.excerptElements))).toEqual(new Set(['mark']));
    await page.getByRole('link', { name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian' }).click();
    expect(new URL(page.url()).pathname).toBe('/instansi/99.71.diskominfo/');
    expect(problems).toEqual([]);
    await close();
  });

  it('finds an instansi by its kode, the exact kode first', async () => {
    const { page, problems, close } = await open(searchPath('99.71'));
    const { results } = await outcome(page);
    expect(results[0]).toMatchObject({ href: '/instansi/99.71/', title: 'Kota Contoh (fiktif)', facts: { Jenis: 'Kota', 'Nilai terakhir': 'SAKIP 2024: BB · Kepatuhan pelayanan publik 2024: zona hijau' } });
    expect(results.map((r) => r.href)).toContain('/instansi/99.71.diskominfo/');
    await page.getByLabel(uiCari.inputLabel.id).fill('99.71.diskominfo');
    await page.getByLabel(uiCari.inputLabel.id).press('Enter');
    await expect.poll(async () => (await outcome(page)).results.map((r) => r.href)).toEqual(['/instansi/99.71.diskominfo/']);
    expect(problems).toEqual([]);
    await close();
  });

  it('finds an OPD by the abbreviation people know it by, in both languages, and says which one matched', async () => {
    for (const [query, href, singkatan] of [
      ['Kominfo', '/instansi/99.71.diskominfo/', 'Diskominfo, Kominfo'],
      ['Disdukcapil', '/instansi/99.71.dukcapil/', 'Disdukcapil, Dukcapil'],
      ['Bappeda', '/instansi/99.71.bappeda/', 'Bappeda'],
      ['BPKAD', '/instansi/99.71.bpkad/', 'BPKAD'],
      ['Satpol PP', '/instansi/99.71.satpolpp/', 'Satpol PP'],
    ] as const) {
      const { page, problems, close } = await open(searchPath(query));
      const { results } = await outcome(page);
      expect(results[0], query).toMatchObject({ href, facts: { 'Disebut juga': singkatan } });
      expect(problems).toEqual([]);
      await close();
    }
    const { page, problems, close } = await open(searchPath('RSUD', '/en'));
    const { results } = await outcome(page);
    expect(results[0]).toMatchObject({ href: '/en/instansi/99.71.rsud/', facts: { 'Also called': 'RSUD' } });
    expect(problems).toEqual([]);
    await close();
  });

  it('lists the instansi named first, before its OPD, by its name, its name without Kota or its short name', async () => {
    for (const [query, href, lang] of [
      ['Contoh', '/instansi/99.71/', ''],
      ['Kota Contoh (fiktif)', '/instansi/99.71/', ''],
      ['Sumatera Selatan', '/instansi/16/', ''],
      ['Prabumulih', '/instansi/16.74/', ''],
      ['Sumsel', '/instansi/16/', ''],
      ['Prabumulih Sumsel', '/instansi/16.74/', ''],
      ['kalsel', '/en/instansi/63/', '/en'],
    ] as const) {
      const { page, problems, close } = await open(searchPath(query, lang));
      const { results } = await outcome(page);
      expect(results[0]?.href, query).toBe(href);
      expect(problems).toEqual([]);
      await close();
    }
    const { page, problems, close } = await open(searchPath('Contoh'));
    const { results } = await outcome(page);
    // Its OPD follow, from Pagefind; the pemda is not listed twice.
    expect(results.filter((r) => r.facts.Induk === 'Kota Contoh (fiktif)').length).toBeGreaterThan(5);
    expect(results.filter((r) => r.href === '/instansi/99.71/')).toHaveLength(1);
    expect(results[0]!.facts).toMatchObject({ Jenis: 'Kota', Kode: '99.71', 'Nilai terakhir': 'SAKIP 2024: BB · Kepatuhan pelayanan publik 2024: zona hijau' });
    const sumsel = await open(searchPath('Sumsel'));
    const sumselResults = (await outcome(sumsel.page)).results;
    expect(sumselResults[0]!.facts).toMatchObject({ Jenis: 'Provinsi', 'Disebut juga': 'Sumsel' });
    // Pagefind finds its kota by the province's short name too (searched, not shown).
    expect(sumselResults.slice(1).map((r) => r.href)).toEqual(expect.arrayContaining(['/instansi/16.72/', '/instansi/16.74/']));
    expect(sumselResults.slice(1).every((r) => r.facts.Induk === 'Sumatera Selatan')).toBe(true);
    expect([...problems, ...sumsel.problems]).toEqual([]);
    await Promise.all([close(), sumsel.close()]);
  });

  it('shows the instansi named before Pagefind has loaded, and keeps it first once Pagefind answers', async () => {
    const { page, problems, close } = await open('/');
    // Pagefind 2 s late (its script; all it loads comes after it): the name list is in long before.
    await page.context().route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.fallback();
    });
    await page.goto(web.url + searchPath('Prabumulih'));
    const firstResult = page.locator('.search-results > li h2 a').first();
    await expect.poll(() => firstResult.getAttribute('href'), { timeout: 1500 }).toBe('/instansi/16.74/');
    await expect(page.getByRole('status').textContent()).resolves.toBe(uiCari.searching.id);
    const { results } = await outcome(page);
    expect(results[0]!.href).toBe('/instansi/16.74/');
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the first result light on a phone and does not move, at 360 and 1280 px', async () => {
    for (const width of [360, 1280]) {
      let loads: Awaited<ReturnType<typeof recordLoads>> | undefined;
      const beforeGoto = async (page: Page) => {
        loads = await recordLoads(page, '[data-search-results] li');
      };
      // Without the CSP header's route: a routed response comes from Node, not over the page's slow line.
      const { page, problems, close } = await openPage(web.browser, web.url, searchPath('Kota Contoh'), { viewport: { width, height: 800 }, beforeGoto });
      const loaded = await loads!.until();
      await expect(page.locator('[data-search-results] li h2').first().textContent()).resolves.toBe('Kota Contoh (fiktif)');
      const paths = loaded.files.map((file) => file.path);
      expect(paths).toContain('/cari/nama.json');
      // Pagefind (its program, WebAssembly and index) comes after the first result, not before it.
      expect(paths.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
      expect(loaded.gzip, JSON.stringify(loaded.files)).toBeLessThan(50_000);
      // Pagefind's results below, the status filled (Pagefind comes over the slow line): nothing above them moved.
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 60_000 }).toMatch(/\d/);
      const { cls, moved } = await page.evaluate(measureShift);
      expect(cls, `${width} px: ${moved.join(', ')}`).toBeLessThanOrEqual(0.05);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('finds the instansi under a parent pemda by the parent’s name', async () => {
    const { page, problems, close } = await open(searchPath('Sumatera Selatan'));
    const { results } = await outcome(page);
    const children = results.filter((r) => r.facts.Induk === 'Sumatera Selatan').map((r) => r.href);
    expect(children).toEqual(expect.arrayContaining(['/instansi/16.72/', '/instansi/16.74/']));
    expect(problems).toEqual([]);
    await close();
  });

  it('searches the English pages from /en/cari/', async () => {
    const { page, problems, close } = await open(searchPath('Dinas Komunikasi dan Informatika', '/en'));
    const { status, results } = await outcome(page);
    const announced = results.length === 1 ? uiCari.foundOne.en : uiCari.found.en.replace('{n}', String(results.length));
    expect(status).toBe(announced.replace('{q}', 'Dinas Komunikasi dan Informatika'));
    expect(results[0]).toMatchObject({ href: '/en/instansi/99.71.diskominfo/', facts: { Type: 'Regional agency (OPD)', Parent: 'Kota Contoh (fiktif)', 'Latest grades': 'Internal OPD evaluation 2024: BB' } });
    expect(results.every((r) => r.href!.startsWith('/en/'))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('submits the header box of any page to /cari/?q=…, in the page’s language', async () => {
    for (const [from, to] of [['/instansi/16/', '/cari/'], ['/en/laporan/2024/', '/en/cari/']] as const) {
      const { page, problems, close } = await open(from);
      const box = page.locator('header').getByRole('searchbox');
      await box.fill('Kaur');
      await box.press('Enter');
      await page.waitForURL((url) => url.pathname === to);
      expect(new URL(page.url()).searchParams.get('q')).toBe('Kaur');
      const { results } = await outcome(page);
      expect(results[0]!.href).toBe(`${to === '/cari/' ? '' : '/en'}/instansi/17.04/`);
      expect(problems, from).toEqual([]);
      await close();
    }
  });

  it('keeps the query in the URL: a search can be shared and the back button returns to the previous one', async () => {
    const { page, problems, close } = await open('/cari/');
    const input = page.getByLabel(uiCari.inputLabel.id);
    for (const query of ['Kaur', 'Banjarmasin']) {
      await input.fill(query);
      await input.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
      await expect.poll(async () => (await outcome(page)).results[0]?.title).toBe(query === 'Kaur' ? 'Kabupaten Kaur' : 'Kota Banjarmasin');
    }
    await page.goBack();
    await expect.poll(() => input.inputValue()).toBe('Kaur');
    await expect.poll(async () => (await outcome(page)).results[0]?.title).toBe('Kabupaten Kaur');
    expect(problems).toEqual([]);
    await close();
  });

  it('never loses what a reader typed while the index was still loading', async () => {
    const { page, problems, close } = await open('/');
    // A slow connection: the index arrives 2 s after the page (Pagefind's script is late, all it loads comes after it).
    await page.context().route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.fallback();
    });
    const loaded = page.waitForResponse(/wasm\.id\.pagefind$/);
    await page.goto(web.url + '/cari/');
    const input = page.getByLabel(uiCari.inputLabel.id);
    await input.fill('Kaur');
    // The reader is still typing while the index finishes loading, then presses Enter.
    await loaded;
    await page.waitForTimeout(500);
    await input.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Kaur');
    expect((await outcome(page)).results[0]?.title).toBe('Kabupaten Kaur');
    await expect(input.inputValue()).resolves.toBe('Kaur');
    expect(problems).toEqual([]);
    await close();
  });

  it('does not quote a draft’s figure: 78,65 (Dinas Kesehatan, draft 2025) is on the draft’s page but not found', async () => {
    // Drafts show on their own edition's pages only (docs/data.md), never on the instansi page.
    expect(readFileSync(join(web.dist, 'laporan', '2025', 'index.html'), 'utf8')).toContain('78,65');
    expect(readFileSync(join(web.dist, 'instansi', '99.71.dinkes', 'index.html'), 'utf8')).not.toContain('78,65');
    const { page, problems, close } = await open(searchPath('78,65'));
    const { results } = await outcome(page);
    // Pagefind may match "78" or "65" elsewhere; no result may quote the draft's figure.
    const excerpts = await page.locator('.search-results .excerpt').allTextContents();
    expect(excerpts.filter((excerpt) => excerpt.includes('78,65'))).toEqual([]);
    expect(results.map((r) => r.href)).not.toContain('/instansi/99.71.dinkes/');
    expect(problems).toEqual([]);
    await close();
  });

  it('does not index drafts: a word only the draft 2025 edition uses is not found', async () => {
    expect(readFileSync(join(web.dist, 'laporan', '2025', 'index.html'), 'utf8')).toContain('tertinggal');
    const { page, problems, close } = await open(searchPath('tertinggal'));
    const { status, results } = await outcome(page);
    expect(status).toBe('Tidak ada hasil untuk “tertinggal”.');
    expect(results).toEqual([]);
    // Nor does any result ever lead to a draft edition.
    const published = await open(searchPath('Laporan Kinerja Pemerintah Daerah'));
    const hrefs = (await outcome(published.page)).results.map((r) => r.href);
    expect(hrefs).toContain('/laporan/2024/');
    expect(hrefs).not.toContain('/laporan/2025/');
    expect([...problems, ...published.problems]).toEqual([]);
    await Promise.all([close(), published.close()]);
  });

  it('says so and offers other ways without JavaScript, and without an index (astro dev)', async () => {
    const noScript = await open(searchPath('Kaur'), { javaScriptEnabled: false });
    // Playwright's text locators skip <noscript>; the rendered text does not.
    await expect(noScript.page.locator('main').innerText()).resolves.toContain(uiCari.noScript.id);
    await expect(noScript.page.getByRole('link', { name: uiCari.allData.id }).isVisible()).resolves.toBe(true);
    await noScript.close();

    const context = await web.browser.newContext();
    await context.route('**/pagefind/**', (route) => route.fulfill({ status: 404 }));
    const page = await context.newPage();
    await page.goto(web.url + searchPath('Kaur'));
    await expect.poll(() => page.getByText(uiCari.noIndex.id).isVisible()).toBe(true);
    await expect(page.getByRole('link', { name: uiCari.rankingsOf(2024).id }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('fits a 360 px phone with results shown', async () => {
    const { page, problems, close } = await open(searchPath('Dinas'), { viewport: { width: 360, height: 740 } });
    await outcome(page);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
    await close();
  });

  for (const lang of ['', '/en']) {
    it(`has no WCAG 2.1 A/AA violation (axe-core) on ${lang}/cari/ with results shown`, async () => {
      // axe is injected through the DevTools protocol, which the page's CSP rightly forbids.
      const context = await web.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(web.url + searchPath('Dinas', lang));
      expect((await outcome(page)).results.length).toBeGreaterThan(1);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});

describe.runIf(browserTests)('site search over hostile names', () => {
  const hostile = servedSite(async () => (await sharedSite('fixture-no-pdf')).dist);

  it('shows every name as text, runs nothing, loads nothing injected and keeps within 360 px', async () => {
    const { page, problems, close } = await open(searchPath('Dinas'), { viewport: { width: 360, height: 740 } }, hostile.url);
    const titles = (await outcome(page)).results.map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining([HOSTILE.img, HOSTILE.long, HOSTILE.rtl, HOSTILE.emoji]));
    await page.getByLabel(uiCari.inputLabel.id).fill('Pagar');
    await page.getByLabel(uiCari.inputLabel.id).press('Enter');
    await expect.poll(async () => (await outcome(page)).results.map((r) => r.title)).toContain(HOSTILE.script);
    await expect(page.locator('.search-results img, .search-results script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    const injected = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => !/^\/(_astro|pagefind)\/|^\/favicon\.svg$|^\/cari\/nama\.json$/.test(path)));
    expect(injected).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
