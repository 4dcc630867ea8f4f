/**
 * Which years an edition folder may be named. The validator's bounds are fixed, never read from a
 * clock: a published edition must still validate and rebuild to the same bytes decades later. The
 * clock bounds only what is made or published today (`new-edition`, `publish`: not after next year).
 */
import type { Finding } from './problem.ts';
import { text } from './text.ts';

export const EDITION_YEARS = { first: 2000, last: 2100 } as const;

/** A folder name made only of digits is meant as a year: whether it is one an edition may have. */
export function yearFolderFinding(name: string): Finding | undefined {
  const tahun = Number(name);
  if (/^\d{4}$/.test(name) && !name.startsWith('0') && tahun >= EDITION_YEARS.first && tahun <= EDITION_YEARS.last) return undefined;
  return {
    message: text(
      `folder "${name}" bukan tahun edisi: nama folder edisi adalah tahun empat angka dari ${EDITION_YEARS.first} sampai ${EDITION_YEARS.last}`,
      `folder "${name}" is not an edition year: an edition folder is named by a four-digit year from ${EDITION_YEARS.first} to ${EDITION_YEARS.last}`,
    ),
    fix: text('Ganti nama folder menjadi tahun edisinya, misalnya 2024', 'Rename the folder to its edition’s year, for example 2024'),
  };
}

/** Whether an edition of `tahun` may be published on `today` (YYYY-MM-DD): not after next year, which is a typo. */
export function tooFarAhead(tahun: number, today: string): boolean {
  return tahun > Number(today.slice(0, 4)) + 1;
}
