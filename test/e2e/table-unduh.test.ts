/**
 * Downloads and citations in a real Chromium against the built example: a ranking table's rows as
 * shown and all its rows as CSV, an edition's and a long file saved under their years, a chart as PNG, a table's CSV on a page without JavaScript, and the
 * "Kutip" block's permalink, fingerprint and links, all under the site's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { browserTests } from '../support/browser.ts';
import { siteInBrowser } from '../support/page.ts';
import { sharedSite } from '../support/sites.ts';

const web = siteInBrowser(async () => (await sharedSite('example-no-pdf')).dist);

const open = (path: string) => web.open(path, { acceptDownloads: true });

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/** Clicks and returns the file the click downloads. */
async function downloadBy(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

/** A CSV as Rapor writes it for spreadsheets: BOM, CRLF, then rows. */
function parseCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1).replace(/\r\n$/, ''), { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe.runIf(browserTests)('table and chart downloads, citations', () => {
  it('downloads a ranking table as filtered ("rows shown") and whole ("all rows")', async () => {
    const { page, problems, close } = await open('/peringkat/2024/');
    await page.selectOption('select[name="predikat"]', 'BB');
    // The first table the filter left with some of its rows on screen, and its download controls.
    const frame = page.locator('.table-scroll:visible', { has: page.locator('tbody tr:visible') }).filter({ has: page.locator('tbody tr[hidden]') }).first();
    const table = frame.locator('table');
    const controls = frame.locator('xpath=following-sibling::div[@data-table-downloads][1]');
    const visible = await table.locator('tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.querySelector('th')!.textContent!.trim()));
    const total = await table.locator('tbody tr').count();
    const header = await table.locator('thead tr:last-child th').evaluateAll((cells) => cells.map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(total);

    const nameColumn = header.indexOf(await table.locator('th[data-urut="nama"]').textContent().then((t) => t!.trim()));
    const shown = await downloadBy(page, () => controls.getByRole('button', { name: /^Unduh baris yang tampil \(CSV\): / }).click());
    expect(shown.name).toMatch(/^peringkat-2024-.+-tampil\.csv$/);
    const shownRows = parseCsv(shown.bytes);
    expect(shownRows[0]).toEqual(header);
    expect(shownRows.slice(1).map((row) => row[nameColumn])).toEqual(visible);
    // Every row shows predikat BB, and every score is a plain number, not the page's "85,50".
    const predikat = header.indexOf('Predikat');
    expect(new Set(shownRows.slice(1).map((row) => row[predikat]))).toEqual(new Set(['BB']));
    for (const row of shownRows.slice(1)) expect(row[header.indexOf('Nilai')]).toMatch(/^\d+(\.\d+)?$/);

    const allControl = controls.getByRole('link', { name: /^Unduh tabel ini \(CSV, semua baris\): / }).or(controls.getByRole('button', { name: /^Unduh tabel ini \(CSV, semua baris\): / }));
    const all = await downloadBy(page, () => allControl.click());
    const allRows = parseCsv(all.bytes);
    expect(allRows[0]).toEqual(header);
    expect(allRows.length - 1).toBe(total);
    expect(problems).toEqual([]);
    await close();
  });

  it('saves an edition’s full table and a long file under names that say dataset and year, numbers as published', async () => {
    const { page, problems, close } = await open('/laporan/2024/');
    const link = page.getByRole('link', { name: /^Unduh tabel ini \(CSV, semua baris\): .*Kepatuhan.* 2024$/ });
    const edition = await downloadBy(page, () => link.click());
    expect(edition.name).toBe('kepatuhan-2024.csv');
    const rows = parseCsv(edition.bytes);
    expect(rows[0]!.slice(0, 7)).toEqual(['tahun', 'status_edisi', 'kode', 'nama', 'jenis', 'induk', 'kode_provinsi']);
    // data/2024/kepatuhan.csv writes 88.00 and 92.30 for the fictitious city.
    const row = rows.find((cells) => cells[2] === '99.71')!;
    expect([row[3], row[4], row[rows[0]!.indexOf('nilai')], row[rows[0]!.indexOf('input')]]).toEqual(['Kota Contoh (fiktif)', 'kota', '88.00', '92.30']);
    await page.goto(`${web.url}/data/`);
    const long = await downloadBy(page, () => page.locator('a[href="/unduh/kepatuhan.csv"]').click());
    expect(long.name).toMatch(/^kepatuhan-\d{4}-\d{4}\.csv$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('downloads a drawn chart as a PNG on a white background', async () => {
    const { page, problems, close } = await open('/instansi/99.71/');
    const figure = page.locator('figure.chart').first();
    await figure.scrollIntoViewIfNeeded();
    const button = figure.getByRole('button', { name: /^Unduh PNG: / });
    await button.waitFor();
    const png = await downloadBy(page, () => button.click());
    expect(png.name).toMatch(/^instansi-99\.71-riwayat-.+\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(5_000);
    // Width and height from the IHDR chunk: the canvas's bitmap, not an empty image.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(200);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    await close();
  });

  it('offers a table as CSV on a page that loads no JavaScript', async () => {
    const { page, problems, scripts, close } = await open('/metodologi/');
    const link = page.locator('[data-table-downloads] a[download]').first();
    const caption = await page.locator('.table-scroll caption').first().textContent();
    await expect(link.getAttribute('aria-label')).resolves.toBe(`Unduh tabel ini (CSV, semua baris): ${caption}`);
    const csv = await downloadBy(page, () => link.click());
    expect(csv.name).toMatch(/^metodologi-.+\.csv$/);
    const rows = parseCsv(csv.bytes);
    const header = await page.locator('.table-scroll').first().locator('thead th').allTextContents();
    expect(rows[0]).toEqual(header.map((text) => text.trim()));
    expect(rows.length - 1).toBe(await page.locator('.table-scroll').first().locator('tbody tr').count());
    expect(scripts).toEqual([]);
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the permalink and fingerprint in the Kutip block, and its links resolve', async () => {
    const manifest = JSON.parse(readFileSync(`${web.dist}/manifest.json`, 'utf8')) as { input: Record<string, string> };
    // The data's fingerprint, recomputed from the manifest as any reader can: SHA-256 of its
    // `sha256sum`-style list of the data files (the example's paths are ASCII: code-unit order is byte order).
    const list = Object.keys(manifest.input).sort().map((path) => `${manifest.input[path]}  ${path}\n`).join('');
    const fingerprint = createHash('sha256').update(list).digest('hex');
    for (const path of ['/instansi/99.71/', '/en/laporan/2024/']) {
      const { page, problems, close } = await open(path);
      const block = page.locator('section.kutip');
      await expect(block.locator('[data-permalink]').textContent()).resolves.toBe(`https://rapor.example.org${path}`);
      await expect(block.locator('[data-fingerprint]').textContent()).resolves.toBe(fingerprint.slice(0, 12));
      const citation = (await block.locator('[data-citation]').textContent())!;
      expect(citation).toContain(`https://rapor.example.org${path}`);
      expect(citation).toContain(fingerprint.slice(0, 12));
      const hrefs = await block.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(hrefs.some((href) => href.startsWith('/unduh/'))).toBe(true);
      for (const href of hrefs) {
        if (/^https?:\/\/(?!rapor\.example\.org)/.test(href)) continue; // a source elsewhere on the web
        const local = href.replace('https://rapor.example.org', '');
        const response = await page.request.get(web.url + local);
        expect(response.status(), `${path}: ${href}`).toBe(200);
      }
      expect(problems, path).toEqual([]);
      await close();
    }
  });
});
