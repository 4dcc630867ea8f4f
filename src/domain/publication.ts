/** Publishing an edition: what `npm run publish` decides, without touching a file or a clock. */
import { tooFarAhead } from './edition-year.ts';
import type { Edisi } from './schema/edisi.ts';
import { text, type Text } from './text.ts';

/** The git tag that keeps an edition as first published. */
export const editionTag = (tahun: number): string => `edisi-${tahun}`;

/**
 * The line `npm run publish` writes into the message of the commit that publishes an edition: where
 * the tag is missing (not fetched, deleted), this commit holds the lock as published.
 */
export const publishTrailer = (tahun: number): string => `Rapor-Terbit: ${tahun}`;

/** The calendar date of an instant in Indonesia's capital (WIB), as YYYY-MM-DD. */
export const dateInJakarta = (instant: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

export type PublishDecision = { ok: true; edisi: Record<string, unknown>; lockOnly: boolean } | { ok: false; reason: Text; fix: Text };

/**
 * The edisi.json to write. A draft becomes `terbit` on `date` (or `today`). A `terbit` edition without
 * a lock — published before Rapor had locks — is only locked, its date kept: a `date` that differs
 * from it is refused rather than rewriting when it was published. A locked edition is never re-published.
 */
export function publishedEdisi(
  tahun: number,
  raw: Record<string, unknown>,
  edisi: Edisi,
  { date, today, kunci }: { date: string | undefined; today: string; kunci: Record<string, string> },
): PublishDecision {
  if (edisi.kunci !== undefined) {
    return {
      ok: false,
      reason: text(`edisi ${tahun} sudah terbit dan terkunci`, `edition ${tahun} is already published and locked`),
      fix: text('Perubahan sesudah terbit dicatat di koreksi.csv, bukan dengan menerbitkan ulang', 'Changes after publication are recorded in koreksi.csv, not by publishing again'),
    };
  }
  if (edisi.status === 'terbit' && date !== undefined && date !== edisi.tanggal_terbit) {
    return {
      ok: false,
      reason: text(`edisi ${tahun} sudah terbit pada ${edisi.tanggal_terbit}, bukan ${date}`, `edition ${tahun} was published on ${edisi.tanggal_terbit}, not ${date}`),
      fix: text(`Jalankan tanpa --date untuk menguncinya dengan tanggal ${edisi.tanggal_terbit}`, `Run without --date to lock it with date ${edisi.tanggal_terbit}`),
    };
  }
  const lockOnly = edisi.status === 'terbit';
  if (!lockOnly && tooFarAhead(tahun, today)) {
    return {
      ok: false,
      reason: text(`tahun ${tahun} terlalu jauh di depan (sekarang ${today.slice(0, 4)}); edisi tidak terbit lebih dari setahun ke depan`, `year ${tahun} is too far ahead (it is ${today.slice(0, 4)}); an edition is not published more than a year ahead`),
      fix: text('Periksa nama folder tahun edisi', 'Check the edition’s year folder name'),
    };
  }
  return { ok: true, lockOnly, edisi: { ...raw, status: 'terbit', tanggal_terbit: lockOnly ? edisi.tanggal_terbit : (date ?? today), kunci } };
}
