/**
 * The PDF's document information, set after printing: Chromium writes its own (its user agent, the
 * clock as CreationDate and ModDate) and ignores SOURCE_DATE_EPOCH. We replace Chromium's Info
 * dictionary and add a document ID derived from the content, so that the same page gives the same
 * bytes. Chromium (Skia) writes one classic cross-reference table and a three-key trailer; this is
 * strict about that layout and fails loudly on any other, rather than corrupting a file.
 * No PDF library: pdf-lib is unmaintained since 2021 and re-serialises the whole file; this keeps
 * every byte Chromium wrote but the Info object, and moves the later offsets by its change in length.
 */
import { createHash } from 'node:crypto';

export interface PdfInfo {
  title: string;
  /** The publisher. */
  author: string;
  subject: string;
  creator: string;
  producer: string;
  /** `YYYY-MM-DD`: creation and modification date, midnight in Jakarta (WIB). */
  date: string;
}

const TAIL = /\nxref\n0 (\d+)\n((?:\d{10} \d{5} [fn] \n)+)trailer\n<<\/Size (\d+)\n\/Root (\d+) 0 R\n\/Info (\d+) 0 R>>\nstartxref\n(\d+)\n%%EOF(\n?)$/;

/** A PDF text string: literal when plain ASCII, otherwise UTF-16BE with its byte order mark. */
export function pdfText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  const units = Array.from({ length: value.length }, (_, i) => value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0'));
  return `<FEFF${units.join('')}>`;
}

export const pdfDate = (iso: string): string => `(D:${iso.replaceAll('-', '')}000000+07'00')`;

function infoDictionary(info: PdfInfo): string {
  const date = pdfDate(info.date);
  return [
    `<</Title ${pdfText(info.title)}`,
    `/Author ${pdfText(info.author)}`,
    `/Subject ${pdfText(info.subject)}`,
    `/Creator ${pdfText(info.creator)}`,
    `/Producer ${pdfText(info.producer)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}>>`,
  ].join('\n');
}

export function withInfo(pdf: Uint8Array, info: PdfInfo): Buffer {
  // latin1 maps every byte to one character and back, so string offsets are byte offsets.
  const text = Buffer.from(pdf).toString('latin1');
  const tail = TAIL.exec(text);
  const fail = (what: string): never => {
    throw new Error(`Unexpected PDF layout from Chromium (${what}); the metadata was not rewritten.`);
  };
  if (!tail) return fail('no single classic cross-reference table with a Size/Root/Info trailer');
  const [, count, table, size, root, infoNumber, startxref, eol] = tail as unknown as string[];
  const xrefAt = tail.index + 1;
  if (Number(startxref) !== xrefAt) fail('startxref does not point at the table');
  const entries = table!.match(/.{20}/gs) ?? [];
  const infoAt = Number(entries[Number(infoNumber)]?.slice(0, 10));
  const infoEnd = text.indexOf('\nendobj\n', infoAt) + '\nendobj\n'.length;
  if (!text.startsWith(`${infoNumber} 0 obj\n<<`, infoAt) || infoEnd < infoAt) fail('the Info object is not where the table says');
  const object = `${infoNumber} 0 obj\n${infoDictionary(info)}\nendobj\n`;
  const shift = object.length - (infoEnd - infoAt);
  const body = text.slice(0, infoAt) + object + text.slice(infoEnd, xrefAt);
  const moved = entries.map((entry) => {
    const offset = Number(entry.slice(0, 10));
    return entry[17] === 'n' && offset > infoAt ? String(offset + shift).padStart(10, '0') + entry.slice(10) : entry;
  });
  const trailer = (id: string) =>
    `xref\n0 ${count}\n${moved.join('')}trailer\n<</Size ${size}\n/Root ${root} 0 R\n/Info ${infoNumber} 0 R${id}>>\nstartxref\n${body.length}\n%%EOF${eol}`;
  // The ID is a digest of the file as it would be without one: the same content, the same ID.
  const id = createHash('sha256').update(body + trailer(''), 'latin1').digest('hex').slice(0, 32).toUpperCase();
  return Buffer.from(body + trailer(`\n/ID [<${id}> <${id}>]`), 'latin1');
}
