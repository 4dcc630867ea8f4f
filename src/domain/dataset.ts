/** The loaded, validated content of a data folder: what every page, download and report is built from. */
import type { Instansi } from './instansi.ts';
import type { Narasi } from './narasi-check.ts';
import type { Edisi } from './schema/edisi.ts';
import type { KepatuhanRow } from './schema/kepatuhan.ts';
import type { KoreksiRow } from './schema/koreksi.ts';
import type { OpdRow } from './schema/opd.ts';
import type { SakipRow } from './schema/sakip.ts';
import type { Situs } from './schema/situs.ts';
import type { DatasetKind } from './rules.ts';

/** Where a row came from, so that every figure can be traced to its line (paths relative to the data folder). */
export interface Asal {
  file: string;
  line: number;
}

/**
 * What an edition's file wrote that a row's values do not keep, for the downloads to give it as
 * published: the name the row used when it was a former one (`nama_lain`), and the decimals of a
 * number whose last digits are zeros (`85,80` is the value 85.8 written with two decimals).
 */
export interface Tertulis {
  nama?: string;
  desimal?: Readonly<Record<string, number>>;
}

export type WithAsal<R> = R & { asal: Asal; tertulis?: Tertulis };

/** A row of koreksi.csv, numbered in the file's order so that a mark on a page can link to it. */
export type Koreksi = WithAsal<KoreksiRow> & { nomor: number };

/** A dataset row; in a published edition, with the corrections of its values since publication. */
export type Row<R> = WithAsal<R> & { koreksi?: Koreksi[] };

export interface RowsByKind {
  sakip: Row<SakipRow>;
  kepatuhan: Row<KepatuhanRow>;
  opd: Row<OpdRow>;
}

/** One edition: a report year's folder. A dataset absent from the folder is absent here (not empty). */
export interface Edition {
  tahun: number;
  edisi: Edisi;
  datasets: { [K in DatasetKind]?: RowsByKind[K][] };
  /** Narrative chapter file names, in order. */
  narasiFiles: string[];
  /** The narrative chapters with their front matter, in the same order. */
  narasi: Narasi[];
}

export interface Dataset {
  situs: Situs;
  /** Every instansi, in the order of instansi.csv. */
  instansi: Instansi[];
  /** Editions by ascending tahun. */
  editions: Edition[];
  /** Every correction of a published edition; each one matches a change in a locked file. */
  koreksi: Koreksi[];
}
