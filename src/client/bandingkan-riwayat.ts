/**
 * The histories the compare page shows, from the download files it fetches: for every edition that
 * holds a dataset, an instansi's row, or why there is none (not assessed, or not existing that
 * year) — the same three states the instansi page shows, never a zero.
 */
import { isActiveIn, type Instansi } from '../domain/instansi.ts';
import type { DatasetKind, Predikat, Zona } from '../domain/rules.ts';
import type { BandingkanEdition } from '../shared/bandingkan-page.ts';

/** A row of `/unduh/instansi/<kode>.json` as the compare page reads it (null is an empty cell). */
export interface BandingkanRow {
  tahun: number;
  nilai: number | null;
  predikat?: Predikat | null;
  zona?: Zona | null;
  kategori?: string | null;
}

/** `/unduh/instansi/<kode>.json`. */
export interface InstansiFile {
  instansi: { kode: string; nama: string; jenis: Instansi['jenis']; nama_lain: string[]; aktif_sejak: number | null; aktif_hingga: number | null };
  datasets: Record<DatasetKind, BandingkanRow[]>;
}

export type BandingkanEntry = { status: 'dinilai'; tahun: number; row: BandingkanRow } | { status: 'tidak-dinilai' | 'tidak-aktif'; tahun: number };

/** The years of the editions holding a dataset, ascending. */
export const yearsOf = (editions: readonly BandingkanEdition[], kind: DatasetKind): number[] =>
  editions.filter((e) => e.datasets.includes(kind)).map((e) => e.tahun).sort((a, b) => a - b);

/** One instansi's entries of a dataset, year by year. */
export function entriesOf(file: InstansiFile, kind: DatasetKind, years: readonly number[]): BandingkanEntry[] {
  const rows = new Map(file.datasets[kind].map((row) => [row.tahun, row]));
  const { aktif_sejak, aktif_hingga } = file.instansi;
  const span = { ...(aktif_sejak === null ? {} : { aktif_sejak }), ...(aktif_hingga === null ? {} : { aktif_hingga }) };
  return years.map((tahun) => {
    const row = rows.get(tahun);
    if (row !== undefined) return { status: 'dinilai', tahun, row };
    return { status: isActiveIn(span as Instansi, tahun) ? 'tidak-dinilai' : 'tidak-aktif', tahun };
  });
}

/** The row as the chart specs read a graded row: zona for kepatuhan, predikat otherwise, nilai when given. */
export function gradedOf(kind: DatasetKind, row: BandingkanRow): { nilai?: number } & ({ predikat: Predikat } | { zona: Zona }) {
  const nilai = row.nilai === null ? {} : { nilai: row.nilai };
  return kind === 'kepatuhan' ? { ...nilai, zona: row.zona! } : { ...nilai, predikat: row.predikat! };
}
