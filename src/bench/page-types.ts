/**
 * The pages of a built site by type, for the page budgets of issue 20: at most 1 500 elements on a
 * typical page of its type and 3 000 on any page, the print versions (sources of the PDF) excepted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlPages } from './sizes.ts';

/** A page's type: its path with every segment that holds a digit (a year, a kode) as `#`: `laporan/#/index.html`. */
export const pageType = (path: string): string =>
  path
    .split('/')
    .map((segment) => (/\d/.test(segment) ? '#' : segment))
    .join('/');

/** Elements of a page, as Lighthouse's DOM size counts them: its start tags (text and attributes escape `<`). */
export const elementCount = (html: string): number => html.match(/<[a-zA-Z]/g)?.length ?? 0;

/** Print versions are the PDF's sources, read by Chromium once, not by people on phones. */
export const isCetakPage = (path: string): boolean => path.split('/').includes('cetak');

export interface PageStats {
  path: string;
  elements: number;
  bytes: number;
}

export interface TypeFigures {
  type: string;
  pages: number;
  /** The median page's element count: a typical page of the type. */
  typicalElements: number;
  /** The page with the most elements. */
  most: PageStats;
  /** The largest page by its HTML's bytes, with its gzip size. */
  largest: PageStats & { gzipBytes: number };
}

export const ELEMENT_BUDGET = { typical: 1500, any: 3000 } as const;

/** Per page type, from the pages' stats, types with the most elements first. */
export function typeFigures(pages: readonly PageStats[], gzipBytesOf: (path: string) => number): TypeFigures[] {
  const byType = Map.groupBy(pages, (page) => pageType(page.path));
  return [...byType]
    .map(([type, group]): TypeFigures => {
      const byElements = group.toSorted((a, b) => a.elements - b.elements || (a.path < b.path ? -1 : 1));
      const largest = group.reduce((max, page) => (page.bytes > max.bytes ? page : max));
      return {
        type,
        pages: group.length,
        typicalElements: byElements[byElements.length >> 1]!.elements,
        most: byElements.at(-1)!,
        largest: { ...largest, gzipBytes: gzipBytesOf(largest.path) },
      };
    })
    .sort((a, b) => b.most.elements - a.most.elements || (a.type < b.type ? -1 : 1));
}

/** One line per type, and the two budgets' verdicts. */
export function pageTypeLines(figures: readonly TypeFigures[]): string[] {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines = figures.map(
    (f) =>
      `  ${f.type}: ${f.pages} pages, elements typical ${f.typicalElements}, most ${f.most.elements} (${f.most.path}); largest HTML ${kb(f.largest.bytes)} KB, ${kb(f.largest.gzipBytes)} KB gzip (${f.largest.path})`,
  );
  const read = figures.filter((f) => !isCetakPage(f.type));
  const worstTypical = read.reduce((max, f) => Math.max(max, f.typicalElements), 0);
  const worstAny = read.reduce((max, f) => Math.max(max, f.most.elements), 0);
  const verdict = (value: number, limit: number, label: string) => `${value <= limit ? 'ok  ' : 'OVER'} ${label}: ${value} (≤ ${limit})`;
  return [
    ...lines,
    verdict(worstTypical, ELEMENT_BUDGET.typical, 'elements on a typical page of its type, worst type (print versions excepted)'),
    verdict(worstAny, ELEMENT_BUDGET.any, 'elements on any page (print versions excepted)'),
  ];
}

/** The figures of a built site's every HTML page. */
export function sitePageTypes(dist: string): TypeFigures[] {
  const pages = htmlPages(dist).map((path): PageStats => {
    const html = readFileSync(join(dist, path));
    return { path, elements: elementCount(html.toString('utf8')), bytes: html.length };
  });
  return typeFigures(pages, (path) => gzipSync(readFileSync(join(dist, path))).length);
}
