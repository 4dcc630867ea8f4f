import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { decodeText } from '../../src/data/decode.ts';
import { readTable } from '../../src/data/read-table.ts';
import { sakipRule } from '../../src/domain/rules.ts';
import { sakipSpec } from '../../src/domain/schema/sakip.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

/** Bytes through the whole reader: decode, parse, read against the 2024 SAKIP spec. */
function read(bytes: Uint8Array) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error('not decodable');
  return readTable(parseCsv('2024/sakip.csv', decoded.text), sakipSpec, { tahun: 2024, rule: sakipRule(2024)! });
}
const values = (bytes: Uint8Array) => {
  const table = read(bytes);
  expect(table.problems).toEqual([]);
  return table.valid.map((row) => ({ ...row.value, line: row.at.line }));
};

const expected = [
  { kode: '16.74', predikat: 'BB', nilai: 75.5, sumber: 'LHE 2024', line: 2 },
  { kode: '16.72', predikat: 'B', nilai: 60.01, sumber: 'Surat, "LHE" 2024', line: 3 },
];

describe('the CSV reader accepts every form a spreadsheet writes', () => {
  const variants: [string, Uint8Array][] = [
    ['comma, LF, decimal point', utf8('kode,predikat,nilai,sumber\n16.74,BB,75.5,LHE 2024\n16.72,B,60.01,"Surat, ""LHE"" 2024"\n')],
    ['semicolon, CRLF, decimal comma, BOM (Indonesian Excel)', new Uint8Array([...BOM, ...utf8('kode;predikat;nilai;sumber\r\n16.74;BB;75,5;LHE 2024\r\n16.72;B;60,01;Surat, "LHE" 2024\r\n')])],
    ['comma file with a quoted decimal comma', utf8('kode,predikat,nilai,sumber\n16.74,BB,"75,5",LHE 2024\n16.72,B,"60,01","Surat, ""LHE"" 2024"\n')],
    ['headers in another order, case and padding', utf8(' SUMBER ,Nilai,KODE, Predikat\n LHE 2024 ,75.5,16.74,BB \n"Surat, ""LHE"" 2024",60.01,16.72,B\n')],
    ['no final newline, CR-only line ends', utf8('kode;predikat;nilai;sumber\r16.74;BB;75,5;LHE 2024\r16.72;B;60,01;"Surat, ""LHE"" 2024"')],
  ];
  it.each(variants)('%s', (_, bytes) => {
    expect(values(bytes)).toEqual(expected);
  });

  it('skips empty lines and rows of empty cells, keeping editor line numbers', () => {
    const rows = values(utf8('\nkode;predikat;nilai;sumber\n\n16.74;BB;75,5;LHE 2024\n;;;\n16.72;B;60,01;Surat, "LHE" 2024\n\n'));
    expect(rows.map((r) => r.line)).toEqual([4, 6]);
  });

  it('counts lines inside quoted multi-line cells', () => {
    const table = read(utf8('kode,predikat,nilai,sumber,catatan\n16.74,BB,75.5,LHE,"baris satu\nbaris dua"\n16.72,B,600,LHE,\n'));
    expect(table.valid.map((r) => [r.value.catatan, r.at.line])).toEqual([['baris satu\nbaris dua', 2]]);
    expect(table.problems.map((p) => [p.line, p.column])).toEqual([[4, 9]]);
  });

  it('keeps a kode a string: leading zeros and trailing zeros stay', () => {
    const table = read(utf8('kode;predikat;sumber\n16.10;B;x\n007;B;x\n'));
    expect(table.valid.map((r) => r.value.kode)).toEqual(['16.10', '007']);
  });

  it('treats an empty cell as not given, never as zero', () => {
    const [row] = values(utf8('kode;predikat;nilai;perencanaan;sumber\n16.74;B;;;x\n'));
    expect(row).not.toHaveProperty('nilai');
    expect(row).not.toHaveProperty('perencanaan');
  });

  it('refuses numbers with thousands separators or units', () => {
    for (const raw of ['1.234,5', '95,4,5', '95 %', '-5', '9 5']) {
      const table = read(utf8(`kode;predikat;nilai;sumber\n16.74;B;${raw};x\n`));
      expect(table.problems.map((p) => [p.line, p.column, p.message.en]), raw).toEqual([[2, 9, `"${raw}" in column nilai is not a number`]]);
    }
  });
});

describe('decoding', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([...BOM, ...utf8('kode')]))).toEqual({ ok: true, text: 'kode' });
  });

  it('refuses Windows-1252 and names the line and column of the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('kode;nama\n99.71.pu;Dinas Pekerjaan Umum\n99.71.x;Caf'), 0xe9, ...utf8(' Kota\n')]);
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect([decoded.line, decoded.column]).toEqual([3, 12]);
    expect(decoded.finding.message.en).toContain('"é" in Windows-1252');
  });

  it('counts columns in characters, not bytes, before the bad byte', () => {
    const decoded = decodeText(new Uint8Array([...utf8('kode;nama\nx;Ibu Kota Nusantara – '), 0x96]));
    expect(decoded.ok ? undefined : [decoded.line, decoded.column]).toEqual([2, 24]);
  });

  it('refuses UTF-16 ("Unicode Text" from Excel)', () => {
    const decoded = decodeText(new Uint8Array([0xff, 0xfe, 0x6b, 0x00]));
    expect(decoded.ok ? undefined : decoded.finding.message.en).toContain('UTF-16');
  });
});
