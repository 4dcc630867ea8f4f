/** Reading a built page's tables in tests: cells stripped of tags, for order and value checks. */
import { expect } from 'vitest';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of the body rows of the table with this caption (as the page writes it, entities included); fails when there is none. */
export function rowsOf(html: string, caption: string): string[][] {
  const start = html.search(new RegExp(`<caption[^>]*>${escapeRegExp(caption)}</caption>`));
  expect(start, `table "${caption}"`).toBeGreaterThan(-1);
  const body = html.slice(start, html.indexOf('</table>', start)).split(/<tbody[^>]*>/)[1]!;
  return body.split('</tr>').slice(0, -1).map((row) => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim()));
}

/** Text as Astro writes it into HTML. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
