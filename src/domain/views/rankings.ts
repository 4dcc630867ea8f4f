/**
 * The rankings of a year: per dataset, per peer group (provinsi, kabupaten, kota and K/L ranked
 * separately; OPD within their pemda), competition-ranked by nilai (1, 2, 2, 4). Rows without a
 * nilai are listed after the ranked ones, unranked. Rank changes only against a comparable year.
 */
import { compareNama } from '../collation.ts';
import type { Dataset, Edition, RowsByKind } from '../dataset.ts';
import type { Instansi, Jenis } from '../instansi.ts';
import type { Kode } from '../kode.ts';
import { rankByScore } from '../ranking.ts';
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { text, type Text } from '../text.ts';
import { changeOf, type Change } from './change.ts';

export interface PeerGroup {
  /** Stable, URL-safe id: `kota`, `kl`, `opd-99.71`. */
  id: string;
  label: Text;
  /** The pemda of an OPD group. */
  induk?: Kode;
}

export interface RankingRow<K extends DatasetKind> {
  instansi: Instansi;
  row: RowsByKind[K];
  peringkat?: number;
  /** Rank change against the previous edition holding this dataset: previous − current, so up is positive. */
  change: Change;
}

export interface RankingGroup<K extends DatasetKind> {
  group: PeerGroup;
  rows: RankingRow<K>[];
}

export type Rankings = { [K in DatasetKind]?: RankingGroup<K>[] };

const PEER_JENIS: { id: string; jenis: readonly Jenis[]; label: Text }[] = [
  { id: 'provinsi', jenis: ['provinsi'], label: text('Provinsi', 'Provinces') },
  { id: 'kabupaten', jenis: ['kabupaten'], label: text('Kabupaten', 'Regencies') },
  { id: 'kota', jenis: ['kota'], label: text('Kota', 'Cities') },
  { id: 'kl', jenis: ['kementerian', 'lembaga'], label: text('Kementerian/lembaga', 'Ministries and agencies') },
];

function peerGroupOf(instansi: Instansi, byKode: ReadonlyMap<Kode, Instansi>): PeerGroup {
  if (instansi.jenis === 'opd') {
    const induk = instansi.induk!;
    const nama = byKode.get(induk)?.nama ?? induk;
    return { id: `opd-${induk}`, label: text(`OPD ${nama}`, `OPD of ${nama}`), induk };
  }
  const peer = PEER_JENIS.find((p) => p.jenis.includes(instansi.jenis))!;
  return { id: peer.id, label: peer.label };
}

type AnyRow = RowsByKind[DatasetKind];
interface Ranked {
  group: PeerGroup;
  ranked: Map<Kode, number>;
  rows: AnyRow[];
}

/** Ranks of each kode within its peer group, for one edition and dataset. */
function ranksIn(rows: readonly AnyRow[], byKode: ReadonlyMap<Kode, Instansi>): Map<string, Ranked> {
  const groups = new Map<string, Ranked>();
  for (const row of rows) {
    const group = peerGroupOf(byKode.get(row.kode)!, byKode);
    const entry: Ranked = groups.get(group.id) ?? { group, ranked: new Map(), rows: [] };
    entry.rows.push(row);
    groups.set(group.id, entry);
  }
  const nama = (row: AnyRow) => byKode.get(row.kode)!.nama;
  for (const entry of groups.values()) {
    for (const { item, peringkat } of rankByScore(entry.rows, (row) => row.nilai, (a, b) => compareNama(nama(a), nama(b)))) {
      entry.ranked.set(item.kode, peringkat);
    }
  }
  return groups;
}

const GROUP_ORDER = ['provinsi', 'kabupaten', 'kota', 'kl'];
const compareGroups = (a: PeerGroup, b: PeerGroup): number => {
  const ia = GROUP_ORDER.indexOf(a.id);
  const ib = GROUP_ORDER.indexOf(b.id);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || compareNama(a.label.id, b.label.id);
};

export function previousEditionWith(dataset: Dataset, kind: DatasetKind, tahun: number): Edition | undefined {
  return dataset.editions.filter((e) => e.tahun < tahun && e.datasets[kind] !== undefined).at(-1);
}

export function rankingsOf(dataset: Dataset, tahun: number): Rankings {
  const edition = dataset.editions.find((e) => e.tahun === tahun);
  const byKode = new Map(dataset.instansi.map((i) => [i.kode, i]));
  const result: Rankings = {};
  if (edition === undefined) return result;
  for (const kind of DATASET_KINDS) {
    const rows = edition.datasets[kind];
    if (rows === undefined) continue;
    const previous = previousEditionWith(dataset, kind, tahun);
    const before = previous ? ranksIn(previous.datasets[kind]!, byKode) : undefined;
    const groups = [...ranksIn(rows, byKode).values()].map(({ group, ranked, rows: groupRows }) => {
      const ranking = groupRows.map((row) => {
        const peringkat = ranked.get(row.kode);
        const earlier = before?.get(group.id)?.ranked.get(row.kode);
        // Negated ranks, so that the change is previous − current and climbing shows as positive.
        const change = changeOf(kind, previous?.tahun, earlier === undefined ? undefined : -earlier, tahun, peringkat === undefined ? undefined : -peringkat);
        return { instansi: byKode.get(row.kode)!, row, ...(peringkat === undefined ? {} : { peringkat }), change };
      });
      ranking.sort((a, b) => (a.peringkat ?? Infinity) - (b.peringkat ?? Infinity) || compareNama(a.instansi.nama, b.instansi.nama));
      return { group, rows: ranking };
    });
    groups.sort((a, b) => compareGroups(a.group, b.group));
    (result as Record<DatasetKind, unknown>)[kind] = groups;
  }
  return result;
}
