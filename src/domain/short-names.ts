/**
 * The short names a reader types for a pemda — "OKU Timur", "PALI", "Muba", "KBB", "Sumsel" — from
 * the reference list `reference/singkatan-pemda.csv` (how it was compiled and its limits:
 * reference/README.md). Not the abbreviations of perangkat daerah (Kominfo, Bappeda): those are
 * derived from an OPD's name by src/domain/singkatan.ts.
 *
 * The list is keyed by Kemendagri kode, and an instansi gains a row's short name only when it is the
 * region the row names: a region (provinsi, kabupaten, kota) whose name or a former name is the row's
 * `nama`. A data folder that numbers its instansi otherwise (Kota Contoh, 99.71) gains nothing wrong.
 */
import type { Instansi } from './instansi.ts';
import { isKode, type Kode } from './kode.ts';

export const SHORT_NAME_STATUS = ['resmi', 'umum'] as const;

export interface ShortNameRow {
  kode: Kode;
  /** The region's name in wilayah-2025.csv. */
  nama: string;
  singkatan: string;
  /** `resmi`: the pemda uses it itself; `umum`: common in the press and in speech. */
  status: (typeof SHORT_NAME_STATUS)[number];
  /** What the row rests on, in words. */
  dasar: string;
}

const HEADER = 'kode,nama,singkatan,status,dasar';

/** The reference list: a plain `,` CSV without quotes (no field holds a comma). Throws on a malformed line: it ships with Rapor. */
export function parseShortNames(source: string): ShortNameRow[] {
  const [header, ...lines] = source.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (header !== HEADER) throw new Error(`the short-name list must start with ${HEADER}, not ${header}`);
  return lines.map((line, at) => {
    const [kode = '', nama = '', singkatan = '', status = '', dasar = '', ...more] = line.split(',');
    const row = `line ${at + 2} of the short-name list`;
    if (more.length > 0 || !isKode(kode) || nama === '' || singkatan === '' || dasar === '') throw new Error(`${row} is not kode,nama,singkatan,status,dasar: ${line}`);
    if (!(SHORT_NAME_STATUS as readonly string[]).includes(status)) throw new Error(`${row}: status must be resmi or umum, not ${status}`);
    return { kode, nama, singkatan, status: status as ShortNameRow['status'], dasar };
  });
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/** The list by kode. */
export function shortNameIndex(rows: readonly ShortNameRow[]): ReadonlyMap<Kode, readonly ShortNameRow[]> {
  const byKode = new Map<Kode, ShortNameRow[]>();
  for (const row of rows) byKode.set(row.kode, [...(byKode.get(row.kode) ?? []), row]);
  return byKode;
}

/** The short names of an instansi, in the list's order: none unless it is the region a row names. */
export function shortNamesOf(instansi: Instansi, index: ReadonlyMap<Kode, readonly ShortNameRow[]>): string[] {
  if (instansi.jenis !== 'provinsi' && instansi.jenis !== 'kabupaten' && instansi.jenis !== 'kota') return [];
  const names = [instansi.nama, ...instansi.nama_lain];
  return (index.get(instansi.kode) ?? []).filter((row) => names.some((nama) => sameName(nama, row.nama))).map((row) => row.singkatan);
}
