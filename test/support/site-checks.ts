/**
 * Checks of a built site's pages: valid HTML (html-validate with the project's rules), and internal
 * links — every `href`/`src` to this site resolves (and its anchor exists), every page is linked from
 * another.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { root } from './build.ts';

export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

/** `broken`: `page: href=…` or `page: anchor …`; `orphans`: pages no other page links to (besides the home page and 404). */
export function linkProblems(dist: string, pages: readonly string[] = htmlFiles(dist).sort()): { broken: string[]; orphans: string[] } {
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
  const orphans = pages.filter((file) => !linked.has(file) && !['index.html', '404.html'].includes(relative(dist, file))).map((file) => relative(dist, file));
  return { broken, orphans };
}

/** html-validate's messages on these pages, `page:line:column rule: message` each. */
export async function htmlErrors(dist: string, pages: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return errors;
}
