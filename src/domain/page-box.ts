/**
 * The page-box stylesheet of a print version: A4, its margins, the running header (the edition's
 * title) and the footer "Halaman N dari M". Margin boxes take only literal strings, so the title is
 * written into the CSS, escaped as a CSS string.
 *
 * Three kinds of page: the default A4 portrait; `cover`, full-bleed, without header or number; and
 * `wide`, A4 landscape, for the tables that do not fit a portrait page (`page: wide` in cetak.css).
 * Nothing may be wider than its page: Chromium would shrink the whole document to fit.
 */
const A4 = { short: 210, long: 297 };
const MARGIN = { top: 22, side: 18, bottom: 20 };

const MM_PER_CSS_PX = 25.4 / 96;

/** The width of a page's text in CSS pixels, rounded down: what the print page's viewport is set to, so charts are drawn at the size they print. */
export const textWidthPx = (orientation: 'portrait' | 'landscape'): number =>
  Math.floor(((orientation === 'portrait' ? A4.short : A4.long) - 2 * MARGIN.side) / MM_PER_CSS_PX);

const cssString = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r\f]/g, ' ')}"`;

export function pageBoxCss({ title, page, of }: { title: string; page: string; of: string }): string {
  return `@page {
  size: A4;
  margin: ${MARGIN.top}mm ${MARGIN.side}mm ${MARGIN.bottom}mm ${MARGIN.side}mm;
  @top-center { content: ${cssString(title)}; font-size: 8.5pt; color: #333; }
  @bottom-center { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); font-size: 8.5pt; color: #333; }
}
/* The cover is printed to the edge and carries no running header or page number. */
@page cover {
  margin: 0;
  @top-center { content: none; }
  @bottom-center { content: none; }
}
@page wide {
  size: A4 landscape;
}
`;
}
