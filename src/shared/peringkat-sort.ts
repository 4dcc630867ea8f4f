/**
 * The rankings tables' sort keys: written by the build in the headers' `data-urut`
 * (PeringkatTable.astro), read by the browser's sorting (src/client/peringkat-table.ts).
 */
export type Direction = 'naik' | 'turun';

/** The sortable columns and the direction a first click sorts in: best first. */
export const SORT_KEYS = { peringkat: 'naik', nama: 'naik', nilai: 'turun', perubahan: 'turun', selisih: 'turun' } as const satisfies Record<string, Direction>;
export type SortKey = keyof typeof SORT_KEYS;
