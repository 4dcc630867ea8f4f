/**
 * An edition at national scale. Its page lists every SAKIP and kepatuhan row while the edition holds
 * few instansi; past EDITION_SUMMARY_INSTANSI it becomes a summary (headline figures, distributions,
 * the largest rises and falls by score, coverage) with a table of contents to a page per provinsi
 * (`/laporan/<tahun>/<kode provinsi>/`: the provinsi, its kabupaten and kota, their OPD pages) and one
 * for the K/L (`/laporan/<tahun>/kl/`, or `kl-1/`, `kl-2/`, … past KL_PER_PAGE). The print version
 * keeps every table (the PDF's appendix).
 */
import { compareNama } from '../collation.ts';
import { indexOf, perDataset } from '../dataset-index.ts';
import type { Dataset, Edition, RowsByKind } from '../dataset.ts';
import type { Instansi } from '../instansi.ts';
import { provinsiKodeOf, type Kode } from '../kode.ts';
import { comparable } from '../rules.ts';
import type { Text } from '../text.ts';
import { changeOf, notComparableReason } from './change.ts';
import { isOpdSplit, pemdaOpdOf, type PemdaOpd } from './opd-pages.ts';
import { previousEditionWith, provinsiOf } from './peringkat.ts';
import { gradeMoves, type GradeMove } from './ringkasan.ts';

/**
 * The most instansi (with SAKIP or kepatuhan rows) an edition page lists in full. A provinsi's own
 * publication — the provinsi with its kabupaten and kota, 39 at most (Jawa Timur) — keeps one page; a
 * national folder's 600 instansi made it 27 000 elements and a quarter of a kilometre long at 360 px
 * (issue 20), where a page should stay within 1 500 elements.
 */
export const EDITION_SUMMARY_INSTANSI = 40;

/** The datasets graded across instansi: OPD are evaluated by their own pemda, each its own way, and are read per pemda. */
export const SUMMARY_KINDS = ['sakip', 'kepatuhan'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];
export const isSummaryKind = (kind: string): kind is SummaryKind => (SUMMARY_KINDS as readonly string[]).includes(kind);

/** How many instansi an edition grades in SAKIP or kepatuhan. */
function gradedInstansi(edition: Edition): number {
  return new Set(SUMMARY_KINDS.flatMap((kind) => (edition.datasets[kind] ?? []).map((row) => row.kode))).size;
}

/** Whether an edition's page is a summary with a page per provinsi and one for the K/L. */
export const isEditionSummary = (edition: Edition): boolean => gradedInstansi(edition) > EDITION_SUMMARY_INSTANSI;

/** The part of an edition one page shows: a provinsi (by its two-digit kode) or K/L. */
export interface Bagian {
  /** The page's URL segment: the provinsi's kode, or `kl` (`kl-1`, `kl-2`, … when the K/L take several pages). */
  id: string;
  /** The provinsi, when instansi.csv has it (a kabupaten/kota may be listed without its provinsi). */
  provinsi?: Instansi;
  /** Of K/L on several pages: the first and last by name on this one. */
  range?: { from: Instansi; to: Instansi };
  rows: { [K in SummaryKind]: RowsByKind[K][] };
  /** The pemda of this provinsi whose OPD have a page of their own (a split OPD chapter), in kode order. */
  pemdaOpd: PemdaOpd[];
  /** The SAKIP and kepatuhan grades that moved since the previous edition (OPD moves stay on the OPD pages). */
  moves: GradeMove[];
}

export const KL_BAGIAN = 'kl';

/**
 * The most K/L on one page. A K/L has a row in two full tables and often a grade that moved, so 30
 * keep a page within issue 20's 1 500 elements for a typical page, while the 80 K/L of a national
 * folder on one page passed the 3 000 of any page (a provinsi keeps one page, the largest within
 * 3 000 too: docs/performance.md, "Current figures").
 */
export const KL_PER_PAGE = 30;

const isKl = (instansi: Instansi): boolean => instansi.jenis === 'kementerian' || instansi.jenis === 'lembaga';

