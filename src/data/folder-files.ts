/**
 * The files of a data folder, as DATA.md lays them out. Anything unexpected is a problem (a misspelt
 * `sakip .csv` must not be silently ignored); hidden files and Excel's `~$` lock files are skipped.
 * A symbolic link or a special file is a problem too, and is neither followed nor read: nothing
 * outside the data folder can be read, published or quoted through it, and a broken link is no crash.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { DAFTAR_FILE } from '../domain/edition-scaffold.ts';
import { yearFolderFinding } from '../domain/edition-year.ts';
import type { Problem } from '../domain/problem.ts';
import { DATASET_KINDS, type DatasetKind } from '../domain/rules.ts';
import { text, type Text } from '../domain/text.ts';
import { linkFinding } from './inside.ts';

export interface YearFolder {
  tahun: number;
  /** Relative path of the folder, `2024`. */
  path: string;
  hasEdisi: boolean;
  datasets: DatasetKind[];
  /** Narrative chapter files (`narasi/*.mdx`), sorted by name. */
  narasi: string[];
}

export interface FolderLayout {
  hasSitus: boolean;
  hasInstansi: boolean;
  hasKoreksi: boolean;
  years: YearFolder[];
  problems: Problem[];
  /** Paths (`2024/opd.csv`) that are links or special files: reported here, so not again as missing. */
  refused: Set<string>;
}

/** A folder named only by digits is meant as an edition's year (edition-year.ts says which are). */
const DIGITS = /^\d+$/;
const TOP_FILES = ['situs.json', 'instansi.csv', 'koreksi.csv', 'README.md'];
const YEAR_FILES = ['edisi.json', ...DATASET_KINDS.map((kind) => `${kind}.csv`)];
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A folder's files and folders, sorted by name so that problems and editions come out in a stable
 * order. Links and special files (as the folder lists them, never followed) are refused into `refused`.
 */
function entries(dir: string, rel: string, refused: Refused): { name: string; isDir: boolean }[] {
  const kept = (e: Dirent) => {
    if (e.isFile() || e.isDirectory()) return true;
    const path = rel === '' ? e.name : `${rel}/${e.name}`;
    refused.problems.push({ file: path, line: 1, column: 1, ...linkFinding(e.name, e.isSymbolicLink()) });
    refused.paths.add(path);
    return false;
  };
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$') && kept(e))
    .map((e) => ({ name: e.name, isDir: e.isDirectory() }))
    .sort((a, b) => byName(a.name, b.name));
}

interface Refused {
  problems: Problem[];
  paths: Set<string>;
}

const loose = (name: string) => name.toLowerCase().replace(/\s+/g, '');

/** What to do with a workbook in the data folder: an .xlsx can be imported (npm run import); any other is saved as CSV. */
const spreadsheetFix = (name: string): Text =>
  /\.xlsx$/i.test(name)
    ? text(
        `Rapor membaca CSV: pindahkan berkas ini keluar dari folder data, lalu impor dengan npm run import -- ${name} --tahun <tahun> (atau simpan lembar kerja sebagai CSV UTF-8)`,
        `Rapor reads CSV: move this file out of the data folder, then import it with npm run import -- ${name} --tahun <tahun> (or save the sheet as CSV UTF-8)`,
      )
    : text('Rapor membaca CSV: simpan lembar kerja sebagai CSV UTF-8, lalu pindahkan berkas ini keluar dari folder data', 'Rapor reads CSV: save the sheet as CSV UTF-8, then move this file out of the data folder');

function unknownFile(path: string, name: string, expected: readonly string[]): Problem {
  const guess = expected.find((e) => loose(e) === loose(name));
  const spreadsheet = /\.(xlsx?|ods)$/i.test(name);
  return {
    file: path,
    line: 1,
    column: 1,
    message: text(`berkas atau folder "${name}" tidak dikenal`, `unknown file or folder "${name}"`),
    fix: guess
      ? text(`Maksudnya ${guess}? Ganti namanya menjadi ${guess}`, `Did you mean ${guess}? Rename it to ${guess}`)
      : spreadsheet
        ? spreadsheetFix(name)
        : text(`Yang boleh ada di sini: ${expected.join(', ')}. Pindahkan atau hapus berkas ini`, `What may be here: ${expected.join(', ')}. Move or delete this file`),
  };
}

/** `extra` are further relative paths allowed at the top (the logo named in situs.json). */
export function readLayout(dir: string, extra: readonly string[] = []): FolderLayout {
  const problems: Problem[] = [];
  const refused: Refused = { problems, paths: new Set() };
  const top = entries(dir, '', refused);
  const allowedTop = [...TOP_FILES, ...extra.map((p) => p.split('/')[0]!)];
  const years: YearFolder[] = [];
  for (const entry of top) {
    const notYear = entry.isDir && DIGITS.test(entry.name) ? yearFolderFinding(entry.name) : undefined;
    if (notYear !== undefined) problems.push({ file: entry.name, line: 1, column: 1, ...notYear });
    else if (entry.isDir && DIGITS.test(entry.name)) years.push(readYear(dir, entry.name, refused));
    else if (!allowedTop.includes(entry.name) || (entry.isDir && TOP_FILES.includes(entry.name))) {
      problems.push(unknownFile(entry.name, entry.name, [...TOP_FILES, '<tahun>/']));
    }
  }
  const has = (name: string) => top.some((e) => e.name === name && !e.isDir);
  return { hasSitus: has('situs.json'), hasInstansi: has('instansi.csv'), hasKoreksi: has('koreksi.csv'), years, problems, refused: refused.paths };
}

function readYear(dir: string, name: string, refused: Refused): YearFolder {
  const problems = refused.problems;
  const year: YearFolder = { tahun: Number(name), path: name, hasEdisi: false, datasets: [], narasi: [] };
  for (const entry of entries(dir, name, refused)) {
    const path = `${name}/${entry.name}`;
    if (entry.isDir && entry.name === 'narasi') {
      for (const file of entries(dir, path, refused)) {
        if (!file.isDir && file.name.endsWith('.mdx')) year.narasi.push(file.name);
        else problems.push(unknownFile(`${path}/${file.name}`, file.name, ['<bab>.mdx']));
      }
    } else if (!entry.isDir && entry.name === DAFTAR_FILE) {
      // The editors' list written by `new-edition --from`: not a dataset, so not read.
    } else if (!entry.isDir && entry.name === 'edisi.json') {
      year.hasEdisi = true;
    } else if (!entry.isDir && YEAR_FILES.includes(entry.name)) {
      year.datasets.push(entry.name.replace(/\.csv$/, '') as DatasetKind);
    } else {
      problems.push(unknownFile(path, entry.name, [...YEAR_FILES, 'narasi/']));
    }
  }
  year.datasets.sort((a, b) => DATASET_KINDS.indexOf(a) - DATASET_KINDS.indexOf(b));
  return year;
}
