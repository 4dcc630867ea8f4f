/** Reading a printed PDF back with pdf.js: where each named destination landed. */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Runs `use` on the parsed PDF, then frees pdf.js's worker. */
export async function withPdf<T>(bytes: Uint8Array, use: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // A copy: pdf.js takes ownership of the buffer it is given.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    return await use(await task.promise);
  } finally {
    await task.destroy();
  }
}

/**
 * The 1-based page on which each element id starts. Chromium turns the target of every internal
 * link (`<a href="#id">`) into a named destination, so the table of contents' own links name them.
 */
export function destinationPages(bytes: Uint8Array, ids: readonly string[]): Promise<Map<string, number>> {
  return withPdf(bytes, async (pdf) => {
    const pages = new Map<string, number>();
    for (const id of ids) {
      const ref = (await pdf.getDestination(id))?.[0];
      if (ref === null || typeof ref !== 'object') throw new Error(`The PDF has no page for "#${id}": is there an element with that id?`);
      pages.set(id, (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1);
    }
    return pages;
  });
}
