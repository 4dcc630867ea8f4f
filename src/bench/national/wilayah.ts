/** The Kemendagri region list shipped in `reference/wilayah-2025.csv` (plain `,` CSV, no quotes). */
import type { Kode } from '../../domain/kode.ts';

export interface Wilayah {
  kode: Kode;
  nama: string;
  tingkat: 'provinsi' | 'kabupaten' | 'kota';
  provinsi: Kode;
}

export function parseWilayah(source: string): Wilayah[] {
  const [header, ...lines] = source.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header!.split(',');
  const at = (name: string): number => columns.indexOf(name);
  const [kode, nama, tingkat, provinsi] = [at('kode'), at('nama'), at('tingkat'), at('kode_provinsi')];
  return lines.map((line) => {
    const cells = line.split(',');
    return { kode: cells[kode] as Kode, nama: cells[nama]!, tingkat: cells[tingkat] as Wilayah['tingkat'], provinsi: cells[provinsi] as Kode };
  });
}
