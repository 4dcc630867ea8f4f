/** Corrections as pages show them: every row of a published edition carries the corrections of its values. */
import type { Edition, Ralat, WithAsal } from './dataset.ts';
import type { Koreksi } from './schema/koreksi.ts';

export const numbered = (koreksi: readonly WithAsal<Koreksi>[]): Ralat[] => koreksi.map((k, i) => ({ ...k, nomor: i + 1 }));

/** The editions with each correction attached to the row it corrects (a deleted row's stay in the list only). */
export function withRalat(editions: readonly Edition[], koreksi: readonly Ralat[]): Edition[] {
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
export const ralatOf = (row: { koreksi?: Ralat[] }, kolom: string): Ralat[] => (row.koreksi ?? []).filter((k) => k.kolom.toLowerCase() === kolom);
