/** What a reader downloads from a built site: gzip sizes of pages and of the JavaScript they load. */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from '../data/hash.ts';

const KB = 1024;
const gzipKb = (bytes: Uint8Array): number => gzipSync(bytes).length / KB;

export const htmlPages = (dist: string): string[] => filesUnder(dist).filter((path) => path.endsWith('.html'));

/** gzip KB of every Indonesian instansi page (`instansi/<kode>/index.html`), sorted ascending. */
export function instansiPageSizes(dist: string): number[] {
  return htmlPages(dist)
    .filter((path) => /^instansi\/[^/]+\/index\.html$/.test(path))
    .map((path) => gzipKb(readFileSync(join(dist, path))))
    .sort((a, b) => a - b);
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/g;
/** Static (`from "x"`, `import "x"`) and dynamic (`import("x")`, quoted any way) imports in bundled JavaScript. */
const IMPORT = /\b(?:from|import)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g;

/**
 * gzip KB of the JavaScript a page loads: its script files and everything they import, lazily
 * imported chunks included (a chart page loads Chart.js once its charts come into view).
 */
export function pageJsKb(dist: string, page: string, base = '/'): number {
  const html = readFileSync(join(dist, page), 'utf8');
  const pending = [...html.matchAll(SCRIPT_SRC)].map((m) => m[1]!);
  const seen = new Set<string>();
  let total = 0;
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (seen.has(url) || !url.startsWith(base)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url.slice(base.length)));
    total += gzipKb(code);
    for (const m of code.toString('utf8').matchAll(IMPORT)) {
      const target = m[1]!;
      pending.push(target.startsWith('/') ? target : posix.join(dirname(url), target));
    }
  }
  return total;
}
