/** Corrections as pages show them: every row of a published edition carries the corrections of its values. */
import type { Edition, Koreksi, WithAsal } from './dataset.ts';
import type { KoreksiRow } from './schema/koreksi.ts';

export const numbered = (koreksi: readonly WithAsal<KoreksiRow>[]): Koreksi[] => koreksi.map((k, i) => ({ ...k, nomor: i + 1 }));

/** The editions with each correction attached to the row it corrects (a deleted row's stay in the list only). */
export function withKoreksi(editions: readonly Edition[], koreksi: readonly Koreksi[]): Edition[] {
  return editions.map((edition) => {
    const datasets = Object.fromEntries(
      Object.entries(edition.datasets).map(([kind, rows]) => [
        kind,
        rows.map((row) => {
          const mine = koreksi.filter((k) => k.tahun === edition.tahun && k.dataset === kind && k.kode === row.kode);
          return mine.length === 0 ? row : { ...row, koreksi: mine };
        }),
      ]),
    );
    return { ...edition, datasets };
  });
}

/** The corrections of one value of a row, oldest first as recorded. */
export const koreksiOf = (row: { koreksi?: Koreksi[] }, kolom: string): Koreksi[] => (row.koreksi ?? []).filter((k) => k.kolom.toLowerCase() === kolom);
