/**
 * Bytes of a text file to a string: UTF-8 with or without BOM. Anything else (Windows-1252 from old
 * Excel, UTF-16 from "Unicode Text") is refused with the position of the first bad byte, so that it
 * never reaches the site as mojibake; a binary file (an archive, a workbook, an image, a PDF) is named
 * as what it is, by its first bytes.
 */
import { findInvisible, invisibleFinding } from '../domain/invisible.ts';
import type { Finding, Problem } from '../domain/problem.ts';
import { text, type Text } from '../domain/text.ts';
import { LineIndex } from './csv.ts';

export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; finding: Finding };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8');

/**
 * Windows-1252's characters for 0x80–0x9F (undefined bytes stay undefined). Node's TextDecoder
 * decodes this range as Latin-1 control characters (nodejs/node#60888), yet it holds the characters
 * Word and Excel type most: smart quotes, dashes, the euro sign.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const windows1252 = (byte: number): string =>
  byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : new TextDecoder('latin1').decode(Uint8Array.of(byte));

const resave = text(
  'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited) (*.csv)"; di LibreOffice pilih set karakter Unicode (UTF-8)',
  'In Excel choose Save As → "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice choose the Unicode (UTF-8) character set',
);

/** A text file never holds NUL; UTF-16 puts one in every other byte of Latin text, with or without BOM. */
const looksUtf16 = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 1024).includes(0);

/** A binary format, known by its first bytes, as an editor would name it, and whether a spreadsheet saves it. */
interface Binary {
  magic: readonly number[];
  name: Text;
  spreadsheet: boolean;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const BINARIES: readonly Binary[] = [
  { magic: [0x1f, 0x8b], name: text('arsip gzip', 'a gzip archive'), spreadsheet: false },
  { magic: [0x89, ...ascii('PNG')], name: text('gambar PNG', 'a PNG image'), spreadsheet: false },
  { magic: [0xff, 0xd8, 0xff], name: text('gambar JPEG', 'a JPEG image'), spreadsheet: false },
  { magic: ascii('GIF8'), name: text('gambar GIF', 'a GIF image'), spreadsheet: false },
  { magic: ascii('%PDF-'), name: text('dokumen PDF', 'a PDF document'), spreadsheet: false },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: text('lembar kerja Excel lama (XLS)', 'an old Excel workbook (XLS)'), spreadsheet: true },
  { magic: [0xfd, ...ascii('7zXZ'), 0x00], name: text('arsip xz', 'an xz archive'), spreadsheet: false },
  { magic: ascii('7z'), name: text('arsip 7z', 'a 7z archive'), spreadsheet: false },
  { magic: ascii('Rar!'), name: text('arsip RAR', 'a RAR archive'), spreadsheet: false },
];

/** A ZIP archive (PK♥♦), which is also what XLSX and ODS workbooks are: named by what it holds. */
function zipKind(bytes: Uint8Array): Binary | undefined {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07))) return undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (head.includes('xl/')) return { magic: [], name: text('arsip ZIP, yaitu lembar kerja Excel (XLSX)', 'a ZIP archive, namely an Excel workbook (XLSX)'), spreadsheet: true };
  if (head.includes('opendocument.spreadsheet')) return { magic: [], name: text('arsip ZIP, yaitu lembar kerja ODS (LibreOffice)', 'a ZIP archive, namely an ODS workbook (LibreOffice)'), spreadsheet: true };
  return { magic: [], name: text('arsip ZIP', 'a ZIP archive'), spreadsheet: false };
}

/** The binary format a file is in by its first bytes, or undefined for anything that may be text. */
export function binaryKind(bytes: Uint8Array): Binary | undefined {
  return zipKind(bytes) ?? BINARIES.find(({ magic }) => magic.every((b, i) => bytes[i] === b));
}

export function decodeText(bytes: Uint8Array): Decoded {
  const binary = binaryKind(bytes);
  if (binary !== undefined) {
    const { name, spreadsheet } = binary;
    return {
      ok: false,
      line: 1,
      column: 1,
      finding: {
        message: text(`berkas ini adalah ${name.id}, bukan berkas teks (CSV atau JSON)`, `this file is ${name.en}, not a text file (CSV or JSON)`),
        fix: spreadsheet
          ? text(`Buka di spreadsheet lalu simpan sebagai CSV: ${resave.id}`, `Open it in a spreadsheet and save it as CSV: ${resave.en}`)
          : text('Letakkan berkas CSV atau JSON yang benar dengan nama ini, dan pindahkan berkas ini keluar dari folder data', 'Put the right CSV or JSON file under this name, and move this file out of the data folder'),
      },
    };
  }
  if (looksUtf16(bytes)) {
    return {
      ok: false,
      line: 1,
      column: 1,
      finding: { message: text('berkas disimpan sebagai UTF-16 ("Unicode Text"), bukan UTF-8', 'the file is saved as UTF-16 ("Unicode Text"), not UTF-8'), fix: resave },
    };
  }
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: strict.decode(body) };
  } catch {
    const offset = firstInvalidUtf8(body);
    const lineStart = body.lastIndexOf(0x0a, offset - 1) + 1;
    const line = 1 + body.subarray(0, offset).filter((b) => b === 0x0a).length;
    const column = lenient.decode(body.subarray(lineStart, offset)).length + 1;
    const byte = body[offset]!;
    const guess = windows1252(byte);
    return {
      ok: false,
      line,
      column,
      finding: {
        message: text(
          `berkas bukan UTF-8: byte 0x${byte.toString(16).toUpperCase()} (mungkin "${guess}" dalam Windows-1252, dari Excel lama)`,
          `the file is not UTF-8: byte 0x${byte.toString(16).toUpperCase()} (perhaps "${guess}" in Windows-1252, from old Excel)`,
        ),
        fix: resave,
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const sequence = bytes.subarray(i, i + length);
    if (sequence.length < length) return i;
    try {
      strict.decode(sequence);
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

/** Each invisible control in a decoded file (src/domain/invisible.ts), at its line and column; `json` also finds them as escapes. */
export function invisibleProblems(file: string, source: string, json: boolean): Problem[] {
  const found = findInvisible(source, json);
  if (found.length === 0) return [];
  const lines = new LineIndex(source);
  return found.map(({ offset, code }) => ({ file, ...lines.positionOf(offset), ...invisibleFinding(code) }));
}
