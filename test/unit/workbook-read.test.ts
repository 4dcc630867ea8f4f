/** Reading an .xlsx as Excel shows it: every kind of cell Excel and LibreOffice write, from hand-written sheet XML. */
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/commands/workbook/read.ts';
import { writeWorkbook } from '../../src/commands/workbook/write.ts';
import { rezip } from '../support/workbook.ts';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A workbook whose one sheet, shared strings, styles and workbook part are the XML given. */
function workbookWith(parts: { sheet: string; strings?: string; styles?: string; workbookPr?: string }): Uint8Array {
  const base = writeWorkbook([{ name: 'Data', rows: [['x']] }], true);
  return rezip(base, {
    'xl/worksheets/sheet1.xml': `<worksheet ${MAIN}><sheetData>${parts.sheet}</sheetData></worksheet>`,
    ...(parts.strings === undefined ? {} : { 'xl/sharedStrings.xml': `<sst ${MAIN}>${parts.strings}</sst>` }),
    ...(parts.styles === undefined ? {} : { 'xl/styles.xml': `<styleSheet ${MAIN}>${parts.styles}</styleSheet>` }),
    ...(parts.workbookPr === undefined
      ? {}
      : { 'xl/workbook.xml': `<workbook ${MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${parts.workbookPr}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>` }),
  });
}

const cellsOf = (bytes: Uint8Array) => {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.reason.en);
  return Object.fromEntries(read.sheets[0]!.cells.map((c) => [`${c.col}:${c.row}`, c.formula ? `${c.text} (rumus)` : c.text]));
};

describe('reading cells as Excel shows them', () => {
  const styles =
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs>';

  it('shared strings (plain and rich text), inline strings, escapes, numbers with built-in and custom formats', () => {
    const cells = cellsOf(
      workbookWith({
        strings: '<si><t>Kota Prabumulih</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Kota </t></r><r><t>Contoh</t></r><rPh><t>phonetic</t></rPh></si><si><t>baris_x000D_\nkedua &amp; &#233;</t></si>',
        styles,
        sheet:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>sebaris</t></is></c></row>' +
          '<row r="2"><c r="A2" s="1"><v>45500</v></c><c r="B2" s="2"><v>0.954</v></c><c r="C2" s="3"><v>95.450000000000003</v></c><c r="D2"><v>88</v></c><c r="E2" s="4"><v>16.1</v></c></row>',
      }),
    );
    expect(cells).toEqual({
      '1:1': 'Kota Prabumulih',
      '2:1': 'Kota Contoh',
      '3:1': 'baris\r\nkedua & é',
      '4:1': 'sebaris',
      '1:2': '27/07/2024',
      '2:2': '95%',
      '3:2': '95,45',
      '4:2': '88',
      '5:2': '16,1',
    });
  });

  it('formulas by their saved value (number, text, boolean, error), and one without a saved value kept empty for the warning', () => {
    const cells = cellsOf(
      workbookWith({
        sheet:
          '<row r="3"><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="str"><f>"A"&amp;"B"</f><v>AB</v></c><c r="D3" t="b"><f>TRUE()</f><v>1</v></c><c r="E3" t="e"><f>NA()</f><v>#N/A</v></c><c r="F3"><f>G3*2</f></c></row>',
      }),
    );
    expect(cells).toEqual({ '2:3': '2 (rumus)', '3:3': 'AB (rumus)', '4:3': 'TRUE (rumus)', '5:3': '#N/A (rumus)', '6:3': ' (rumus)' });
  });

  it('counts a Mac workbook’s dates from 1904, and places cells written without a reference in order', () => {
    const cells = cellsOf(
      workbookWith({
        workbookPr: '<workbookPr date1904="1"/>',
        styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
        sheet: '<row><c s="1"><v>44038</v></c><c t="inlineStr"><is><t>b</t></is></c></row><row><c t="inlineStr"><is><t>c</t></is></c></row>',
      }),
    );
    expect(cells).toEqual({ '1:1': '27/07/2024', '2:1': 'b', '1:2': 'c' });
  });

  it('leaves out empty and styled-empty cells', () => {
    expect(cellsOf(workbookWith({ sheet: '<row r="1"><c r="A1" s="0"/><c r="B1" t="s"/><c r="C1" t="inlineStr"><is><t/></is></c><c r="D1" t="inlineStr"><is><t>x</t></is></c></row>' }))).toEqual({ '4:1': 'x' });
  });
});
