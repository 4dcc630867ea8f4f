/**
 * The compare page's suggestions: which instansi a typed query may mean, and which pemda's OPD to
 * fetch for it. The picker starts from the search page's name list (every instansi but the OPD, a
 * few KB); the ≈ 40 OPD of a pemda come in a small list of their own, fetched once the query names
 * that pemda ("Dinkes Lahat", "kominfo sumsel", "16.04.din") — the ≈ 22 000 OPD of a national site
 * would be megabytes on a phone.
 *
 * Order: first what the search page ranks first (src/domain/name-match.ts: the name, a former or
 * short name or the kode is the query or begins with it; parents before children), then every
 * instansi whose names together hold each typed word — an OPD's names including its pemda's, so that
 * "Dinas Kesehatan Lahat" finds the Dinas Kesehatan of Kabupaten Lahat.
 */
import { byName, JENIS_WORDS, normalizedName, type Named } from './name-match.ts';

/** An instansi to pick; an OPD carries its pemda's names (`induk`), whose words it holds too. */
export interface Pickable extends Named {
  induk?: readonly string[];
}

export interface Suggestion<T extends Pickable> {
  candidate: T;
  /** A former or short name holding a typed word that the name does not: shown so the reader sees why. */
  via?: string;
}

export const MAX_SUGGESTIONS = 10;
/** One letter starts too many names to mean any of them. */
export const MIN_QUERY = 2;
/** A site with OPD under this many pemda at most has their lists loaded with the names: no pemda need be typed. */
export const PRELOAD_OPD_OF = 4;
/** A query naming more pemda than this ("kota") names none in particular: their OPD are not fetched. */
const MAX_PARENTS = 4;

const wordsOf = (query: string): string[] => normalizedName(query).split(' ').filter((word) => word !== '');

/** The names of an instansi as compared, with each pemda's name also without "Kabupaten"/"Kota"/"Provinsi". */
function comparedNames(named: Named): string[] {
  const names = [named.nama, ...named.lain].map(normalizedName);
  return [...new Set([...names, ...names.map((name) => name.replace(JENIS_WORDS, ''))])];
}

/**
 * The parents among `parents` whose OPD the query asks for: those whose name, without its jenis word
 * or not, or a former or short name stands in the query as whole words ("dinkes lahat" names
 * Kabupaten Lahat; "dinkes aceh barat" Kabupaten Aceh Barat, not Aceh, whose name is part of it), or
 * whose kode starts it followed by a dot and an OPD's letters ("16.04.dinkes"); the longest names
 * first, at most a few.
 */
export function parentsNamed<T extends Named>(parents: readonly T[], query: string): T[] {
  const padded = ` ${wordsOf(query).join(' ')} `;
  const raw = query.trim().toLowerCase();
  const named: { parent: T; name: string }[] = [];
  for (const parent of parents) {
    // "16.04.din" names 16.04, not 16: a pemda's kode goes on with digits, an OPD's with letters.
    const kode = `${parent.kode.toLowerCase()}.`;
    if (raw.startsWith(kode) && /^[^\d]/.test(raw.slice(kode.length))) named.push({ parent, name: padded });
    else {
      const [name] = comparedNames(parent)
        .filter((one) => padded.includes(` ${one} `))
        .sort((a, b) => b.length - a.length);
      if (name !== undefined) named.push({ parent, name });
    }
  }
  // A name inside a longer one named is not meant on its own: "dinkes aceh barat" names Aceh Barat, not Aceh.
  return named
    .filter(({ name }) => !named.some((other) => other.name !== name && ` ${other.name} `.includes(` ${name} `)))
    .sort((a, b) => b.name.length - a.name.length)
    .slice(0, MAX_PARENTS)
    .map(({ parent }) => parent);
}

/** The suggestions for `query` among `candidates` (the name list and the OPD fetched so far), in the order above. */
export function suggestions<T extends Pickable>(candidates: readonly T[], query: string): Suggestion<T>[] {
  const words = wordsOf(query);
  if (query.trim().length < MIN_QUERY || words.length === 0) return [];
  const holdsAll = (text: string) => words.every((word) => text.includes(word));
  const first = byName(candidates, query, (candidate) => candidate);
  const rest = candidates.filter((candidate) => !first.includes(candidate) && holdsAll([candidate.nama, ...candidate.lain, ...(candidate.induk ?? [])].map(normalizedName).join(' | ')));
  // Those whose own name holds every word before those found through another name or their pemda's.
  const own = (candidate: T) => holdsAll(normalizedName(candidate.nama));
  const ordered = [...first, ...rest.filter(own), ...rest.filter((candidate) => !own(candidate))].slice(0, MAX_SUGGESTIONS);
  return ordered.map((candidate) => {
    const nama = normalizedName(candidate.nama);
    const missing = words.filter((word) => !nama.includes(word));
    const via = missing.length === 0 ? undefined : candidate.lain.find((name) => missing.some((word) => normalizedName(name).includes(word)));
    return via === undefined ? { candidate } : { candidate, via };
  });
}