/**
 * The parts of an edition in summary mode: each provinsi with rows, in kode order, then the K/L (in
 * name order, KL_PER_PAGE a page). A kabupaten/kota belongs to its provinsi by its kode's first two
 * digits (the validator holds an induk to the same). Empty for an edition that is not a summary.
 * Remembered per Dataset and edition.
 */
export const bagianOf = perDataset((dataset: Dataset, edition: Edition): Bagian[] => {
  if (!isEditionSummary(edition)) return [];
  const instansi = indexOf(dataset).instansi;
  const kl = [...new Set(SUMMARY_KINDS.flatMap((kind) => (edition.datasets[kind] ?? []).map((row) => row.kode)))]
    .map((kode) => instansi.get(kode)!)
    .filter(isKl)
    .sort((a, b) => compareNama(a.nama, b.nama));
  const klPages = Math.ceil(kl.length / KL_PER_PAGE);
  const klPageOf = new Map(kl.map((one, i) => [one.kode, Math.floor(i / KL_PER_PAGE)]));
  const klIds = Array.from({ length: klPages }, (_, page) => (klPages === 1 ? KL_BAGIAN : `${KL_BAGIAN}-${page + 1}`));
  const byId = new Map<string, Bagian>();
  const bagianHolding = (one: Instansi): Bagian => {
    const page = klPageOf.get(one.kode);
    const id = page === undefined ? provinsiKodeOf(one.kode) : klIds[page]!;
    let bagian = byId.get(id);
    if (bagian === undefined) {
      const provinsi = page === undefined ? (provinsiOf(one, instansi) ?? instansi.get(id as Kode)) : undefined;
      const range = page !== undefined && klPages > 1 ? { from: kl[page * KL_PER_PAGE]!, to: kl[Math.min(kl.length, (page + 1) * KL_PER_PAGE) - 1]! } : undefined;
      byId.set(id, (bagian = { id, ...(provinsi ? { provinsi } : {}), ...(range ? { range } : {}), rows: { sakip: [], kepatuhan: [] }, pemdaOpd: [], moves: [] }));
    }
    return bagian;
  };
  for (const kind of SUMMARY_KINDS) {
    for (const row of edition.datasets[kind] ?? []) (bagianHolding(instansi.get(row.kode)!).rows[kind] as RowsByKind[SummaryKind][]).push(row);
  }
  if (isOpdSplit(dataset, edition)) for (const line of pemdaOpdOf(dataset, edition)) bagianHolding(line.pemda).pemdaOpd.push(line);
  for (const move of gradeMoves(dataset, edition.tahun)) if (move.kind !== 'opd') bagianHolding(move.instansi).moves.push(move);
  // Provinsi codes are two digits: they sort as strings. The K/L pages come last, in their order.
  const provinsi = [...byId.values()].filter((bagian) => !klIds.includes(bagian.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...provinsi, ...klIds.map((id) => byId.get(id)!)];
});

/**
 * The part whose page an instansi belongs on in a summary edition: a pemda's provinsi, an OPD's pemda's,
 * a K/L's page (a K/L without rows: the page whose range of names holds its name); undefined when no
 * page of the edition holds it (a provinsi without any row, K/L when none has a row).
 */
export function bagianIdOf(dataset: Dataset, edition: Edition): (one: Instansi) => string | undefined {
  const allBagian = bagianOf(dataset, edition);
  const ids = new Set(allBagian.map((bagian) => bagian.id));
  const kl = allBagian.filter((bagian) => bagian.id === KL_BAGIAN || bagian.range !== undefined);
  const instansi = indexOf(dataset).instansi;
  const idOf = (one: Instansi): string | undefined => {
    if (one.jenis === 'opd') return one.induk === undefined ? undefined : idOf(instansi.get(one.induk)!);
    if (isKl(one)) return (kl.find((bagian) => bagian.range === undefined || compareNama(one.nama, bagian.range.to.nama) <= 0) ?? kl.at(-1))?.id;
    const id = provinsiKodeOf(one.kode);
    return ids.has(id) ? id : undefined;
  };
  return idOf;
}

/** How many SAKIP and kepatuhan grades of a summary edition moved: the summary counts them, each part's page lists its own. */
export const bagianMovesCount = (dataset: Dataset, edition: Edition): number => bagianOf(dataset, edition).reduce((count, bagian) => count + bagian.moves.length, 0);

/** The pages of every summary edition's parts. */
export function bagianPages(dataset: Dataset): { edition: Edition; bagian: Bagian }[] {
  return dataset.editions.flatMap((edition) => bagianOf(dataset, edition).map((bagian) => ({ edition, bagian })));
}

/** The edition as a part's page shows it: only its rows (its charts, tables and citation count those). */
export function bagianEdition(edition: Edition, bagian: Bagian): Edition {
  return { ...edition, datasets: { ...(edition.datasets.sakip ? { sakip: bagian.rows.sakip } : {}), ...(edition.datasets.kepatuhan ? { kepatuhan: bagian.rows.kepatuhan } : {}) } };
}

/** An instansi whose score rose or fell between two comparable editions. */
export interface ScoreMove {
  instansi: Instansi;
  provinsi?: Instansi;
  from: number;
  to: number;
  delta: number;
}

export interface ScoreMovers {
  /** The published edition the change is measured from, and why it cannot be if it cannot. */
  previous?: { tahun: number; notComparable?: Text };
  /** The largest rises, largest first; then by name. */
  rises: ScoreMove[];
  /** The largest falls, largest first; then by name. */
  falls: ScoreMove[];
}

/** How many rises and falls a summary names: enough to answer "who improved most?", few enough for a phone. */
export const MOVERS_SHOWN = 10;

/**
 * The largest rises and falls of nilai in a dataset since the previous published edition holding it
 * (never since a draft), only between years graded by the same rule; instansi without a nilai in
 * either year are left out. Remembered per Dataset and year and dataset.
 */
const allMovers = perDataset((dataset: Dataset, key: `${number}:${SummaryKind}`): ScoreMovers => {
  const [year, kind] = key.split(':') as [string, SummaryKind];
  const tahun = Number(year);
  const edition = dataset.editions.find((e) => e.tahun === tahun);
  const previous = previousEditionWith(dataset, kind, tahun);
  if (edition === undefined || previous === undefined) return { rises: [], falls: [] };
  if (!comparable(kind, previous.tahun, tahun)) return { previous: { tahun: previous.tahun, notComparable: notComparableReason(kind, previous.tahun, tahun) }, rises: [], falls: [] };
  const instansi = indexOf(dataset).instansi;
  const before = new Map((previous.datasets[kind] ?? []).map((row) => [row.kode, row.nilai]));
  const moves: ScoreMove[] = [];
  for (const row of edition.datasets[kind] ?? []) {
    const moved = changeOf(kind, previous.tahun, before.get(row.kode), tahun, row.nilai);
    if (moved.kind !== 'delta' || moved.delta === 0) continue;
    const one = instansi.get(row.kode)!;
    const provinsi = provinsiOf(one, instansi);
    moves.push({ instansi: one, ...(provinsi ? { provinsi } : {}), from: before.get(row.kode)!, to: row.nilai!, delta: moved.delta });
  }
  const byDelta = (a: ScoreMove, b: ScoreMove) => Math.abs(b.delta) - Math.abs(a.delta) || compareNama(a.instansi.nama, b.instansi.nama);
  return { previous: { tahun: previous.tahun }, rises: moves.filter((m) => m.delta > 0).sort(byDelta), falls: moves.filter((m) => m.delta < 0).sort(byDelta) };
});

/** The `limit` largest rises and falls of a dataset's nilai in an edition (see allMovers). */
export function scoreMovers(dataset: Dataset, tahun: number, kind: SummaryKind, limit = MOVERS_SHOWN): ScoreMovers {
  const all = allMovers(dataset, `${tahun}:${kind}`);
  return { ...all, rises: all.rises.slice(0, limit), falls: all.falls.slice(0, limit) };
}
