/**
 * The known kode an unknown one was most likely meant to be (`99.71.bpakd` → `99.71.bpkad`): a kode
 * with the same parts but one, that one within a typo of it. One differing part only, so that the
 * search is a lookup (a national registry holds ≈ 30 000 kodes) and a kode two mistakes away is not
 * guessed at.
 */
import type { Kode } from './kode.ts';
import { text, type Text } from './text.ts';

/** At most this many equally near kodes are named; more would be no suggestion. */
const MAX_SUGGESTIONS = 3;

/**
 * Edits between two strings, a swap of neighbours counting as one (`bpakd`/`bpkad`: 1): the
 * optimal-string-alignment distance.
 */
export function typoDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How far a part may be from the typed one: one edit, two in a part of eight characters or more. */
const allowance = (part: string): number => (part.length >= 8 ? 2 : 1);

/** Kodes grouped by all their parts but one (`99.71.*`, `99.*.bpkad`, `*.71.bpkad`), per registry. */
const INDEXES = new WeakMap<object, Map<string, Kode[]>>();

const wildcard = (parts: readonly string[], i: number): string => parts.map((part, j) => (j === i ? '*' : part)).join('.');

function indexOf(known: ReadonlyMap<Kode, unknown>): Map<string, Kode[]> {
  let index = INDEXES.get(known);
  if (index === undefined) {
    index = new Map();
    for (const kode of known.keys()) {
      const parts = kode.toLowerCase().split('.');
      parts.forEach((_, i) => {
        const key = wildcard(parts, i);
        const list = index!.get(key);
        if (list === undefined) index!.set(key, [kode]);
        else list.push(kode);
      });
    }
    INDEXES.set(known, index);
  }
  return index;
}

/**
 * The known kodes nearest to `kode`, in kode order, when one to three are within a typo of it; none
 * when none is, or when more are equally near (then a guess would mislead). Case does not count.
 */
export function nearestKodes(kode: string, known: ReadonlyMap<Kode, unknown>): Kode[] {
  const parts = kode.toLowerCase().split('.');
  const index = indexOf(known);
  let best = Infinity;
  let nearest: Kode[] = [];
  parts.forEach((part, i) => {
    for (const candidate of index.get(wildcard(parts, i)) ?? []) {
      const other = candidate.toLowerCase().split('.')[i]!;
      const distance = typoDistance(part, other);
      if (distance > Math.min(allowance(part), allowance(other))) continue;
      if (distance < best) {
        best = distance;
        nearest = [candidate];
      } else if (distance === best && !nearest.includes(candidate)) {
        nearest.push(candidate);
      }
    }
  });
  return nearest.length <= MAX_SUGGESTIONS ? nearest.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : [];
}

/** `fix` preceded by "Maksud Anda …?" naming the nearest known kodes, when there are. */
export function withNearest(fix: Text, kode: string, known: ReadonlyMap<Kode, unknown>): Text {
  const nearest = nearestKodes(kode, known);
  if (nearest.length === 0) return fix;
  return text(`Maksud Anda ${nearest.join(' atau ')}? ${fix.id}`, `Did you mean ${nearest.join(' or ')}? ${fix.en}`);
}

/**
 * How to mend a row's kode that instansi.csv lacks: the nearest known kode first, and adding an
 * instansi only as what it is — a new one, not a second kode for one already listed.
 */
export function unknownKodeFix(kode: string, known: ReadonlyMap<Kode, unknown>): Text {
  return nearestKodes(kode, known).length > 0
    ? withNearest(text('Perbaiki kodenya. Tambahkan ke instansi.csv hanya instansi baru yang belum terdaftar dengan kode lain', 'Correct the kode. Add to instansi.csv only a new instansi, one not listed under another kode'), kode, known)
    : text(
        'Periksa kodenya (Excel bisa membuang nol di belakang: 16.10 menjadi 16.1). Bila ini instansi baru yang belum terdaftar dengan kode lain, tambahkan ke instansi.csv',
        'Check the kode (Excel may drop trailing zeros: 16.10 becomes 16.1). If it is a new instansi, not listed under another kode, add it to instansi.csv',
      );
}
