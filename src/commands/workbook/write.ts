/**
 * A small .xlsx writer for the template workbook (templat/rapor.xlsx) and the tests: sheets of text
 * and numbers with their number format, formulas with a saved value, bold headers, kode columns as
 * Text. Deterministic: no document properties, no dates, parts in a fixed order (src/commands/workbook/zip.ts).
 */
import { columnLetters } from '../../domain/workbook.ts';
import { writeZip } from './zip.ts';

/** A cell: text, or a number shown with `format` (General by default), optionally made by a formula. */
export type WriteCell = string | { number: number; format?: string; formula?: string };

export interface WriteSheet {
  name: string;
  /** Row i is the sheet's row i + 1; an empty row leaves a gap. */
  rows: readonly (readonly (WriteCell | undefined)[])[];
  /** Columns (1-based) formatted as Text, so that Excel keeps a typed `16.10` as written. */
  textColumns?: readonly number[];
  /** Row 1 in bold and kept in view while scrolling. */
  header?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escape = (s: string): string => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** Cell styles: each distinct (number format, bold) pair, General first. */
class Styles {
  readonly formats: string[] = [];
  readonly xfs: { format: string; bold: boolean }[] = [{ format: 'General', bold: false }];

  index(format: string, bold: boolean): number {
    const found = this.xfs.findIndex((x) => x.format === format && x.bold === bold);
    if (found >= 0) return found;
    if (format !== 'General' && format !== '@' && !this.formats.includes(format)) this.formats.push(format);
    return this.xfs.push({ format, bold }) - 1;
  }

  private formatId(format: string): number {
    return format === 'General' ? 0 : format === '@' ? 49 : 164 + this.formats.indexOf(format);
  }

  xml(): string {
    const numFmts = this.formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escape(f)}"/>`).join('');
    const xfs = this.xfs
      .map((x) => `<xf numFmtId="${this.formatId(x.format)}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${x.format === 'General' ? '' : ' applyNumberFormat="1"'}${x.bold ? ' applyFont="1"' : ''}/>`)
      .join('');
    return (
      `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
      (numFmts === '' ? '' : `<numFmts count="${this.formats.length}">${numFmts}</numFmts>`) +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

function sheetXml(sheet: WriteSheet, strings: Map<string, number>, styles: Styles): string {
  const text = new Set(sheet.textColumns ?? []);
  // Loops, not Math.max(...rows): a sheet may have more rows than a call takes arguments.
  const width = sheet.rows.reduce((max, r) => Math.max(max, r.length), 1);
  const height = Math.max(1, sheet.rows.length);
  const rows = sheet.rows
    .map((cells, r) => {
      const bold = sheet.header === true && r === 0;
      const xml = cells
        .map((cell, c) => {
          if (cell === undefined) return '';
          const ref = `${columnLetters(c + 1)}${r + 1}`;
          if (typeof cell === 'string') {
            const s = styles.index(text.has(c + 1) ? '@' : 'General', bold);
            const index = strings.get(cell) ?? strings.set(cell, strings.size).get(cell)!;
            return `<c r="${ref}"${s === 0 ? '' : ` s="${s}"`} t="s"><v>${index}</v></c>`;
          }
          const s = styles.index(cell.format ?? 'General', bold);
          const formula = cell.formula === undefined ? '' : `<f>${escape(cell.formula)}</f>`;
          return `<c r="${ref}"${s === 0 ? '' : ` s="${s}"`}>${formula}<v>${cell.number}</v></c>`;
        })
        .join('');
      return xml === '' ? '' : `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  // Widths follow the longest text of each column, within reason.
  const cols = Array.from({ length: width }, (_, c) => {
    const longest = sheet.rows.reduce((max, r) => Math.max(max, typeof r[c] === 'string' ? r[c].length : 0), 8);
    const style = text.has(c + 1) ? ` style="${styles.index('@', false)}"` : '';
    return `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, longest + 2)}" customWidth="1"${style}/>`;
  }).join('');
  const pane = sheet.header === true ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : '';
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${columnLetters(width)}${height}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows}</sheetData></worksheet>`
  );
}

/** The .xlsx bytes of `sheets`; `compress` deflates the parts as Excel does (stored otherwise). */
export function writeWorkbook(sheets: readonly WriteSheet[], compress: boolean): Uint8Array {
  const strings = new Map<string, number>();
  const styles = new Styles();
  const sheetParts = sheets.map((sheet) => sheetXml(sheet, strings, styles));
  const sst = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('');
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const files = [
    {
      name: '[Content_Types].xml',
      xml:
        `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      xml: `${DECLARATION}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      xml:
        `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      xml:
        `${DECLARATION}<Relationships xmlns="${PKG_REL}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    ...sheetParts.map((xml, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, xml })),
    { name: 'xl/styles.xml', xml: styles.xml() },
    { name: 'xl/sharedStrings.xml', xml: `${DECLARATION}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${sst}</sst>` },
  ];
  return writeZip(
    files.map((f) => ({ name: f.name, data: utf8(f.xml) })),
    compress,
  );
}
