/**
 * A partial build for a quick preview of a large data folder: only some editions (`RAPOR_TAHUN=2023,2024`)
 * and only one pemda's instansi pages (`RAPOR_PEMDA=16.74`: the pemda, its kabupaten/kota if it is a
 * provinsi, and their OPD). The Dataset itself stays whole, so rankings and histories are unchanged;
 * only the pages built are fewer. Links to pages left out dangle: a preview, never a publication.
 */
import type { Dataset, Edition } from './dataset.ts';
import { indexOf } from './dataset-index.ts';
import type { Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';

export interface Subset {
  tahun?: ReadonlySet<number>;
  pemda?: Kode;
}

const list = (raw: string | undefined): string[] => (raw ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');

export function subsetOf(env: Readonly<Record<string, string | undefined>>): Subset {
  const tahun = list(env.RAPOR_TAHUN).map(Number);
  const pemda = list(env.RAPOR_PEMDA)[0];
  return { ...(tahun.length === 0 ? {} : { tahun: new Set(tahun) }), ...(pemda === undefined ? {} : { pemda: pemda as Kode }) };
}

export const editionsToBuild = (dataset: Dataset, subset: Subset): Edition[] =>
  subset.tahun === undefined ? dataset.editions : dataset.editions.filter((e) => subset.tahun!.has(e.tahun));

export function instansiToBuild(dataset: Dataset, subset: Subset): Instansi[] {
  if (subset.pemda === undefined) return dataset.instansi;
  const index = indexOf(dataset);
  const chosen: Instansi[] = [];
  const visit = (kode: Kode): void => {
    const instansi = index.instansi.get(kode);
    if (instansi === undefined) return;
    chosen.push(instansi);
    for (const child of index.anak.get(kode) ?? []) visit(child.kode);
  };
  visit(subset.pemda);
  return chosen;
}
