/**
 * The chapters of an edition's report, in print order: the foreword when edisi.json has one, the
 * narrative chapters (by file name), then
 * the generated ones every edition gets even without narrative — ringkasan, one per dataset present,
 * the appendices — and the colophon. The print page, the edition page and the PDF's table of
 * contents all read this one list, so they cannot disagree.
 */
import type { Dataset, Edition } from './dataset.ts';
import type { Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';
import { DATASET_KINDS, type DatasetKind } from './rules.ts';
import { text, type Text } from './text.ts';
import { isOpdSplit } from './views/opd-pages.ts';

export type Bab =
  | { kind: 'kata-pengantar'; id: string; title: Text }
  | { kind: 'narasi'; id: string; title: Text; file: string }
  | { kind: 'ringkasan'; id: string; title: Text }
  | { kind: 'dataset'; id: string; title: Text; dataset: DatasetKind }
  | { kind: 'lampiran-tabel' | 'lampiran-sumber' | 'lampiran-koreksi' | 'kolofon'; id: string; title: Text };

/** The title of each dataset's chapter. */
export const datasetBabTitle: Record<DatasetKind, Text> = {
  sakip: text('Evaluasi SAKIP', 'SAKIP evaluation'),
  kepatuhan: text('Kepatuhan Pelayanan Publik', 'Public-Service Compliance'),
  opd: text('Evaluasi Internal Perangkat Daerah', 'Internal Evaluation of Regional Agencies'),
};

/** An HTML id for a narrative file: `01-pengantar.mdx` → `bab-01-pengantar`. */
export const narasiId = (file: string): string => `bab-${file.replace(/\.mdx$/, '').replace(/[^A-Za-z0-9_-]+/g, '-')}`;

export function babOf(dataset: Dataset, tahun: number): Bab[] {
  const edition = dataset.editions.find((e) => e.tahun === tahun);
  if (edition === undefined) return [];
  const corrected = dataset.koreksi.some((k) => k.tahun === tahun);
  // OPD tables are printed in their chapter unless it is split: the appendix holds the others.
  const appendixTables = edition.datasets.sakip !== undefined || edition.datasets.kepatuhan !== undefined || (edition.datasets.opd !== undefined && isOpdSplit(dataset, edition));
  return [
    ...(edition.edisi.kata_pengantar ? [{ kind: 'kata-pengantar' as const, id: 'kata-pengantar', title: text('Kata Pengantar', 'Foreword') }] : []),
    ...edition.narasi.map((narasi) => ({ kind: 'narasi' as const, id: narasiId(narasi.file), title: text(narasi.title, narasi.title), file: narasi.file })),
    { kind: 'ringkasan', id: 'ringkasan', title: text('Ringkasan', 'Summary') },
    ...DATASET_KINDS.filter((kind) => edition.datasets[kind] !== undefined).map((kind) => ({ kind: 'dataset' as const, id: kind, title: datasetBabTitle[kind], dataset: kind })),
    ...(appendixTables ? [{ kind: 'lampiran-tabel' as const, id: 'lampiran-tabel', title: text('Lampiran: Tabel Lengkap', 'Appendix: Full Tables') }] : []),
    { kind: 'lampiran-sumber', id: 'lampiran-sumber', title: text('Lampiran: Sumber Data', 'Appendix: Data Sources') },
    ...(corrected ? [{ kind: 'lampiran-koreksi' as const, id: 'lampiran-koreksi', title: text('Lampiran: Koreksi', 'Appendix: Corrections') }] : []),
    { kind: 'kolofon', id: 'kolofon', title: text('Kolofon', 'Colophon') },
  ];
}

export interface Sumber {
  /** 1-based, in order of first citation: datasets in their order, rows in file order. */
  nomor: number;
  sumber: string;
  rows: { dataset: DatasetKind; kode: Kode }[];
}

/** Every distinct `sumber` of an edition with the rows citing it. */
export function sumberOf(edition: Pick<Edition, 'datasets'>): Sumber[] {
  const bySumber = new Map<string, Sumber>();
  for (const kind of DATASET_KINDS) {
    for (const row of edition.datasets[kind] ?? []) {
      const source = bySumber.get(row.sumber) ?? { nomor: bySumber.size + 1, sumber: row.sumber, rows: [] };
      source.rows.push({ dataset: kind, kode: row.kode });
      bySumber.set(row.sumber, source);
    }
  }
  return [...bySumber.values()];
}

/** Who cites a source, per dataset: instansi by name, OPD counted per pemda (a list of every OPD would fill pages). */
export type CitedBy = { dataset: DatasetKind; instansi: Instansi[]; opd: { pemda: Instansi; count: number }[] };

export function citedByOf(source: Pick<Sumber, 'rows'>, instansi: ReadonlyMap<Kode, Instansi>): CitedBy[] {
  const byDataset = new Map<DatasetKind, CitedBy>();
  for (const row of source.rows) {
    const citedBy = byDataset.get(row.dataset) ?? { dataset: row.dataset, instansi: [], opd: [] };
    byDataset.set(row.dataset, citedBy);
    const one = instansi.get(row.kode)!;
    const pemda = one.jenis === 'opd' && one.induk !== undefined ? instansi.get(one.induk) : undefined;
    if (pemda === undefined) {
      citedBy.instansi.push(one);
      continue;
    }
    const entry = citedBy.opd.find((e) => e.pemda === pemda);
    if (entry !== undefined) entry.count += 1;
    else citedBy.opd.push({ pemda, count: 1 });
  }
  return DATASET_KINDS.flatMap((kind) => byDataset.get(kind) ?? []);
}
