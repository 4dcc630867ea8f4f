/**
 * The zip container of an .xlsx workbook, on Node's own zlib: reading only the entries asked for,
 * each inflated with a hard output cap (a zip bomb stops at the cap instead of filling memory), and
 * writing a byte-stable archive (fixed entry dates, entries in the order given).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Most entries the archive may list. */
  entries: number;
  /** Most bytes one entry may inflate to. */
  entryBytes: number;
  /** Most bytes all the entries read may inflate to together. */
  totalBytes: number;
}

export type ZipFailure = 'not-zip' | 'damaged' | 'encrypted' | 'too-many-entries' | 'too-large';

/** Why reading stopped, for the caller to put in words. */
export class ZipError extends Error {
  readonly reason: ZipFailure;
  constructor(reason: ZipFailure) {
    super(`zip: ${reason}`);
    this.reason = reason;
  }
}

export interface ZipReader {
  names: readonly string[];
  /** An entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined;
}

interface Entry {
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL_HEADER) throw new ZipError('not-zip');
  // The end-of-directory record sits in the last 22 bytes plus at most a 64 KiB comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('damaged');
  const count = view.getUint16(end + 10, true);
  // A Zip64 archive (0xffff entries or offsets) is beyond any workbook Rapor reads.
  if (count === 0xffff || count > limits.entries) throw new ZipError('too-many-entries');
  const entries = new Map<string, Entry>();
  let at = view.getUint32(end + 16, true);
  const utf8 = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipError('damaged');
    const nameLength = view.getUint16(at + 28, true);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  let budget = limits.totalBytes;
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      if (entry.flags & 1) throw new ZipError('encrypted');
      const local = entry.offset;
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw new ZipError('damaged');
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + entry.compressed);
      if (data.length !== entry.compressed) throw new ZipError('damaged');
      // The declared size may lie: the cap holds whatever the data inflates to.
      const cap = Math.min(limits.entryBytes, budget);
      let out: Uint8Array;
      if (entry.method === 0) out = data;
      else if (entry.method === 8) {
        try {
          out = inflateRawSync(data, { maxOutputLength: cap + 1 });
        } catch (error) {
          throw new ZipError((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged');
        }
      } else throw new ZipError('damaged');
      if (out.length > cap) throw new ZipError('too-large');
      if (out.length !== entry.size || crc32(out) !== entry.crc) throw new ZipError('damaged');
      budget -= out.length;
      return out;
    },
  };
}

/** 1980-01-01 00:00, the first date a zip can hold: every entry gets it, so the archive is the same bytes each time. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip archive of `files` in the order given; `compress` deflates them (stored otherwise, byte-stable across zlib versions). */
export function writeZip(files: readonly { name: string; data: Uint8Array }[], compress: boolean): Uint8Array {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = new TextEncoder().encode(file.name);
    const data = compress ? deflateRawSync(file.data) : file.data;
    const fields = (header: DataView, at: number) => {
      header.setUint16(at, 20, true); // version needed: 2.0
      header.setUint16(at + 2, 0x0800, true); // names in UTF-8
      header.setUint16(at + 4, compress ? 8 : 0, true);
      header.setUint16(at + 6, DOS_TIME, true);
      header.setUint16(at + 8, DOS_DATE, true);
      header.setUint32(at + 10, crc32(file.data), true);
      header.setUint32(at + 14, data.length, true);
      header.setUint32(at + 18, file.data.length, true);
      header.setUint16(at + 22, name.length, true);
    };
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL_HEADER, true);
    fields(lv, 4);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const ev = new DataView(entry.buffer);
    ev.setUint32(0, DIRECTORY_ENTRY, true);
    ev.setUint16(4, 20, true); // made by: 2.0
    fields(ev, 6);
    ev.setUint32(42, offset, true);
    entry.set(name, 46);
    locals.push(local, data);
    directory.push(entry);
    offset += local.length + data.length;
  }
  const size = directory.reduce((sum, d) => sum + d.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, END_OF_DIRECTORY, true);
  endView.setUint16(8, files.length, true);
  endView.setUint16(10, files.length, true);
  endView.setUint32(12, size, true);
  endView.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...directory, end]);
}
