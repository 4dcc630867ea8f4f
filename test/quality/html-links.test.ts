/**
 * Every built page of the example: valid HTML (html-validate, recommended rules; `long-title` off,
 * since every title names the publisher), and every internal link, anchor and asset resolves, with no
 * page left unreachable.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root } from '../support/build.ts';

let dist: string;
let pages: string[];

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

beforeAll(() => {
  dist = buildSite();
  pages = htmlFiles(dist).sort();
}, 180_000);

describe('the built example site', () => {
  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  it('has no broken internal link, anchor or asset, and no orphan page', () => {
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return idsOf.get(file)!;
    };
    const target = (url: URL): string | undefined => {
      const path = join(dist, decodeURIComponent(url.pathname));
      if (existsSync(path) && statSync(path).isDirectory()) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
      return existsSync(path) ? path : undefined;
    };
    const broken: string[] = [];
    const linked = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const base = new URL(`http://site/${relative(dist, file).replace(/index\.html$/, '')}`);
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = new URL(value!.replace(/&amp;/g, '&'), base);
        if (url.host !== 'site') continue;
        const found = target(url);
        if (found === undefined) broken.push(`${relative(dist, file)}: ${attr}=${value}`);
        else if (url.hash && !ids(found).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${relative(dist, file)}: anchor ${value}`);
        else if (found !== file) linked.add(found);
      }
    }
    expect(broken).toEqual([]);
    const orphans = pages.filter((file) => !linked.has(file) && !['index.html', '404.html'].includes(relative(dist, file)));
    expect(orphans.map((file) => relative(dist, file))).toEqual([]);
  });
});
