/**
 * The rankings of a year: per dataset, per peer group (provinsi, kabupaten, kota and K/L ranked
 * separately; OPD within their pemda), competition-ranked by nilai (1, 2, 2, 4). Rows without a
 * nilai are listed after the ranked ones, unranked. Changes only against a comparable, published year:
 * the change of nilai, and the change of rank among the instansi ranked in both years, so that an
 * entrant or a leaver moves no one else's rank (docs/data.md, "Rankings").
 */
import { indexOf, perDataset } from '../dataset-index.ts';
import { compareNama } from '../collation.ts';
import type { Dataset, Edition, RowsByKind } from '../dataset.ts';
import { JENIS, type Instansi, type Jenis } from '../instansi.ts';
import { provinsiKodeOf, type Kode } from '../kode.ts';
import { rankByScore } from '../competition-rank.ts';
import { comparable, DATASET_KINDS, PREDIKAT, ZONA, type DatasetKind, type Predikat, type Zona } from '../rules.ts';
import { text, type Text } from '../text.ts';
import { shownDataset } from '../visibility.ts';
import { changeOf, notComparableReason, type Change } from './change.ts';

export interface Kelompok {
  /** Stable, URL-safe id: `kota`, `kl`, `opd-99.71`. */
  id: string;
  label: Text;
  /** The pemda of an OPD group. */
  induk?: Kode;
}

/** A rank change, or `new` for a row ranked now but not in the previous edition (a new entrant). */
export type RankChange = Change | { kind: 'new'; from: number };

export interface PeringkatRow<K extends DatasetKind> {
  instansi: Instansi;
  /** The provinsi the instansi lies in (itself for a provinsi); none for K/L or where unknown. */
  provinsi?: Instansi;
  row: RowsByKind[K];
  peringkat?: number;
  /**
   * Rank change against the previous edition holding this dataset, both ranks taken among the rows of
   * the peer group ranked in both editions: previous − current, so up is positive.
   */
  change: RankChange;
  /** Change of nilai against the same edition: current − previous. */
  scoreChange: Change;
}

export interface PeringkatGroup<K extends DatasetKind> {
  group: Kelompok;
  rows: PeringkatRow<K>[];
}

export interface DatasetPeringkat<K extends DatasetKind> {
  /** The previous edition holding this dataset, and why its ranks cannot be compared if they cannot. */
  previous?: { tahun: number; notComparable?: Text };
  groups: PeringkatGroup<K>[];
}

export type Peringkat = { [K in DatasetKind]?: DatasetPeringkat<K> };

const KELOMPOK_JENIS: { id: string; jenis: readonly Jenis[]; label: Text }[] = [
  { id: 'provinsi', jenis: ['provinsi'], label: text('Provinsi', 'Provinces') },
  { id: 'kabupaten', jenis: ['kabupaten'], label: text('Kabupaten', 'Regencies') },
  { id: 'kota', jenis: ['kota'], label: text('Kota', 'Cities') },
  { id: 'kl', jenis: ['kementerian', 'lembaga'], label: text('Kementerian/lembaga', 'Ministries and agencies') },
];

function kelompokOf(instansi: Instansi, byKode: ReadonlyMap<Kode, Instansi>): Kelompok {
  if (instansi.jenis === 'opd') {
    const induk = instansi.induk!;
    const nama = byKode.get(induk)?.nama ?? induk;
    return { id: `opd-${induk}`, label: text(`OPD ${nama}`, `OPD of ${nama}`), induk };
  }
  const peer = KELOMPOK_JENIS.find((p) => p.jenis.includes(instansi.jenis))!;
  return { id: peer.id, label: peer.label };
}

/**
 * The provinsi an instansi lies in. A kabupaten/kota without `induk` is placed by its Kemendagri
 * code, whose first two digits are its provinsi's (the validator holds a given induk to the same).
 */
export function provinsiOf(instansi: Instansi, byKode: ReadonlyMap<Kode, Instansi>): Instansi | undefined {
  switch (instansi.jenis) {
    case 'provinsi':
      return instansi;
    case 'kabupaten':
    case 'kota': {
      const induk = byKode.get(instansi.induk ?? (provinsiKodeOf(instansi.kode) as Kode));
      return induk?.jenis === 'provinsi' ? induk : undefined;
    }
    case 'opd': {
      const pemda = byKode.get(instansi.induk!);
      return pemda === undefined ? undefined : provinsiOf(pemda, byKode);
    }
    default:
      return undefined;
  }
}

