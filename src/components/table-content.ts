/**
 * A table's head, body and foot as rows of cells (src/shared/markup.ts), handed to TableFrame:
 * it writes their markup, and the small table's CSV link from the same cells, as the browser reads
 * the rendered table (src/client/table-unduh.ts: a cell's text, `.num`, `data-csv`, `colspan`).
 */
import { collapse, type TableCell, type TableRows } from '../shared/table-csv.ts';
import { attributesHtml, join, type Attributes, type Content, type Markup } from '../shared/markup.ts';

export interface Cell {
  tag: 'th' | 'td';
  attributes: Attributes;
  content: Markup;
}

export interface Row {
  attributes?: Attributes;
  cells: readonly Cell[];
}

export interface TableContent {
  head: readonly Row[];
  body: readonly Row[];
  foot?: readonly Row[];
}

export const td = (content: Content, attributes: Attributes = {}): Cell => ({ tag: 'td', attributes, content: join(content) });
export const th = (content: Content, attributes: Attributes = {}): Cell => ({ tag: 'th', attributes, content: join(content) });
/** A column's header cell (`scope="col"`). */
export const colHeader = (content: Content, attributes: Attributes = {}): Cell => th(content, { scope: 'col', ...attributes });
/** A row's header cell (`scope="row"`). */
export const rowHeader = (content: Content, attributes: Attributes = {}): Cell => th(content, { scope: 'row', ...attributes });

export const cellHtml = ({ tag, attributes, content }: Cell): string => `<${tag}${attributesHtml(attributes)}>${content.html}</${tag}>`;

const rowsHtml = (rows: readonly Row[]): string => {
  let html = '';
  for (const row of rows) {
    html += `<tr${row.attributes === undefined ? '' : attributesHtml(row.attributes)}>`;
    for (const cell of row.cells) html += cellHtml(cell);
    html += '</tr>';
  }
  return html;
};

/** The markup inside `<table>` after its caption. */
export function tableHtml({ head, body, foot }: TableContent): string {
  return `<thead>${rowsHtml(head)}</thead><tbody>${rowsHtml(body)}</tbody>${foot === undefined ? '' : `<tfoot>${rowsHtml(foot)}</tfoot>`}`;
}

const NUM = /(?:^|\s)num(?:\s|$)/;

const csvCell = ({ attributes, content }: Cell): TableCell => {
  const exact = attributes['data-csv'];
  return {
    text: collapse(content.text),
    numeric: attributes.class !== undefined && NUM.test(String(attributes.class)),
    ...(exact === undefined ? {} : { exact: String(exact) }),
    colspan: Number(attributes.colspan ?? 1),
  };
};

function* csvRows(...sections: (readonly Row[])[]): Generator<TableCell[]> {
  for (const rows of sections) for (const row of rows) yield row.cells.map(csvCell);
}

/** The rows of its CSV: the header (the head's last row), then the body and the foot, each made when read. */
export function tableRows({ head, body, foot = [] }: TableContent): TableRows {
  return { header: head.at(-1)?.cells.map(csvCell) ?? [], rows: csvRows(body, foot) };
}
