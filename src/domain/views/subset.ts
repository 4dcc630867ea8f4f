/**
 * A part of a Dataset, for a quick preview of a large data folder (`npm run build -- --edisi 2023,2024
 * --pemda 16.74`): some editions, and/or one instansi with everything under it and the chain above it.
 * The folder is validated whole first; the preview is then built from this part alone, so every page
 * it holds links only to pages it holds. Rankings rank only the instansi of the part.
 */
import type { Dataset, Edition } from '../dataset.ts';
import { indexOf } from '../dataset-index.ts';
import type { Kode } from '../kode.ts';
import { text, type Text } from '../text.ts';

export interface Subset {
  /** The editions to build, by tahun; every edition when absent. */
  tahun?: number[];
  /** The instansi (a pemda, usually) to build with its OPD, their children, and its induk chain. */
  pemda?: Kode;
}

/** Why a subset cannot be built from a Dataset (a year or a kode it does not hold), or undefined. */
export function subsetProblem(dataset: Dataset, subset: Subset): Text | undefined {
  const missing = (subset.tahun ?? []).filter((tahun) => !dataset.editions.some((e) => e.tahun === tahun));
  if (missing.length > 0) return text(`Edisi ${missing.join(', ')} tidak ada di folder data`, `The data folder has no edition ${missing.join(', ')}`);
  if (subset.pemda !== undefined && !indexOf(dataset).instansi.has(subset.pemda)) {
    return text(`Kode ${subset.pemda} tidak ada di instansi.csv`, `instansi.csv has no kode ${subset.pemda}`);
  }
  return undefined;
}

/** The kode of an instansi, of everything under it (recursively, by induk), and of its induk chain. */
function kodeAround(dataset: Dataset, kode: Kode): Set<Kode> {
  const index = indexOf(dataset);
  const kept = new Set<Kode>();
  const below = [kode];
  for (let next = below.pop(); next !== undefined; next = below.pop()) {
    kept.add(next);
    below.push(...(index.anak.get(next) ?? []).map((i) => i.kode));
  }
  for (let up = index.instansi.get(kode)?.induk; up !== undefined && !kept.has(up); up = index.instansi.get(up)?.induk) kept.add(up);
  return kept;
}

export function subsetOf(dataset: Dataset, subset: Subset): Dataset {
  const years = subset.tahun === undefined ? undefined : new Set(subset.tahun);
  const kode = subset.pemda === undefined ? undefined : kodeAround(dataset, subset.pemda);
  const keep = (k: Kode): boolean => kode === undefined || kode.has(k);
  const editionOf = (edition: Edition): Edition => ({
    ...edition,
    datasets: Object.fromEntries(Object.entries(edition.datasets).map(([kind, rows]) => [kind, rows.filter((row) => keep(row.kode))])),
    // Chapters speak of instansi across the whole folder: a preview of one pemda leaves them out.
    ...(kode === undefined ? {} : { narasiFiles: [], narasi: [] }),
  });
  const { situs } = dataset;
  const notice = 'Pratinjau sebagian dari folder data, bukan publikasi. A partial preview of the data folder, not a publication.';
  return {
    // Every page names the site in its title, header and footer: there a preview says what it is.
    situs: {
      ...situs,
      nama: `[${subsetLabel(subset)}] ${situs.nama}`,
      deskripsi: [notice, situs.deskripsi].filter(Boolean).join(' '),
      ...(situs.deskripsi_en === undefined ? {} : { deskripsi_en: [notice, situs.deskripsi_en].join(' ') }),
    },
    instansi: dataset.instansi.filter((i) => keep(i.kode)),
    editions: dataset.editions.filter((e) => years === undefined || years.has(e.tahun)).map(editionOf),
    // A correction without kode concerns its whole edition: kept with it.
    koreksi: dataset.koreksi.filter((k) => (k.kode === undefined || keep(k.kode)) && (years === undefined || years.has(k.tahun))),
  };
}

/** Which part of the folder a preview shows, in both languages: `Pratinjau · Preview 2023, 2024; 16.74`. */
export function subsetLabel(subset: Subset): string {
  const parts = [...(subset.tahun === undefined ? [] : [subset.tahun.join(', ')]), ...(subset.pemda === undefined ? [] : [subset.pemda])];
  return `Pratinjau · Preview ${parts.join('; ')}`;
}
