/**
 * Characters that change how text shows without being seen, refused in every cell and value: bidi
 * controls reverse the text around them on the page and in the PDF (a name that reads backwards, a
 * figure that seems to be another), and other invisible controls make two equal-looking names differ.
 *
 * Refused: C0 controls except tab, line feed and carriage return (CSV's own); DEL and the C1 controls;
 * the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E,
 * U+200F, U+061C); zero-width space U+200B, word joiner and invisible operators U+2060–U+2064, a BOM
 * inside the text U+FEFF, line and paragraph separators U+2028/U+2029, and the interlinear annotation
 * marks U+FFF9–U+FFFB. Allowed: zero-width non-joiner and joiner (U+200C, U+200D), which Arabic,
 * Indic scripts and emoji need to be written correctly, and the soft hyphen, which only marks where a
 * word may break.
 */
import type { Finding } from './problem.ts';
import { text } from './text.ts';

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;
/** The same characters written as a JSON escape (`\u202E`), which JSON.parse would turn into them. */
const JSON_ESCAPE = /(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})/g;

const NAMES: Readonly<Record<number, string>> = {
  0x200b: 'ZERO WIDTH SPACE',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

const isInvisible = (code: number): boolean => {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(String.fromCharCode(code));
};

/** Where the text holds a refused character, by offset, with its code point; in JSON also as an escape. */
export function findInvisible(source: string, json: boolean): { offset: number; code: number }[] {
  const found: { offset: number; code: number }[] = [];
  for (const match of source.matchAll(INVISIBLE)) found.push({ offset: match.index, code: match[0].charCodeAt(0) });
  if (json) {
    for (const match of source.matchAll(JSON_ESCAPE)) {
      const code = Number.parseInt(match[2]!, 16);
      if (isInvisible(code) && code !== 0x09 && code !== 0x0a && code !== 0x0d) found.push({ offset: match.index + match[1]!.length, code });
    }
    found.sort((a, b) => a.offset - b.offset);
  }
  return found;
}

const codePoint = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

export function invisibleFinding(code: number): Finding {
  const name = NAMES[code];
  const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c;
  const what = `${codePoint(code)}${name === undefined ? '' : ` ${name}`}`;
  return {
    message: bidi
      ? text(`karakter pengatur arah teks tak terlihat ${what} di sini: ia membalik urutan teks di sekitarnya di halaman dan PDF`, `an invisible text-direction control ${what} here: it reverses the text around it on the page and in the PDF`)
      : text(`karakter kendali tak terlihat ${what} di sini`, `an invisible control character ${what} here`),
    fix: text(
      'Hapus karakter ini (biasanya terbawa saat menyalin dari web atau PDF): ketik ulang sel atau teks di sekitar posisi ini',
      'Delete this character (it usually comes along when copying from the web or a PDF): type the cell or the text around this position again',
    ),
  };
}
