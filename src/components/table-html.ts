/**
 * The rows of a table from its rendered HTML, at build time, read as the browser reads them (see
 * src/client/table-csv.ts): so a small table's `data:` CSV link holds the bytes the browser would
 * write. The HTML is Astro's own output, where text and attribute values are escaped, so a tag
 * never holds a raw `>` and text never a raw `<`.
 */
import { BLOCK_TAGS, collapse, type TableCell, type TableRows } from '../client/table-csv.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16))
    : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
    : (ENTITIES[name.toLowerCase()] ?? whole),
  );

const attributesOf = (source: string): Map<string, string> =>
  new Map([...source.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!.toLowerCase(), decode(m[2] ?? '')]));

/** The header (last row of the head) and the body and foot rows of the table in `html`. */
export function tableRowsOfHtml(html: string): TableRows {
  const head: TableCell[][] = [];
  const rows: TableCell[][] = [];
  let section: 'thead' | 'tbody' | 'tfoot' = 'tbody';
  let row: TableCell[] | undefined;
  let cell: { attributes: Map<string, string>; text: string } | undefined;
  for (const [, closing, tag, attributes, text] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    if (text !== undefined) {
      if (cell) cell.text += decode(text);
      continue;
    }
    const name = tag!.toLowerCase();
    if (cell && BLOCK_TAGS.has(name)) cell.text += ' ';
    if (name === 'thead' || name === 'tbody' || name === 'tfoot') section = closing ? 'tbody' : name;
    else if (name === 'tr' && !closing) row = [];
    else if (name === 'tr' && row) {
      (section === 'thead' ? head : rows).push(row);
      row = undefined;
    } else if ((name === 'td' || name === 'th') && !closing) cell = { attributes: attributesOf(attributes!), text: '' };
    else if ((name === 'td' || name === 'th') && cell && row) {
      const exact = cell.attributes.get('data-csv');
      row.push({
        text: collapse(cell.text),
        numeric: (cell.attributes.get('class') ?? '').split(/\s+/).includes('num'),
        ...(exact === undefined ? {} : { exact }),
        colspan: Number(cell.attributes.get('colspan') ?? 1),
      });
      cell = undefined;
    }
  }
  return { header: head.at(-1) ?? [], rows };
}
