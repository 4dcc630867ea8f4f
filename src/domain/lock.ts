/**
 * Published editions are frozen (DATA.md). Given a locked file as published and as it is now: which
 * values changed, and whether koreksi.csv records each change exactly. Pure: src/data/edition-locks.ts reads
 * the files and finds the published version.
 *
 * A change is one value of one row, identified by (kode, kolom). A row added after publication is a
 * change of each of its values from empty (`lama` empty); a row deleted, of each value to empty
 * (`baru` empty). Several corrections of one value form a chain, oldest first: the first `lama` is
 * the published value, each `baru` the next `lama`, the last `baru` the value now.
 */
import type { Koreksi } from './dataset.ts';
import type { Edisi } from './schema/edisi.ts';
import type { JsonPlace, Problem } from './problem.ts';
import { editionTag } from './publication.ts';
import type { DatasetKind } from './rules.ts';
import { byCodeUnit } from './sorted.ts';
import { text, type Text } from './text.ts';

/** A dataset file's values: kode → column (header name, lower case) → cell as written. */
export type Cells = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** Where the cell of a value is in the file now; undefined when its row or column is gone. */
export type Locate = (kode: string, kolom: string) => { line: number; column: number } | undefined;

export interface ValueChange {
  kode: string;
  kolom: string;
  lama: string;
  baru: string;
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** What a cell says: `95,45`, `95.45` and `95.450` are one number (a spreadsheet may re-save them); text as written. */
export function sameValue(a: string, b: string): boolean {
  const canonical = (cell: string) => {
    const trimmed = cell.trim();
    return NUMBER.test(trimmed) ? String(Number(trimmed.replace(',', '.'))) : trimmed;
  };
  return canonical(a) === canonical(b);
}

/** Columns that hold no value: the row's identity, the editors' own copy of the name, a blank header. */
const NOT_VALUES = new Set(['kode', 'nama', '']);

export function changesBetween(published: Cells, current: Cells): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const kode of new Set([...published.keys(), ...current.keys()])) {
    const before = published.get(kode) ?? {};
    const after = current.get(kode) ?? {};
    const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !NOT_VALUES.has(k)).sort(byCodeUnit);
    for (const kolom of columns) {
      const lama = (before[kolom] ?? '').trim();
      const baru = (after[kolom] ?? '').trim();
      if (!sameValue(lama, baru)) changes.push({ kode, kolom, lama, baru });
    }
  }
  return changes;
}

/**
 * A koreksi.csv line as a message suggests it, valid CSV as written: a cell holding a comma (a decimal
 * comma, `95,45`), a semicolon, a quote or a line break is quoted. `separator`: koreksi.csv's own, so
 * that the line pastes into it as it is (one copied from the `;` template included).
 */
