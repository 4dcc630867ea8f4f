/**
 * The form of a CSV file as spreadsheets write it — delimiter, line ending, byte-order mark — and the
 * writing of cells in that form. Indonesian-locale Excel opens and saves `EXCEL_FORM` cleanly.
 */
export interface CsvForm {
  delimiter: ',' | ';';
  eol: '\r\n' | '\n';
  bom: boolean;
}

/** What Excel in an Indonesian locale writes as "CSV UTF-8": `;` (the comma is the decimal mark), CRLF, a BOM. */
export const EXCEL_FORM: CsvForm = { delimiter: ';', eol: '\r\n', bom: true };

/** A cell quoted only when it must be: it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter: CsvForm['delimiter']): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of cells as the text of a CSV file in `form`, every line ended. */
export function csvText(rows: readonly (readonly string[])[], form: CsvForm): string {
  const body = rows.map((cells) => cells.map((cell) => csvCell(cell, form.delimiter)).join(form.delimiter) + form.eol).join('');
  return form.bom ? `\uFEFF${body}` : body;
}