type AnyRow = RowsByKind[DatasetKind];
interface Grouped {
  group: Kelompok;
  rows: AnyRow[];
}

/** An edition's rows of one dataset by peer group. */
function groupsOf(rows: readonly AnyRow[], byKode: ReadonlyMap<Kode, Instansi>): Map<string, Grouped> {
  const groups = new Map<string, Grouped>();
  for (const row of rows) {
    const group = kelompokOf(byKode.get(row.kode)!, byKode);
    const entry = groups.get(group.id) ?? { group, rows: [] };
    entry.rows.push(row);
    groups.set(group.id, entry);
  }
  return groups;
}

/** Competition ranks by a score, equal scores in name order. */
function ranksBy(rows: readonly AnyRow[], score: (row: AnyRow) => number | undefined, byKode: ReadonlyMap<Kode, Instansi>): Map<Kode, number> {
  const nama = (row: AnyRow) => byKode.get(row.kode)!.nama;
  return new Map(rankByScore(rows, score, (a, b) => compareNama(nama(a), nama(b))).map(({ item, peringkat }) => [item.kode, peringkat]));
}

/**
 * A row's rank change. A row ranked now but not in the previous edition is new (it was absent or had
 * no nilai); that holds across a rule change too, since no rank is being compared. The others compare
 * their ranks among the rows ranked in both editions (`both`).
 */
function rankChange(kind: DatasetKind, previous: Edition | undefined, earlier: ReadonlyMap<Kode, number>, both: { before: ReadonlyMap<Kode, number>; now: ReadonlyMap<Kode, number> }, kode: Kode, tahun: number, peringkat: number | undefined): RankChange {
  if (previous === undefined || peringkat === undefined) return { kind: 'none' };
  if (!earlier.has(kode)) return { kind: 'new', from: previous.tahun };
  // Negated ranks, so that the change is previous − current and climbing shows as positive.
  return changeOf(kind, previous.tahun, -both.before.get(kode)!, tahun, -both.now.get(kode)!);
}

const GROUP_ORDER = ['provinsi', 'kabupaten', 'kota', 'kl'];
const compareGroups = (a: Kelompok, b: Kelompok): number => {
  const ia = GROUP_ORDER.indexOf(a.id);
  const ib = GROUP_ORDER.indexOf(b.id);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || compareNama(a.label.id, b.label.id);
};

/** The published edition before `tahun` holding the dataset: a change is never measured "since" a draft. */
export function previousEditionWith(dataset: Dataset, kind: DatasetKind, tahun: number): Edition | undefined {
  return shownDataset(dataset, undefined).editions.filter((e) => e.tahun < tahun && e.datasets[kind] !== undefined).at(-1);
}

function datasetPeringkat<K extends DatasetKind>(dataset: Dataset, kind: K, tahun: number, rows: readonly RowsByKind[K][], byKode: ReadonlyMap<Kode, Instansi>): DatasetPeringkat<K> {
  const previous = previousEditionWith(dataset, kind, tahun);
  // The previous edition's nilai of each kode ranked then (a kode stays in its peer group: its jenis does not change).
  const earlier = new Map((previous?.datasets[kind] ?? []).flatMap((row): [Kode, number][] => (row.nilai === undefined ? [] : [[row.kode, row.nilai]])));
  const groups = [...groupsOf(rows, byKode).values()].map(({ group, rows: groupRows }) => {
    const ranked = ranksBy(groupRows, (row) => row.nilai, byKode);
    const inBoth = groupRows.filter((row) => row.nilai !== undefined && earlier.has(row.kode));
    const both = { before: ranksBy(inBoth, (row) => earlier.get(row.kode), byKode), now: ranksBy(inBoth, (row) => row.nilai, byKode) };
    const groupPeringkat = (groupRows as RowsByKind[K][]).map((row): PeringkatRow<K> => {
      const instansi = byKode.get(row.kode)!;
      const provinsi = provinsiOf(instansi, byKode);
      const peringkat = ranked.get(row.kode);
      const change = rankChange(kind, previous, earlier, both, row.kode, tahun, peringkat);
      const scoreChange = previous === undefined ? ({ kind: 'none' } as const) : changeOf(kind, previous.tahun, earlier.get(row.kode), tahun, row.nilai);
      return { instansi, ...(provinsi ? { provinsi } : {}), row, ...(peringkat === undefined ? {} : { peringkat }), change, scoreChange };
    });
    groupPeringkat.sort((a, b) => (a.peringkat ?? Infinity) - (b.peringkat ?? Infinity) || compareNama(a.instansi.nama, b.instansi.nama));
    return { group, rows: groupPeringkat };
  });
  groups.sort((a, b) => compareGroups(a.group, b.group));
  if (previous === undefined) return { groups };
  const notComparable = comparable(kind, previous.tahun, tahun) ? undefined : notComparableReason(kind, previous.tahun, tahun);
  return { previous: { tahun: previous.tahun, ...(notComparable ? { notComparable } : {}) }, groups };
}

