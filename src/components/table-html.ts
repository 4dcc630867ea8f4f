/**
 * The rows of a table from its rendered HTML, at build time, read as the browser reads them (see
 * src/client/table-unduh.ts): so a small table's `data:` CSV link holds the bytes the browser would
 * write. The HTML is Astro's own output, where text and attribute values are escaped, so a tag
 * never holds a raw `>` and text never a raw `<`.
 *
 * A hand-written scanner (indexOf and character codes, attributes read only for the cells and only
 * those three that matter): it runs on every small table of every page, and the regular expression
 * tokenizer it replaced was a sixth of the national build's time.
 */
import { BLOCK_TAGS, collapse, type TableCell, type TableRows } from '../shared/table-csv.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16))
    : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
    : (ENTITIES[name.toLowerCase()] ?? whole),
  );
const decode = (text: string): string => (text.includes('&') ? decodeEntities(text) : text);

/** `[a-zA-Z]`, and `[\w-]`: what may start and continue a tag's name. */
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;

const ATTRIBUTE = /([^\s=/]+)(?:="([^"]*)")?/g;

/** A cell's own attributes (the last of a name wins) and text. */
function cellOf(attributes: string, text: string): TableCell {
  let className: string | undefined;
  let exact: string | undefined;
  let colspan: string | undefined;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attributes); m !== null; m = ATTRIBUTE.exec(attributes)) {
    const name = m[1]!.toLowerCase();
    if (name === 'class') className = decode(m[2] ?? '');
    else if (name === 'data-csv') exact = decode(m[2] ?? '');
    else if (name === 'colspan') colspan = decode(m[2] ?? '');
  }
  return {
    text: collapse(text),
    numeric: (className ?? '').split(/\s+/).includes('num'),
    ...(exact === undefined ? {} : { exact }),
    colspan: Number(colspan ?? 1),
  };
}

/** The header (last row of the head) and the body and foot rows of the table in `html`. */
export function tableRowsOfHtml(html: string): TableRows {
  const head: TableCell[][] = [];
  const rows: TableCell[][] = [];
  let section: 'thead' | 'tbody' | 'tfoot' = 'tbody';
  let row: TableCell[] | undefined;
  let cell: { attributes: string; text: string } | undefined;
  const end = html.length;
  let at = 0;
  while (at < end) {
    const lt = html.indexOf('<', at);
    if (cell && (lt === -1 || lt > at)) cell.text += decode(html.slice(at, lt === -1 ? end : lt));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close !== -1) {
        at = close + 3;
        continue;
      }
    }
    // `<name …>` or `</name …>`; anything else is a stray `<`, skipped.
    const closing = html.charCodeAt(lt + 1) === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart + 1;
    const gt = isLetter(html.charCodeAt(nameStart)) ? html.indexOf('>', nameStart) : -1;
    if (gt === -1) {
      at = lt + 1;
      continue;
    }
    while (nameEnd < gt && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    at = gt + 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (cell && BLOCK_TAGS.has(name)) cell.text += ' ';
    if (name === 'thead' || name === 'tbody' || name === 'tfoot') section = closing ? 'tbody' : name;
    else if (name === 'tr' && !closing) row = [];
    else if (name === 'tr' && row) {
      (section === 'thead' ? head : rows).push(row);
      row = undefined;
    } else if ((name === 'td' || name === 'th') && !closing) cell = { attributes: html.slice(nameEnd, gt), text: '' };
    else if ((name === 'td' || name === 'th') && cell && row) {
      row.push(cellOf(cell.attributes, cell.text));
      cell = undefined;
    }
  }
  return { header: head.at(-1) ?? [], rows };
}
