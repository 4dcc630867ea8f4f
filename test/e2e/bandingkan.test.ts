/**
 * The compare page of the example site in a real Chromium, under its Content-Security-Policy: the
 * choice from the address, picking by keyboard, the limit of four, charts, no script, axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTests } from '../support/browser.ts';
import { axeViolations, exampleInBrowser } from '../support/page.ts';
import { recordLoads } from '../support/weight.ts';
import { measureShift } from '../visual/measure.ts';

const open = exampleInBrowser().open;

const chosenKode = (page: Page) => new URL(page.url()).searchParams.getAll('k');

/** The SAKIP table's column heads and its cells by year. */
async function sakipTable(page: Page): Promise<{ heads: string[]; rows: Record<string, string[]> }> {
  const table = page.locator('#banding-sakip + .table-scroll table');
  await table.waitFor();
  return table.evaluate((t) => ({
    heads: [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    rows: Object.fromEntries(
      [...t.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th a')!.textContent!, [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())]),
    ),
  }));
}

describe.runIf(browserTests)('the compare page', () => {
  it('offers each table as CSV and each chart as PNG', async () => {
    const { page, problems, close } = await open('/bandingkan/?k=99.71&k=16.74', { acceptDownloads: true });
    const { rows } = await sakipTable(page);
    const controls = page.locator('[aria-labelledby="banding-sakip"] .table-downloads');
    const [csv] = await Promise.all([page.waitForEvent('download'), controls.getByRole('button').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFFTahun,Kota Contoh (fiktif),Kota Prabumulih\r\n')).toBe(true);
    expect(text.split('\r\n').filter((line) => line !== '').length - 1).toBe(Object.keys(rows).length);
    expect(csv.suggestedFilename()).toMatch(/^bandingkan-sakip-99\.71-16\.74\.csv$/);
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => (f as HTMLElement).dataset.chart === 'drawn'));
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[aria-labelledby="banding-sakip"] figure.chart .chart-png').click()]);
    expect([...readFileSync((await png.path())!).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the histories the address names, side by side, with rule changes marked and charts drawn', async () => {
    const { page, problems, close } = await open('/bandingkan/?k=99.71&k=16.74');
    const { heads, rows } = await sakipTable(page);
    expect(heads).toEqual(['Tahun', 'Kota Contoh (fiktif)', 'Kota Prabumulih']);
    expect(rows['2020']).toEqual(['CC 57,84', 'tidak dinilai']);
    expect(rows['2021']).toEqual(['B 64,30', 'B']);
    // SAKIP 2022 was graded under PermenPAN-RB 88/2021, 2021 under 12/2015.
    // The year carries a mark; the note it links to, below the table, names the rules.
    const mark = page.locator('#banding-sakip + .table-scroll tbody tr').nth(2).locator('a.note-ref');
    await expect(page.locator(`#banding-sakip + .table-scroll .table-notes ${(await mark.getAttribute('href'))!}`).textContent()).resolves.toContain('tidak dapat dibandingkan');
    await expect(page.locator('#banding-sakip + .table-scroll tbody tr').nth(1).locator('a.note-ref').count()).resolves.toBe(0);
    // Kota Prabumulih has no SAKIP score, only predikat: one chart, Kota Contoh's.
    const charts = page.locator('[aria-labelledby="banding-sakip"] figure.chart');
    await expect(charts.count()).resolves.toBe(1);
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => (f as HTMLElement).dataset.chart === 'drawn'));
    const inked = await charts.first().locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      return count;
    });
    expect(inked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
    await close();
  });

  it('adds a third instansi picked by keyboard, found by name, and keeps the choice in the address', async () => {
    const { page, problems, close } = await open('/en/bandingkan/?k=99.71&k=16.74');
    await sakipTable(page);
    await page.locator('#compare-input').focus();
    await page.keyboard.type('pagar');
    await page.locator('#compare-options [role="option"]').first().waitFor();
    await expect(page.locator('#compare-input').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#compare-input').getAttribute('aria-activedescendant')).resolves.toBe('compare-option-0');
    await page.keyboard.press('Enter');
    await expect.poll(() => chosenKode(page)).toEqual(['99.71', '16.74', '16.72']);
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toBe('Kota Pagar Alam added.');
    await expect(page.locator('[data-compare-chosen] li').count()).resolves.toBe(3);
    await expect(page.locator('#banding-kepatuhan + .table-scroll thead th').allTextContents()).resolves.toEqual(['Year', 'Kota Contoh (fiktif)', 'Kota Prabumulih', 'Kota Pagar Alam']);
    // A former name finds the renamed agency.
    await page.keyboard.type('komunikasi dan informatika');
    await expect(page.locator('#compare-options [role="option"]').first().textContent()).resolves.toContain('Dinas Komunikasi, Informatika, Statistik dan Persandian');
    await page.keyboard.press('Escape');
    // Removing keeps the order of the rest.
    await page.getByRole('button', { name: 'Remove Kota Prabumulih' }).click();
    await expect.poll(() => chosenKode(page)).toEqual(['99.71', '16.72']);
    expect(problems).toEqual([]);
    await close();
  });

  it('suggests from the name list and a pemda’s OPD, light on a phone and without moving the page', async () => {
    for (const width of [360, 1280]) {
      let loads: Awaited<ReturnType<typeof recordLoads>> | undefined;
      const beforeGoto = async (page: Page) => {
        loads = await recordLoads(page, '#compare-options [role="option"]');
      };
      const { page, problems, close } = await open('/bandingkan/', { viewport: { width, height: 800 }, beforeGoto });
      await page.locator('#compare-input').focus();
      // The whole query at once: typed key by key, "kota" could first match an OPD of another pemda whose list came first.
      await page.locator('#compare-input').fill('kota contoh');
      const loaded = await loads!.until();
      await expect(page.locator('#compare-options [role="option"]').first().textContent()).resolves.toBe('Kota Contoh (fiktif) (Kota, 99.71)');
      // The search page's name list and the one pemda's OPD, not every instansi's download (4,3 MB at national scale).
      const paths = loaded.files.map((file) => file.path);
      expect(paths).toContain('/cari/nama.json');
      expect(paths).toContain('/cari/opd/99.71.json');
      expect(paths).not.toContain('/unduh/instansi.json');
      expect(loaded.gzip, JSON.stringify(loaded.files)).toBeLessThan(50_000);
      // An OPD by its abbreviation, picked by pointer.
      await page.locator('#compare-input').fill('dinkes');
      await page.getByRole('option', { name: /^Dinas Kesehatan \(Perangkat daerah \(OPD\), 99\.71\.dinkes; Dinkes\)$/ }).click();
      await expect.poll(() => chosenKode(page)).toEqual(['99.71.dinkes']);
      await page.locator('[data-compare-results] table').first().waitFor();
      const { cls, moved } = await page.evaluate(measureShift);
      expect(cls, `${width} px: ${moved.join(', ')}`).toBeLessThanOrEqual(0.05);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('does not move when opened with a choice in its address', async () => {
    for (const width of [360, 1280]) {
      const { page, close } = await open('/bandingkan/?k=99.71&k=16.74&k=99.71.dinkes', { viewport: { width, height: 800 } });
      await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => ['drawn', 'failed'].includes((f as HTMLElement).dataset.chart ?? '')));
      const { cls, moved } = await page.evaluate(measureShift);
      expect(cls, `${width} px: ${moved.join(', ')}`).toBeLessThanOrEqual(0.05);
      await close();
    }
  });

  it('drops duplicates and unknown kode and refuses a fifth, saying so', async () => {
    const { page, problems, close } = await open('/bandingkan/?k=99.71&k=99.71&k=tidak-ada&k=16.74&k=16.72&k=17.04&k=63.71');
    await expect.poll(() => chosenKode(page)).toEqual(['99.71', '16.74', '16.72', '17.04']);
    const status = await page.locator('[data-compare-status]').textContent();
    expect(status).toContain('99.71 sudah dipilih');
    expect(status).toContain('Kode tidak-ada tidak dikenal');
    expect(status).toContain('63.71 tidak ditambahkan');
    await page.locator('#compare-input').focus();
    await page.keyboard.type('banjarmasin');
    await page.locator('#compare-options [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain('Paling banyak 4 instansi');
    expect(chosenKode(page)).toEqual(['99.71', '16.74', '16.72', '17.04']);
    // The unknown kode's file is a 404 the browser logs; nothing else may be.
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await close();
  });

  it('explains without JavaScript that comparing needs it, and links onward', async () => {
    const { page, close } = await open('/bandingkan/?k=99.71', { javaScriptEnabled: false });
    await expect(page.locator('[data-compare-nojs]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-compare]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-compare-nojs] a').count()).resolves.toBeGreaterThan(0);
    await close();
  });

  it('has no axe violation (WCAG 2.1 A and AA) with a choice shown and the suggestions open', async () => {
    for (const path of ['/bandingkan/?k=99.71&k=16.74', '/en/bandingkan/?k=99.71.diskominfo']) {
      const { page, close } = await open(path, { bypassCSP: true });
      await page.locator('[data-compare-results] table').first().waitFor();
      await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => ['drawn', 'failed'].includes((f as HTMLElement).dataset.chart ?? '')));
      await page.locator('#compare-input').focus();
      await page.keyboard.type('dinas');
      await page.locator('#compare-options [role="option"]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const violations = await axeViolations(page);
      expect(violations, path).toEqual([]);
      await close();
    }
  });
});
