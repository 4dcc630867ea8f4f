/**
 * What an instansi's page shows: its place among the instansi (induk, lineage, children with their
 * latest grade), its history per dataset, the corrections of its rows. Given the part of the dataset
 * the page shows (its published editions).
 */
import { indexOf } from '../dataset-index.ts';
import type { Dataset, Koreksi } from '../dataset.ts';
import { riwayatOf, latestAssessment, lineageOf, type Assessment, type Riwayat, type Lineage } from '../riwayat.ts';
import type { Instansi } from '../instansi.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';

export interface InstansiPage {
  riwayat: Riwayat;
  lineage: Lineage;
  induk?: Instansi;
  koreksi: Koreksi[];
  /** The datasets that assessed it at least once, in DATASET_KINDS order. */
  kinds: DatasetKind[];
  /** Per dataset, each year's nilai where it has one, for the sentence summing up its history. */
  nilai: Record<DatasetKind, { tahun: number; nilai?: number }[]>;
  /** The datasets with a nilai to draw: a history of grades without scores is a table only. */
  charted: ReadonlySet<DatasetKind>;
  /** The years it was active as the page writes them (`2019–…`); none for an instansi active throughout. */
  span?: string;
  /** Its children, each with its latest assessment in any dataset. */
  anak: { instansi: Instansi; latest?: Assessment }[];
}

export function instansiPageOf(dataset: Dataset, instansi: Instansi): InstansiPage {
  const riwayat = riwayatOf(dataset, instansi.kode);
  const lineage = lineageOf(dataset, instansi.kode);
  const index = indexOf(dataset);
  const induk = instansi.induk ? index.instansi.get(instansi.induk) : undefined;
  const nilai = Object.fromEntries(
    DATASET_KINDS.map((kind) => [kind, riwayat[kind].map((e) => ({ tahun: e.tahun, ...(e.status === 'dinilai' && e.row.nilai !== undefined ? { nilai: e.row.nilai } : {}) }))]),
  ) as InstansiPage['nilai'];
  const active = instansi.aktif_sejak !== undefined || instansi.aktif_hingga !== undefined;
  return {
    riwayat,
    lineage,
    ...(induk === undefined ? {} : { induk }),
    koreksi: [...(index.koreksi.get(instansi.kode) ?? [])],
    kinds: DATASET_KINDS.filter((kind) => riwayat[kind].some((e) => e.status === 'dinilai')),
    nilai,
    charted: new Set(DATASET_KINDS.filter((kind) => nilai[kind].some((point) => point.nilai !== undefined))),
    ...(active ? { span: `${instansi.aktif_sejak ?? '…'}–${instansi.aktif_hingga ?? '…'}` } : {}),
    anak: lineage.anak.map((child) => {
      const latest = latestAssessment(dataset, child.kode);
      return { instansi: child, ...(latest === undefined ? {} : { latest }) };
    }),
  };
}
