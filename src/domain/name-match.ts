/**
 * Which instansi a search names, and in what order: the search page's own ranking before Pagefind's.
 * Pagefind ranks by word frequency and cannot tell that "Lahat" names Kabupaten Lahat rather than
 * one of its forty OPD whose names and parent both hold the word (its ranking sees word positions
 * only, not whether a title is the query: CloudCannon/pagefind#437); at national scale the pemda came
 * last, or not among the results shown. So an instansi whose name, former name, short name or kode
 * the query is, or begins, comes first:
 *
 * 1. exactly one of them ("Kabupaten Lahat", "PALI", "16.04"; a provinsi also as "Provinsi Aceh");
 * 2. exactly its name without the word of its jenis ("Lahat", "Palembang");
 * 3. the start of one of them ("Aceh" for Kabupaten Aceh Selatan, "Sumatera" for Sumatera Selatan);
 *
 * and within each, a provinsi or kementerian before a kabupaten, kota or lembaga, those before an
 * OPD, then in the given order. Case, punctuation and the common abbreviations of the jenis words
 * ("Kab.", "Prov.", "Kep.") do not count.
 */
import type { Jenis } from './instansi.ts';

export interface Named {
  kode: string;
  nama: string;
  /** Undefined for what is not an instansi (a report). */
  jenis?: Jenis;
  /** Former names and short names. */
  lain: readonly string[];
}

/** 0: exactly a name or the kode; 1: the name without its jenis word; 2: the start of one. */
export type NameMatch = 0 | 1 | 2;

const EXPANDED: Record<string, string> = { kab: 'kabupaten', prov: 'provinsi', kep: 'kepulauan', adm: 'administrasi' };

/** A name as compared: lower case, words only, the jenis abbreviations written out. */
export function normalizedName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => EXPANDED[word] ?? word)
    .join(' ');
}

/** The word of a pemda's jenis before its name. */
export const JENIS_WORDS = /^(?:provinsi|kabupaten administrasi|kota administrasi|kabupaten|kota) (?=.)/;

/** Parents before their children: a provinsi before its kabupaten and kota, those before their OPD. */
const LEVEL: Record<Jenis, number> = { provinsi: 0, kementerian: 0, kabupaten: 1, kota: 1, lembaga: 1, opd: 2 };
const levelOf = (jenis: Jenis | undefined): number => (jenis === undefined ? 3 : LEVEL[jenis]);

/** How `named` matches a query already normalized (normalizedName) and its raw form, if at all. */
function matchNormalized(named: Named, query: string, raw: string): NameMatch | undefined {
  if (query === '') return undefined;
  const kode = named.kode.toLowerCase();
  const names = [named.nama, ...named.lain].map(normalizedName);
  if (named.jenis === 'provinsi') names.push(`provinsi ${names[0]}`);
  if (kode === raw || names.includes(query)) return 0;
  const cores = names.map((name) => name.replace(JENIS_WORDS, ''));
  if (cores.includes(query)) return 1;
  // One letter starts too many names to mean any of them.
  if (query.length < 2) return undefined;
  if (kode.startsWith(raw) || names.some((name) => name.startsWith(query)) || cores.some((core) => core.startsWith(query))) return 2;
  return undefined;
}

/** How `named` matches `query`, if at all. */
export const nameMatch = (named: Named, query: string): NameMatch | undefined => matchNormalized(named, normalizedName(query), query.trim().toLowerCase());

/**
 * The items whose name `query` is or begins, in the order above; the others are left out. `named`
 * reads an item's names.
 */
export function byName<T>(items: readonly T[], query: string, named: (item: T) => Named): T[] {
  const normalized = normalizedName(query);
  const raw = query.trim().toLowerCase();
  const matched: { item: T; match: NameMatch; level: number; at: number }[] = [];
  items.forEach((item, at) => {
    const names = named(item);
    const match = matchNormalized(names, normalized, raw);
    if (match !== undefined) matched.push({ item, match, level: levelOf(names.jenis), at });
  });
  return matched.sort((a, b) => a.match - b.match || a.level - b.level || a.at - b.at).map(({ item }) => item);
}