/** Remembered per Dataset and year: several pages of a build show the same rankings. */
export const peringkatOf = perDataset((dataset: Dataset, tahun: number): Peringkat => {
  const edition = dataset.editions.find((e) => e.tahun === tahun);
  const byKode = indexOf(dataset).instansi;
  const result: Peringkat = {};
  if (edition === undefined) return result;
  for (const kind of DATASET_KINDS) {
    const rows = edition.datasets[kind];
    if (rows !== undefined) (result as Record<DatasetKind, unknown>)[kind] = datasetPeringkat(dataset, kind, tahun, rows, byKode);
  }
  return result;
});

/** What the rankings page can filter rows by; the names are also the URL query parameters. */
export const FILTERS = ['provinsi', 'jenis', 'predikat', 'zona'] as const;
export type Filter = (typeof FILTERS)[number];

/** A row's value for each filter (a provinsi's kode); undefined where the row has none (zona of a SAKIP row). */
export function filterValuesOf(entry: PeringkatRow<DatasetKind>): Record<Filter, string | undefined> {
  const { row } = entry;
  return {
    provinsi: entry.provinsi?.kode,
    jenis: entry.instansi.jenis,
    predikat: 'predikat' in row ? row.predikat : undefined,
    zona: 'zona' in row ? row.zona : undefined,
  };
}

export interface FilterChoices {
  provinsi: Instansi[];
  jenis: Jenis[];
  predikat: Predikat[];
  zona: Zona[];
}

/** No filter: for a page whose tables show only part of their rows, which a filter would misjudge. */
export const NO_FILTER_CHOICES: FilterChoices = { provinsi: [], jenis: [], predikat: [], zona: [] };

/**
 * The choices of each filter over every row of the year, in their usual order. A filter that would
 * hide nothing (every row has the same value) gets no choices, so the page leaves it out.
 */
export function filterChoicesOf(peringkat: Peringkat): FilterChoices {
  const rows = DATASET_KINDS.flatMap((kind) => peringkat[kind]?.groups.flatMap((g) => g.rows as PeringkatRow<DatasetKind>[]) ?? []);
  const values = rows.map(filterValuesOf);
  const useful = (filter: Filter): Set<string> => {
    const seen = new Set(values.map((v) => v[filter]));
    return seen.size > 1 ? new Set([...seen].filter((v) => v !== undefined)) : new Set();
  };
  const inOrder = <V extends string>(order: readonly V[], filter: Filter): V[] => {
    const present = useful(filter);
    return order.filter((v) => present.has(v));
  };
  const provinsiByKode = new Map(rows.flatMap((r) => (r.provinsi ? [[r.provinsi.kode as string, r.provinsi] as const] : [])));
  return {
    provinsi: [...useful('provinsi')].map((kode) => provinsiByKode.get(kode)!).sort((a, b) => compareNama(a.nama, b.nama)),
    jenis: inOrder(JENIS, 'jenis'),
    predikat: inOrder(PREDIKAT, 'predikat'),
    zona: inOrder(ZONA, 'zona'),
  };
}
