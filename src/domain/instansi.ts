import type { Kode } from './kode.ts';
import { text, type Text } from './text.ts';

export const JENIS = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'opd'] as const;
export type Jenis = (typeof JENIS)[number];

export const JENIS_LABEL: Record<Jenis, Text> = {
  kementerian: text('Kementerian', 'Ministry'),
  lembaga: text('Lembaga', 'Agency'),
  provinsi: text('Provinsi', 'Province'),
  kabupaten: text('Kabupaten', 'Regency'),
  kota: text('Kota', 'City'),
  opd: text('Perangkat daerah (OPD)', 'Regional agency (OPD)'),
};

export const PEMDA_JENIS: readonly Jenis[] = ['provinsi', 'kabupaten', 'kota'];

export interface Instansi {
  kode: Kode;
  nama: string;
  jenis: Jenis;
  induk?: Kode;
  /** Former names, so that a renamed or merged OPD stays findable. */
  nama_lain: string[];
  aktif_sejak?: number;
  aktif_hingga?: number;
  pengganti?: Kode;
}

export function isPemda(jenis: Jenis): boolean {
  return PEMDA_JENIS.includes(jenis);
}

/**
 * Which jenis an instansi's induk may have. An OPD must have a pemda as induk; a kabupaten/kota
 * may name its provinsi; a lembaga may sit under a kementerian. `required` says whether induk must be given.
 */
export const INDUK_RULE: Record<Jenis, { required: boolean; allowed: readonly Jenis[] }> = {
  opd: { required: true, allowed: PEMDA_JENIS },
  kabupaten: { required: false, allowed: ['provinsi'] },
  kota: { required: false, allowed: ['provinsi'] },
  provinsi: { required: false, allowed: [] },
  kementerian: { required: false, allowed: [] },
  lembaga: { required: false, allowed: ['kementerian'] },
};

/** Whether the instansi existed in that year (an instansi outside its years is not "missing"). */
export function isActiveIn(instansi: Instansi, tahun: number): boolean {
  return (
    (instansi.aktif_sejak === undefined || tahun >= instansi.aktif_sejak) &&
    (instansi.aktif_hingga === undefined || tahun <= instansi.aktif_hingga)
  );
}
