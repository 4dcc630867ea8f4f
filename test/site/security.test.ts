/**
 * Defence in depth on every built page: the strict CSP in a <meta>, nothing inline that the policy
 * would have to allow, nothing from another origin; and `_headers` and `.htaccess` carrying the complete policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/data/site-url.ts';
import { htaccess } from '../../src/site/host-config.ts';
import { CSP_META } from '../../src/site/security.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';

let outDir: string;
let dataDir: string;
let pages: { path: string; html: string }[];

beforeAll(async () => {
  ({ dist: outDir, dataDir } = await sharedSite('fixture-no-pdf'));
  pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ path: relative(outDir, join(outDir, file)), html: readFileSync(join(outDir, file), 'utf8') }));
}, SHARED_SITE_TIMEOUT);

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/**
 * The start tags of a page, read as a browser reads them: an attribute value may hold `<` or
 * `</script>` (hostile names do) without starting a tag, so values are consumed whole.
 */
function tagsOf(html: string): Tag[] {
  const tags = html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g);
  return [...tags].map(([, name, attributes]) => ({
    name: name!.toLowerCase(),
    attributes: new Map([...attributes!.matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)].map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? ''])),
  }));
}

describe('every built page', () => {
  it('carries the Content-Security-Policy as its first meta after the charset', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, html } of pages) {
      expect(html, path).toMatch(/<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
      expect(html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!.replaceAll('&#39;', "'"), path).toBe(CSP_META);
    }
  });

  it('has no inline script, inline style, style attribute or event-handler attribute', () => {
    for (const { path, html } of pages) {
      const tags = tagsOf(html);
      // A JSON data block (chart specs) is never executed; anything else inline would be.
      expect(tags.filter((t) => t.name === 'script' && !t.attributes.has('src') && t.attributes.get('type') !== 'application/json'), path).toEqual([]);
      expect(tags.filter((t) => t.name === 'style'), path).toEqual([]);
      expect(tags.filter((t) => t.attributes.has('style') || [...t.attributes.keys()].some((a) => a.startsWith('on'))), path).toEqual([]);
    }
  });

  it('loads scripts, styles, images and icons from its own origin only', () => {
    for (const { path, html } of pages) {
      const assets = tagsOf(html).flatMap((t) =>
        (t.name === 'script' || t.name === 'img') && t.attributes.has('src') ? [t.attributes.get('src')!] : t.name === 'link' && /stylesheet|icon|preload/.test(t.attributes.get('rel') ?? '') ? [t.attributes.get('href') ?? ''] : [],
      );
      expect(assets.length, path).toBeGreaterThan(0);
      expect(assets.filter((a) => !a.startsWith('/') || a.startsWith('//')), path).toEqual([]);
    }
  });

  it('keeps data blocks closed: no data can end a JSON <script> early or open a comment in it', () => {
    for (const { path, html } of pages) {
      for (const [, body] of html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(body, path).not.toMatch(/<\/script|<!--/i);
        expect(() => JSON.parse(body!), path).not.toThrow();
      }
    }
  });
});

describe('_headers', () => {
  it('repeats the policy for hosts that read it, with what a <meta> cannot carry', () => {
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    expect(policy.startsWith(CSP_META)).toBe(true);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('.htaccess', () => {
  it("is written for Apache from the same headers, at the site's base path", () => {
    expect(readFileSync(join(outDir, '.htaccess'), 'utf8')).toBe(htaccess(siteUrl(dataDir).base));
  });
});
