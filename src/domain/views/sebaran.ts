/** How many rows carry each predikat, zona or kategori — in the order of the scale, zeros included. */
import { PREDIKAT, type KepatuhanRule, type Predikat, type Zona } from '../rules.ts';

export interface Count<V> {
  value: V;
  count: number;
}

export function predikatSebaran(rows: readonly { predikat: Predikat }[]): Count<Predikat>[] {
  return PREDIKAT.map((value) => ({ value, count: rows.filter((row) => row.predikat === value).length }));
}

/** Zones in the order of the year's rule (hijau first), each once. */
export function zonaSebaran(rows: readonly { zona: Zona }[], rule: KepatuhanRule): Count<Zona>[] {
  const zones = [...new Set(rule.bands.map((band) => band.value.zona))];
  return zones.map((value) => ({ value, count: rows.filter((row) => row.zona === value).length }));
}

/** Predikat at or below a grade ("11 SKPD nilainya C ke bawah"). */
export function countAtOrBelow(rows: readonly { predikat: Predikat }[], predikat: Predikat): number {
  const limit = PREDIKAT.indexOf(predikat);
  return rows.filter((row) => PREDIKAT.indexOf(row.predikat) >= limit).length;
}
