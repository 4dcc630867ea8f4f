/**
 * Hostile workbooks given to `npm run import`: each is refused with one clear message and nothing
 * written, or read for its values only — no macro kept, no external link followed, no zip bomb or
 * giant sheet inflated past the caps (src/commands/workbook/read.ts, src/commands/workbook/zip.ts).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../src/commands/import.ts';
import { WORKBOOK_LIMITS } from '../../src/commands/workbook/read.ts';
import { writeWorkbook, type WriteSheet } from '../../src/commands/workbook/write.ts';
import { openZip, writeZip } from '../../src/commands/workbook/zip.ts';
import { temporaryFolders } from '../support/bad-folder.ts';
import { snapshot } from '../support/files.ts';
import { rezip, workbookFiles } from '../support/workbook.ts';

const folder = temporaryFolders();
const workbook = workbookFiles();

const SHEET: WriteSheet = {
  name: 'kepatuhan',
  rows: [
    ['kode', 'nama', 'nilai', 'zona', 'kategori', 'sumber'],
    ['16', 'Sumatera Selatan', { number: 84.12, format: '0.00' }, 'hijau', 'B', 'Ombudsman RI 2024'],
    ['16.74', 'Kota Prabumulih', { number: 72.35, format: '0.00' }, 'kuning', 'C', 'Ombudsman RI 2024'],
  ],
};
const GOOD = writeWorkbook([SHEET], true);
const WORKSHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

const run = (bytes: Uint8Array, name = 'rapor.xlsx') => {
  const dir = folder();
  const before = snapshot(dir);
  const result = importWorkbook(dir, { file: workbook(name, bytes), tahun: '2024', write: true, lang: 'both', currentYear: 2025 });
  return { dir, result, unchanged: JSON.stringify(snapshot(dir)) === JSON.stringify(before), text: result.lines.join('\n') };
};

/** The zip with one field of the entry `name`'s central-directory record overwritten (at `offset` in the record). */
function patchDirectory(zip: Uint8Array, name: string, offset: number, value: number): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let at = bytes.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 1, 'latin1')) {
    if (bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28)) !== name) continue;
    bytes.writeUInt32LE(value, at + offset);
    return bytes;
  }
  throw new Error(`no entry ${name}`);
}

describe('hostile workbooks', () => {
  const refused: [string, () => Uint8Array, RegExp, string?][] = [
    // 70 MB of blanks in the sheet deflate to some 70 KB: the cap stops the inflation at 32 MB.
    ['a zip bomb', () => rezip(GOOD, { 'xl/worksheets/sheet1.xml': `${WORKSHEET}${' '.repeat(70 * 1024 * 1024)}</worksheet>` }), /melebihi batas aman setelah dibuka \(32 MB satu lembar, 96 MB seluruhnya\)/],
    ['a part that inflates to more than it declares', () => patchDirectory(GOOD, 'xl/worksheets/sheet1.xml', 24, 10), /buku kerja ini rusak atau bukan \.xlsx/],
    [
      'macros in a file named .xlsx',
      () =>
        rezip(GOOD, {
          '[Content_Types].xml': new TextDecoder().decode(openZip(GOOD, WORKBOOK_LIMITS.zip).read('[Content_Types].xml')).replace('sheet.main+xml', 'sheet.macroEnabled.main+xml'),
          'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
        }),
      /buku kerja ini memuat makro; Rapor tidak membuka makro/,
    ],
    ['a macro-enabled workbook by its name', () => GOOD, /rapor\.xlsm adalah buku kerja bermakro/, 'rapor.xlsm'],
    [
      'entities declared to expand (billion laughs)',
      () => rezip(GOOD, { 'xl/sharedStrings.xml': `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>` }),
      /buku kerja ini rusak atau bukan \.xlsx/,
    ],
    ['a value in the last column (XFD)', () => rezip(GOOD, { 'xl/worksheets/sheet1.xml': `${WORKSHEET}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kode</t></is></c><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>` }), /kolom ke-16384/],
    ['more rows than any data set has', () => rezip(GOOD, { 'xl/worksheets/sheet1.xml': `${WORKSHEET}<sheetData>${Array.from({ length: WORKBOOK_LIMITS.rows + 1 }, (_, i) => `<row r="${i + 1}"/>`).join('')}</sheetData></worksheet>` }), /lebih dari 200000 baris/],
    ['ten thousand and one parts', () => writeZip(Array.from({ length: WORKBOOK_LIMITS.zip.entries + 1 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array() })), false), /terlalu banyak bagian/],
    ['a file over 32 MB', () => Buffer.concat([GOOD, Buffer.alloc(WORKBOOK_LIMITS.fileBytes)]), /lebih dari 32 MB/],
    ['an encrypted workbook (a compound document)', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /dilindungi kata sandi/],
    ['a truncated workbook', () => GOOD.subarray(0, GOOD.length - 30), /rusak atau bukan \.xlsx/],
  ];

  it.each(refused)('refuses %s with one message and writes nothing', (_, make, message, name) => {
    const { result, unchanged, text } = run(make(), name);
    expect(result.ok).toBe(false);
    expect(text).toMatch(message);
    expect(text).toMatch(/\[.+\]/);
    expect(unchanged).toBe(true);
  });

  it('takes a formula linked to another workbook by its saved value, and never opens the link', () => {
    const linked = rezip(GOOD, {
      'xl/worksheets/sheet1.xml': new TextDecoder()
        .decode(openZip(GOOD, WORKBOOK_LIMITS.zip).read('xl/worksheets/sheet1.xml'))
        .replace('<c r="C3" s="1"><v>72.35</v></c>', '<c r="C3" s="1"><f>[1]Sheet1!A1</f><v>72.35</v></c>'),
      'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>',
      'xl/externalLinks/_rels/externalLink1.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///etc/passwd" TargetMode="External"/></Relationships>',
    });
    const { dir, result, text } = run(linked);
    expect(result.ok, text).toBe(true);
    expect(text).toContain('rapor.xlsx › kepatuhan!C3');
    expect(readFileSync(`${dir}/2024/kepatuhan.csv`, 'utf8')).toContain('16.74;Kota Prabumulih;72,35;kuning');
    expect(text).not.toContain('root:');
  });

  it('reads a sheet that declares the largest dimension Excel has by its cells only', () => {
    const wide = rezip(GOOD, {
      'xl/worksheets/sheet1.xml': new TextDecoder().decode(openZip(GOOD, WORKBOOK_LIMITS.zip).read('xl/worksheets/sheet1.xml')).replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    });
    const { result, text } = run(wide);
    expect(result.ok, text).toBe(true);
  });

  it('stops a bomb in the zip reader itself at the entry cap, whatever size the entry declares', () => {
    const bomb = writeZip([{ name: 'a', data: new Uint8Array(1_000_000) }], true);
    expect(deflateRawSync(new Uint8Array(1_000_000)).length).toBeLessThan(2_000);
    expect(() => openZip(bomb, { entries: 10, entryBytes: 100_000, totalBytes: 1 << 30 }).read('a')).toThrow(/too-large/);
    expect(() => openZip(bomb, { entries: 10, entryBytes: 1 << 30, totalBytes: 100_000 }).read('a')).toThrow(/too-large/);
  });
});
