/**
 * What the search page (cari.astro) hands its script (src/client/cari.ts): its strings (ui-cari.ts),
 * in its language; `{n}`, `{q}` and `{shown}` are filled in.
 */
import type { Jenis } from '../domain/instansi.ts';

export interface CariStrings {
  searching: string;
  found: string;
  foundOne: string;
  foundMany: string;
  none: string;
  failed: string;
  jenis: string;
  kode: string;
  induk: string;
  lama: string;
  singkatan: string;
  nilai: string;
  report: string;
  /** The label of each jenis, for the name list's results. */
  jenisLabel: Record<Jenis, string>;
}
