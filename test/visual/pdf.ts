/** What the visual checks read from a printed PDF with pdf.js: page sizes and every text item's size and place. */
import { withPdf } from '../../src/build/pdf/pdf-read.ts';

/** A4 in points, and how far a page may be off it (Chromium rounds millimetres to points). */
const A4 = [595.28, 841.89] as const;
const SLACK = 1;

export interface PdfText {
  page: number;
  text: string;
  /** Font size in points: the text matrix's vertical scale. */
  size: number;
  /** The item's box in PDF user space (points, origin bottom left). */
  left: number;
  right: number;
  bottom: number;
  top: number;
}

export interface PdfPage {
  page: number;
  /** The MediaBox: [x0, y0, x1, y1]. */
  box: number[];
}

export interface PdfReading {
  pages: PdfPage[];
  texts: PdfText[];
}

export function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  return withPdf(bytes, async (pdf) => {
    const pages: PdfPage[] = [];
    const texts: PdfText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pages.push({ page: n, box: [...page.view] });
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const size = Math.hypot(c!, d!);
        // A rotated run's advance goes along (a, b); width is measured along it.
        const length = item.width;
        const cos = a! / (Math.hypot(a!, b!) || 1);
        const sin = b! / (Math.hypot(a!, b!) || 1);
        const xs = [e!, e! + length * cos];
        const ys = [f!, f! + length * sin, f! + size];
        texts.push({
          page: n,
          text: item.str,
          size,
          left: Math.min(...xs),
          right: Math.max(...xs),
          bottom: Math.min(...ys),
          top: Math.max(...ys),
        });
      }
      page.cleanup();
    }
    return { pages, texts };
  });
}

const round = (value: number) => Math.round(value * 10) / 10;
const snippet = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Pages that are not A4, portrait or landscape. */
export const notA4 = ({ pages }: PdfReading): string[] =>
  pages.flatMap(({ page, box }) => {
    const [w, h] = [box[2]! - box[0]!, box[3]! - box[1]!];
    const a4 = (x: number, y: number) => Math.abs(w - x) <= SLACK && Math.abs(h - y) <= SLACK;
    return a4(A4[0], A4[1]) || a4(A4[1], A4[0]) ? [] : [`page ${page}: ${round(w)} × ${round(h)} pt, not A4`];
  });

/** Text items set smaller than `min` points. */
export const smallText = ({ texts }: PdfReading, min: number): string[] => texts.filter((t) => t.size < min - 0.05).map((t) => `page ${t.page}: ${snippet(t.text)} at ${round(t.size)} pt`);

/** The size most characters are set in (to the half point): the body text. */
export function bodySize({ texts }: PdfReading): number {
  const chars = new Map<number, number>();
  for (const t of texts) {
    const size = Math.round(t.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + t.text.length);
  }
  return [...chars].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? 0;
}

/** Text items that reach beyond their page's MediaBox. */
export const outsidePage = ({ pages, texts }: PdfReading): string[] =>
  texts.flatMap((t) => {
    const [x0, y0, x1, y1] = pages[t.page - 1]!.box as [number, number, number, number];
    const sides = [t.left < x0 - SLACK && 'left', t.right > x1 + SLACK && 'right', t.bottom < y0 - SLACK && 'bottom', t.top > y1 + SLACK && 'top'].filter(Boolean);
    return sides.length
      ? [
          `page ${t.page}: ${snippet(t.text)} beyond the ${sides.join(' and ')} edge (x ${round(t.left)}–${round(t.right)}, y ${round(t.bottom)}–${round(t.top)} of ${round(x1 - x0)} × ${round(y1 - y0)} pt)`,
        ]
      : [];
  });

/**
 * Text that runs into the right margin: Chromium draws only the glyphs inside the page area, so a
 * table cell cut at the edge ends in the margin ("fokus p"). The margin is taken as wide as the left
 * one, the narrowest left edge of any text in the document.
 */
export function cutAtMargin({ pages, texts }: PdfReading): string[] {
  const margin = Math.min(...texts.map((t) => t.left - pages[t.page - 1]!.box[0]!));
  return texts.flatMap((t) => {
    const edge = pages[t.page - 1]!.box[2]! - margin;
    return t.right > edge + 2 * SLACK
      ? [`page ${t.page}: ${snippet(t.text)} reaches ${round(t.right - edge)} pt into the right margin (${round(margin)} pt): wider than the page area, cut at its edge`]
      : [];
  });
}
