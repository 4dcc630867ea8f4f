/**
 * The example site on a phone (360 px) and a desktop (1280 px) in a real Chromium: the header's size
 * and current section, tables in focusable scroll boxes that say they scroll, the rankings readable
 * without scrolling sideways, history tables and compare notes that do not squeeze into narrow cells.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTests } from '../support/browser.ts';
import { exampleInBrowser } from '../support/page.ts';

const openExample = exampleInBrowser().open;

const PHONE = { width: 360, height: 740 };
const open = (path: string, viewport = PHONE) => openExample(path, { viewport });

/** Each navigation link's text and aria-current, as displayed (links hidden at this width left out). */
const navLinks = (page: Page) =>
  page.locator('header nav a').evaluateAll((links) =>
    links.filter((a) => a.checkVisibility()).map((a) => `${a.textContent!.trim()}${a.hasAttribute('aria-current') ? `=${a.getAttribute('aria-current')}` : ''}`),
  );

/** Contrast ratio of two CSS rgb() colours (WCAG relative luminance). */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.runIf(browserTests)('on a phone and a desktop', () => {
  it('keeps the header under 120 px at 360 px, with the site name once above the fold', async () => {
    const home = await open('/');
    const siteName = (await home.page.locator('main h1').textContent())!.trim();
    await home.close();
    for (const path of ['/', '/laporan/2024/', '/instansi/99.71.dinkes/', '/peringkat/2024/', '/en/peringkat/2024/', '/cari/', '/404.html']) {
      const { page, close } = await open(path);
      await expect(page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height), path).resolves.toBeLessThanOrEqual(120);
      const shown = await page.evaluate(
        (name) => [...document.querySelectorAll('.site-name, main h1')].filter((e) => e.checkVisibility() && e.getBoundingClientRect().top < window.innerHeight && e.textContent!.trim() === name).length,
        siteName,
      );
      expect(shown, path).toBe(1);
      await close();
    }
  });

  it('marks the current section in the navigation, on a phone and a desktop', async () => {
    const cases: [string, string[]][] = [
      ['/', ['Beranda=page']],
      ['/peringkat/2024/', ['Peringkat=page']],
      ['/peringkat/2022/', ['Peringkat=true']],
      ['/laporan/2022/cakupan/', ['Laporan=true']],
      ['/en/metodologi/', ['Methodology=page']],
      ['/instansi/99.71/', []],
    ];
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      for (const [path, current] of cases) {
        const { page, close } = await open(path, viewport);
        await expect(navLinks(page).then((links) => links.filter((l) => l.includes('='))), `${path} at ${viewport.width}`).resolves.toEqual(current);
        // Marked by more than colour: a bar under it.
        if (current.length > 0) await expect(page.locator('header nav a[aria-current]').evaluate((a) => getComputedStyle(a).borderBottomWidth)).resolves.toBe('3px');
        await close();
      }
    }
    // The search: a link to its page on a phone, the box on a desktop.
    const phone = await open('/cari/');
    await expect(navLinks(phone.page)).resolves.toContain('Cari=page');
    await expect(phone.page.locator('header form[role=search]').isVisible()).resolves.toBe(false);
    await phone.close();
  });

  it('shows focus in the header and on the page with at least 3:1 contrast', async () => {
    const { page, close } = await open('/laporan/2024/');
    // Reached by Tab, as a keyboard user reaches it, so that :focus-visible applies.
    const ring = async (selector: string) => {
      for (let i = 0; i < 80 && !(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)); i++) await page.keyboard.press('Tab');
      return page.evaluate((s) => {
        const e = document.activeElement!;
        if (!e.matches(s)) return undefined;
        const style = getComputedStyle(e);
        // What surrounds the element: the nearest ancestor with a background.
        let around = e.parentElement;
        while (around && getComputedStyle(around).backgroundColor === 'rgba(0, 0, 0, 0)') around = around.parentElement;
        return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle, around: getComputedStyle(around ?? document.documentElement).backgroundColor };
      }, selector);
    };
    for (const selector of ['header nav a', 'main a[href]', '.table-scroll']) {
      const focused = await ring(selector);
      expect(focused, selector).toBeDefined();
      const { outline, width, style, around } = focused!;
      expect(style, selector).toBe('solid');
      expect(width, selector).toBeGreaterThanOrEqual(2);
      expect(contrast(outline, around), `${selector}: ${outline} on ${around}`).toBeGreaterThanOrEqual(3);
    }
    await close();
  });

  it('puts every table in a named, focusable box that says when it scrolls', async () => {
    const { page, close } = await open('/laporan/2024/');
    const boxes = await page.locator('table').evaluateAll((tables: HTMLTableElement[]) =>
      tables.map((t) => {
        const box = t.closest('.table-scroll');
        return { region: box?.tagName === 'SECTION' && box.getAttribute('aria-label') === t.caption?.textContent && box.getAttribute('tabindex') === '0', scrolls: box !== null && box.checkVisibility() && box.scrollWidth > box.clientWidth, hint: box?.querySelector('.scroll-hint')?.checkVisibility() ?? false };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.every((b) => b.region)).toBe(true);
    // A box that scrolls shows its hint; one that fits, or sits in a closed chart figure's table, does not.
    expect(boxes.some((b) => b.scrolls)).toBe(true);
    for (const b of boxes) expect(b.hint).toBe(b.scrolls);
    await close();
  });

  it('shows rank, name, grade, nilai and change of every ranking at 360 px without scrolling sideways, still as a table', async () => {
    const { page, close } = await open('/peringkat/2024/');
    await page.locator('[data-ranking-controls]:not([hidden])').waitFor();
    const rows = await page.locator('table[data-ranking-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [tr.querySelector('td.rank'), tr.querySelector('th'), tr.querySelector('td.grade'), tr.querySelector('td.nilai'), tr.querySelector('td.change')];
        return cells.map((c) => (c === null ? 'missing' : c.getBoundingClientRect().right <= 360 && c.getBoundingClientRect().left >= 0 && c.checkVisibility() ? 'shown' : 'cut'));
      }),
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row).toEqual(['shown', 'shown', 'shown', 'shown', 'shown']);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    // Screen readers still meet a table: its rows, column and row headers.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; ignored: boolean }[] };
    const roles = new Set(nodes.filter((n) => !n.ignored).map((n) => n.role?.value));
    for (const role of ['table', 'row', 'columnheader', 'rowheader', 'cell']) expect(roles, role).toContain(role);
    // The sort buttons stay usable.
    await page.getByRole('button', { name: 'Nilai' }).first().click();
    expect(new URL(page.url()).searchParams.get('urut')).toBe('nilai');
    await close();
  });

  it('shows a history table year by year at 360 px, its source in view at the full width, not in a sliver', async () => {
    const { page, close } = await open('/instansi/99.71/');
    const sources = await page.locator('table[data-stack] tbody tr td.source').evaluateAll((cells) => cells.map((td) => td.getBoundingClientRect()).map((r) => ({ right: r.right, width: r.width })));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(source.right).toBeLessThanOrEqual(360);
      expect(source.width).toBeGreaterThan(300);
    }
    await close();
  });

  it('gives a rule change on the compare page as a note below the table, not inside the year cell', async () => {
    const { page, close } = await open('/bandingkan/?k=99.71&k=16.74');
    const table = page.locator('#banding-sakip + .table-scroll');
    await table.locator('table').waitFor();
    await expect(table.locator('tbody .not-comparable').count()).resolves.toBe(0);
    const ref = table.locator('tbody tr').nth(2).locator('th a.note-ref');
    const note = table.locator(`.table-notes li#${(await ref.getAttribute('href'))!.slice(1)}`);
    await expect(note.textContent()).resolves.toMatch(/^2022: tidak dapat dibandingkan/);
    // In view on a phone, at the box's width.
    await expect(note.evaluate((li) => li.getBoundingClientRect().right)).resolves.toBeLessThanOrEqual(360);
    await close();
  });
});
