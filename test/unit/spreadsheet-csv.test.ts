import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, spreadsheetCsv } from '../../src/domain/unduh/spreadsheet-csv.ts';

describe('csvCell: formula injection (OWASP)', () => {
  it.each([
    ['=HYPERLINK("http://x.example","klik")', `"'=HYPERLINK(""http://x.example"",""klik"")"`],
    ['=1+1', "'=1+1"],
    ['+62 811', "'+62 811"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ])('%j is made inert', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('keeps numbers and ordinary text as they are', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-0.5')).toBe('-0.5');
    expect(csvCell(95.45)).toBe('95.45');
    expect(csvCell('Dinas Kesehatan')).toBe('Dinas Kesehatan');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Kota "Contoh", Jawa')).toBe('"Kota ""Contoh"", Jawa"');
    expect(csvCell('dua\nbaris')).toBe('"dua\nbaris"');
  });

  it('quotes a cell with space at either end, which a spreadsheet would otherwise trim', () => {
    expect(csvCell(' Dinas')).toBe('" Dinas"');
    expect(csvCell('Dinas ')).toBe('"Dinas "');
    expect(csvCell('Dinas\u00a0')).toBe('"Dinas\u00a0"');
    expect(csvCell(' =1')).toBe('" =1"');
  });
});

describe('spreadsheetCsv', () => {
  it('writes a BOM, a header and CRLF lines', () => {
    expect(spreadsheetCsv(['kode', 'nilai'], [['99.71', 80.5], ['=x', -1]])).toBe(`${CSV_BOM}kode,nilai\r\n99.71,80.5\r\n'=x,-1\r\n`);
  });
});
