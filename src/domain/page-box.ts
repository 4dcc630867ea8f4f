/**
 * The page-box stylesheet of a print version: A4, its margins, the running header (the edition's
 * title) and the footer "Halaman N dari M". Margin boxes take only literal strings, so the title is
 * written into the CSS, escaped as a CSS string.
 */
const cssString = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r\f]/g, ' ')}"`;

export function pageBoxCss({ title, page, of }: { title: string; page: string; of: string }): string {
  return `@page {
  size: A4;
  margin: 22mm 18mm 20mm 18mm;
  @top-center { content: ${cssString(title)}; font-size: 8.5pt; color: #333; }
  @bottom-center { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); font-size: 8.5pt; color: #333; }
}
/* The cover carries no running header or page number. */
@page cover {
  @top-center { content: none; }
  @bottom-center { content: none; }
}
`;
}