export const koreksiLine = (cells: readonly string[], separator: Separator = ','): string =>
  cells.map((cell) => (/[,;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(separator);

/** The separator of koreksi.csv, `,` while there is none. */
export type Separator = ',' | ';';

const shown = (value: string): Text => (value === '' ? text('(kosong)', '(empty)') : text(`"${value}"`, `"${value}"`));
const oldestFirst = (a: Koreksi, b: Koreksi) => byCodeUnit(a.tanggal, b.tanggal) || a.nomor - b.nomor;

function chainFits(chain: readonly Koreksi[], change: ValueChange): boolean {
  let value = change.lama;
  for (const koreksi of chain) {
    if (!sameValue(koreksi.lama ?? '', value)) return false;
    value = koreksi.baru ?? '';
  }
  return chain.length > 0 && sameValue(value, change.baru);
}

export interface Verdict {
  problems: Problem[];
  /** The koreksi rows that concern a change (fitting or not): not to be reported again as matching nothing. */
  used: Koreksi[];
}

/** Each change of a locked dataset file (`file`, relative to the data folder) against koreksi.csv. */
export function checkChanges(tahun: number, kind: DatasetKind, file: string, changes: readonly ValueChange[], koreksi: readonly Koreksi[], locate: Locate, separator: Separator = ','): Verdict {
  const verdict: Verdict = { problems: [], used: [] };
  for (const change of changes) {
    const { kode, kolom, lama, baru } = change;
    const chain = koreksi.filter((k) => k.tahun === tahun && k.dataset === kind && k.kode === kode && k.kolom.toLowerCase() === kolom).sort(oldestFirst);
    // A chain that does not fit is reported once, at the cell, naming its lines.
    verdict.used.push(...chain);
    if (chainFits(chain, change)) continue;
    const where = locate(kode, kolom) ?? locate(kode, 'kode') ?? { line: 1, column: 1 };
    const row = koreksiLine([String(tahun), kind, kode, kolom, lama, baru, '<tanggal>', '<alasan>'], separator);
    const [l, b] = [shown(lama), shown(baru)];
    verdict.problems.push({
      file,
      ...where,
      message: text(
        `${kolom} untuk ${kode} berubah dari ${l.id} menjadi ${b.id} sejak edisi ${tahun} terbit`,
        `${kolom} of ${kode} changed from ${l.en} to ${b.en} since edition ${tahun} was published`,
      ),
      fix:
        chain.length === 0
          ? text(`Kembalikan nilai ${l.id}, atau catat koreksinya di koreksi.csv: ${row}`, `Restore ${l.en}, or record the correction in koreksi.csv: ${row}`)
          : text(
              `Baris koreksi.csv ${chain.map((k) => k.asal.line).join(', ')} tidak mencatat perubahan ini persis: "lama" harus ${l.id} dan "baru" ${b.id}`,
              `koreksi.csv line ${chain.map((k) => k.asal.line).join(', ')} does not record this change exactly: "lama" must be ${l.en} and "baru" ${b.en}`,
            ),
    });
  }
  return verdict;
}

/** A narrative chapter of a locked edition that changed (or appeared, or went): it needs a narasi correction. */
export function checkLockedNarasi(tahun: number, name: string, koreksi: readonly Koreksi[], separator: Separator = ','): Verdict {
  const used = koreksi.filter((k) => k.tahun === tahun && k.dataset === 'narasi' && k.kolom === name);
  if (used.length > 0) return { problems: [], used };
  const problem: Problem = {
    file: `${tahun}/narasi/${name}`,
    line: 1,
    column: 1,
    message: text(`bab narasi ${name} berubah sejak edisi ${tahun} terbit`, `narrative chapter ${name} changed since edition ${tahun} was published`),
    fix: text(
      `Kembalikan bab ini (di folder data: git checkout ${editionTag(tahun)} -- ${tahun}/narasi/${name}), atau catat di koreksi.csv: ${koreksiLine([String(tahun), 'narasi', '', name, '', '', '<tanggal>', '<alasan>'], separator)}`,
      `Restore the chapter (in the data folder: git checkout ${editionTag(tahun)} -- ${tahun}/narasi/${name}), or record it in koreksi.csv: ${koreksiLine([String(tahun), 'narasi', '', name, '', '', '<date>', '<reason>'], separator)}`,
    ),
  };
  return { problems: [problem], used: [] };
}

/** A locked file whose hash differs, when the version published cannot be found to compare with. */
export function unknownPublishedVersion(tahun: number, file: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    message: text(
      `berkas ini berubah sejak edisi ${tahun} terbit, dan versi terbitnya tidak ditemukan di git untuk dibandingkan`,
      `this file changed since edition ${tahun} was published, and its published version is not in git to compare with`,
    ),
    fix: text(
      `Kembalikan berkas yang terbit (di folder data: git checkout ${editionTag(tahun)} -- ${file}, atau dari arsip edisi); bila perubahannya disengaja, catat setiap nilai yang berubah di koreksi.csv dan validasi di salinan git proyek yang memuat riwayat edisi`,
      `Restore the published file (in the data folder: git checkout ${editionTag(tahun)} -- ${file}, or from the edition's archive); if the change is intended, record every changed value in koreksi.csv and validate in a git checkout that holds the edition's history`,
    ),
  };
}

/** A koreksi.csv row that accounts for no change in a locked file. */
export function unusedKoreksi(koreksi: Koreksi, locked: boolean): Problem {
  const what = koreksi.dataset === 'narasi' ? `narasi ${koreksi.kolom}` : `${koreksi.dataset} ${koreksi.kode ?? ''} ${koreksi.kolom}: "${koreksi.lama ?? ''}" → "${koreksi.baru ?? ''}"`;
  return {
    file: koreksi.asal.file,
    line: koreksi.asal.line,
    column: 1,
    ...(locked
      ? {
          message: text(`koreksi ${what} tidak cocok dengan perubahan apa pun di edisi ${koreksi.tahun}`, `correction ${what} matches no change in edition ${koreksi.tahun}`),
          fix: text('Periksa "lama" (nilai saat terbit) dan "baru" (nilai sekarang), atau hapus baris ini', 'Check "lama" (the value as published) and "baru" (the value now), or delete this line'),
        }
      : {
          message: text(`edisi ${koreksi.tahun} belum terbit, jadi tidak punya koreksi`, `edition ${koreksi.tahun} is not published, so it has no corrections`),
          fix: text('Ubah nilainya langsung di berkas edisi dan hapus baris ini', 'Change the value in the edition’s file directly and delete this line'),
        }),
  };
}

/** A published edition without its lock: every edition is locked when published. */
export function missingLock(tahun: number, at: { line: number; column: number }): Problem {
  return {
    file: `${tahun}/edisi.json`,
    ...at,
    message: text(`edisi ${tahun} terbit tetapi belum dikunci (tidak ada "kunci")`, `edition ${tahun} is published but not locked (no "kunci")`),
    fix: text(`Jalankan npm run publish -- ${tahun} untuk menguncinya`, `Run npm run publish -- ${tahun} to lock it`),
  };
}

/** The lock an edition was published with, as git holds it: at its tag, or in the commit that published it. */
export interface PublishedLock {
  kunci: Readonly<Record<string, string>>;
  /** Its `tanggal_terbit` as published. */
  tanggal: string | undefined;
  /** Where git holds it, as a revision (the tag `edisi-2024`, a commit id). */
  rev: string;
  /** The same for a reader: `tag edisi-2024`, `commit 1a2b3c4`. */
  from: string;
}

/**
 * edisi.json against the lock git holds for its edition. That lock is the authority: a `kunci` edited
 * by hand (a hash replaced, a file added or dropped), a lock removed, a status turned back to draft or
 * a publication date rewritten is a problem at its place in edisi.json, whatever the files hash to now.
 */
export function lockAgainstPublished(tahun: number, edisi: Edisi, published: PublishedLock, at: JsonPlace): Problem[] {
  const file = `${tahun}/edisi.json`;
  const restore = `git show ${published.rev}:./${file}`;
  const never = text(
    '"kunci" ditulis sekali oleh npm run publish dan tidak pernah diubah; nilai yang berubah sesudah terbit dicatat di koreksi.csv',
    '"kunci" is written once by npm run publish and never changed; values changed after publication are recorded in koreksi.csv',
  );
  const problem = (where: { line: number; column: number }, message: Text, fix: Text): Problem => ({
    file,
    ...where,
    message,
    fix: text(`${fix.id}. ${never.id}`, `${fix.en}. ${never.en}`),
  });
  if (edisi.status !== 'terbit' || edisi.kunci === undefined) {
    return [
      problem(
        at.position('status'),
        edisi.status !== 'terbit'
          ? text(`edisi ${tahun} sudah terbit (${published.from}), tetapi edisi.json menyebutnya "${edisi.status}"`, `edition ${tahun} is published (${published.from}), but edisi.json calls it "${edisi.status}"`)
          : text(`edisi ${tahun} dikunci saat terbit (${published.from}), tetapi "kunci" hilang dari edisi.json`, `edition ${tahun} was locked when published (${published.from}), but "kunci" is gone from edisi.json`),
        text(`Kembalikan "status", "tanggal_terbit" dan "kunci" seperti saat terbit (di folder data: ${restore})`, `Restore "status", "tanggal_terbit" and "kunci" as published (in the data folder: ${restore})`),
      ),
    ];
  }
  const problems: Problem[] = [];
  if (published.tanggal !== undefined && edisi.tanggal_terbit !== published.tanggal) {
    problems.push(
      problem(
        at.position('tanggal_terbit'),
        text(`"tanggal_terbit" ${edisi.tanggal_terbit} bukan tanggal edisi ${tahun} terbit (${published.from})`, `"tanggal_terbit" ${edisi.tanggal_terbit} is not the date edition ${tahun} was published (${published.from})`),
        text(`Tulis kembali "tanggal_terbit": "${published.tanggal}"`, `Write back "tanggal_terbit": "${published.tanggal}"`),
      ),
    );
  }
  const now = edisi.kunci;
  for (const path of [...new Set([...Object.keys(published.kunci), ...Object.keys(now)])].sort(byCodeUnit)) {
    const [was, is] = [published.kunci[path], now[path]];
    if (was === is) continue;
    const entry = `"${path}": "${was}"`;
    if (is === undefined) {
      problems.push(
        problem(
          at.position('kunci'),
          text(`"kunci" tidak lagi memuat ${path}, yang terkunci saat edisi ${tahun} terbit (${published.from})`, `"kunci" no longer holds ${path}, locked when edition ${tahun} was published (${published.from})`),
          text(`Tambahkan kembali ${entry}`, `Add back ${entry}`),
        ),
      );
    } else if (was === undefined) {
      problems.push(
        problem(
          at.entry('kunci', path),
          text(`"kunci" memuat ${path}, yang tidak ada di kunci saat edisi ${tahun} terbit (${published.from})`, `"kunci" holds ${path}, which is not in the lock edition ${tahun} was published with (${published.from})`),
          text('Hapus baris ini', 'Delete this line'),
        ),
      );
    } else {
      problems.push(
        problem(
          at.entry('kunci', path),
          text(`sidik ${path} di "kunci" bukan sidik saat edisi ${tahun} terbit (${published.from})`, `the hash of ${path} in "kunci" is not its hash when edition ${tahun} was published (${published.from})`),
          text(`Tulis kembali ${entry}`, `Write back ${entry}`),
        ),
      );
    }
  }
  return problems;
}
