/**
 * The CSV download buttons of a table as displayed: its rows read from the DOM as the build reads
 * them from its cells (src/shared/table-csv.ts), after the ranking filters for "rows shown".
 */
import { BLOCK_TAGS, collapse, tableCsv, type TableCell, type TableRows } from '../shared/table-csv.ts';
import { saveBlob } from './save-blob.ts';

/** A node's text, a space where a block element begins or ends (textContent would glue the lines together). */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  const inner = [...node.childNodes].map(textOf).join('');
  return BLOCK_TAGS.has(node.localName) ? ` ${inner} ` : inner;
}

const cellOf = (cell: HTMLTableCellElement): TableCell => ({
  text: collapse(textOf(cell)),
  numeric: cell.classList.contains('num'),
  ...(cell.dataset.csv === undefined ? {} : { exact: cell.dataset.csv }),
  colspan: cell.colSpan,
});

/** The table's header (its last head row) and its body and foot rows: every one, or those shown. */
function rowsOf(table: HTMLTableElement, which: 'shown' | 'all'): TableRows {
  const head = table.tHead?.rows;
  const body = [...table.tBodies].flatMap((tbody) => [...tbody.rows]).filter((row) => which === 'all' || !row.hidden);
  const rows = [...body, ...(table.tFoot?.rows ?? [])];
  return { header: head && head.length > 0 ? [...head[head.length - 1]!.cells].map(cellOf) : [], rows: rows.map((row) => [...row.cells].map(cellOf)) };
}

/**
 * Adds the download buttons a table lacks to the controls TableFrame put below it: "rows shown" for
 * a table whose rows a script can hide (`shown`), "all rows" when the build gave it no static link.
 * Safe to call twice (two page scripts): a button is added once.
 */
export function addTableUnduh(tables: Iterable<HTMLTableElement>, { shown }: { shown: boolean }): void {
  const lang = document.documentElement.lang;
  for (const table of tables) {
    const controls = table.closest('.table-scroll')?.nextElementSibling;
    if (!(controls instanceof HTMLElement) || controls.dataset.tableDownloads === undefined) continue;
    const caption = collapse(table.caption?.textContent ?? '');
    const add = (which: 'shown' | 'all', file: string) => {
      if (controls.querySelector(`[data-csv-rows="${which}"]`)) return;
      const label = (which === 'shown' ? controls.dataset.labelShown : controls.dataset.labelAll) ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.csvRows = which;
      button.textContent = label;
      button.setAttribute('aria-label', `${label}: ${caption}`);
      button.addEventListener('click', () => saveBlob(new Blob([tableCsv(rowsOf(table, which), lang)], { type: 'text/csv;charset=utf-8' }), file));
      if (which === 'shown') controls.prepend(button);
      else controls.append(button);
    };
    if (shown) add('shown', controls.dataset.fileShown ?? 'tabel.csv');
    if (!controls.querySelector('a[download]')) add('all', controls.dataset.fileAll ?? 'tabel.csv');
    controls.hidden = false;
  }
}
