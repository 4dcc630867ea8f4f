/**
 * Locked editions in the validator: each file of a published edition against its SHA-256 in the
 * lock. Where git holds the edition as published (its tag `edisi-<tahun>`, or the commit `npm run
 * publish` made), the lock in that edisi.json is the authority and the one in the folder must equal it;
 * without git, only the lock written in edisi.json is there to trust. A file that differs from the
 * lock is compared with its version as published, taken from git, and every changed value must be
 * recorded in koreksi.csv (the rules are in src/domain/lock.ts).
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Koreksi } from '../domain/dataset.ts';
import {
  changesBetween,
  checkChanges,
  checkLockedNarasi,
  lockAgainstPublished,
  missingLock,
  unknownPublishedVersion,
  unusedKoreksi,
  type Cells,
  type Locate,
  type PublishedLock,
  type Separator,
  type Verdict,
} from '../domain/lock.ts';
import type { JsonPlace, Problem } from '../domain/problem.ts';
import { editionTag, publishTrailer } from '../domain/publication.ts';
import { DATASET_KINDS } from '../domain/rules.ts';
import type { Edisi } from '../domain/schema/edisi.ts';
import { parseCsv, placeOf } from './csv.ts';
import { decodeText } from './decode.ts';
import { commitsWithLine, fileAt, inGitWorkTree, versionWithHash } from './git.ts';
import { hashTree, isStray } from './hash.ts';

export interface EditionFile {
  tahun: number;
  edisi: Edisi;
  /** Where edisi.json's keys and lock entries are, to point at a missing or altered lock. */
  at: JsonPlace;
}

/** The lock of an edition folder: every file but edisi.json (which holds the lock). */
export function editionLock(dir: string, tahun: number): Record<string, string> {
  const { ['edisi.json']: _, ...files } = hashTree(join(dir, String(tahun)), isStray);
  return files;
}

/** `separator`: koreksi.csv's, for the lines messages suggest adding to it. */
export function lockProblems(dir: string, editions: readonly EditionFile[], koreksi: readonly Koreksi[], requireLocks: boolean, separator: Separator = ','): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<Koreksi>();
  const locked = new Set<number>();
  const inGit = inGitWorkTree(dir);
  for (const { tahun, edisi, at } of editions) {
    const published = inGit ? publishedLock(dir, tahun) : undefined;
    if (published !== undefined) for (const problem of lockAgainstPublished(tahun, edisi, published, at)) problems.push(problem);
    // A draft holds no kunci (the schema refuses one), so only git's lock makes it locked.
    const lock = published?.kunci ?? edisi.kunci;
    if (lock === undefined) {
      if (edisi.status === 'terbit' && requireLocks) problems.push(missingLock(tahun, at.position('status')));
      continue;
    }
    locked.add(tahun);
    const now = editionLock(dir, tahun);
    for (const path of new Set([...Object.keys(lock), ...Object.keys(now)])) {
      if (now[path] === lock[path]) continue;
      const verdict = checkFile(dir, tahun, path, lock[path], koreksi, published?.rev ?? editionTag(tahun), separator);
      for (const problem of verdict.problems) problems.push(problem);
      verdict.used.forEach((k) => used.add(k));
    }
  }
  const years = new Set(editions.map((e) => e.tahun));
  // A correction naming a year without an edition is already reported by the reader.
  for (const k of koreksi) if (!used.has(k) && years.has(k.tahun)) problems.push(unusedKoreksi(k, locked.has(k.tahun)));
  return problems;
}

/**
 * The lock git holds for an edition: in edisi.json at the tag `edisi-<tahun>`, else in the oldest
 * commit whose message carries the line `npm run publish` writes. Undefined when neither holds one.
 */
function publishedLock(dir: string, tahun: number): PublishedLock | undefined {
  const file = `${tahun}/edisi.json`;
  const tag = editionTag(tahun);
  const tagged = lockIn(fileAt(dir, `refs/tags/${tag}`, file));
  if (tagged !== undefined) return { ...tagged, rev: tag, from: `tag ${tag}` };
  for (const commit of commitsWithLine(dir, file, publishTrailer(tahun))) {
    const published = lockIn(fileAt(dir, commit, file));
    if (published !== undefined) return { ...published, rev: commit, from: `commit ${commit.slice(0, 12)}` };
  }
  return undefined;
}

/** The `kunci` and `tanggal_terbit` of an edisi.json as git holds it; undefined when it has no lock (or does not read). */
function lockIn(bytes: Buffer | undefined): Pick<PublishedLock, 'kunci' | 'tanggal'> | undefined {
  if (bytes === undefined) return undefined;
  try {
    const { kunci, tanggal_terbit } = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as { kunci?: unknown; tanggal_terbit?: unknown };
    const entries = kunci !== null && typeof kunci === 'object' && !Array.isArray(kunci) ? Object.entries(kunci) : [];
    if (entries.length === 0 || !entries.every(([, hash]) => typeof hash === 'string')) return undefined;
    return { kunci: Object.fromEntries(entries) as Record<string, string>, tanggal: typeof tanggal_terbit === 'string' ? tanggal_terbit : undefined };
  } catch {
    return undefined;
  }
}

/** One changed file of a locked edition; `hash` is its lock (undefined for a file added since), `rev` where git holds the edition as published. */
function checkFile(dir: string, tahun: number, path: string, hash: string | undefined, koreksi: readonly Koreksi[], rev: string, separator: Separator): Verdict {
  if (path.startsWith('narasi/')) return checkLockedNarasi(tahun, path.slice('narasi/'.length), koreksi, separator);
  const kind = DATASET_KINDS.find((k) => path === `${k}.csv`);
  // Any other file is reported by the folder layout.
  if (kind === undefined) return { problems: [], used: [] };
  const file = `${tahun}/${path}`;
  const published = hash === undefined ? { cells: new Map() } : readCells(file, versionWithHash(dir, file, hash, rev));
  const stat = lstatSync(join(dir, file), { throwIfNoEntry: false });
  // A link or special file in its place is reported by the folder layout, and never read.
  if (stat !== undefined && !stat.isFile()) return { problems: [], used: [] };
  const current = readCells(file, stat === undefined ? Buffer.alloc(0) : readFileSync(join(dir, file)));
  if (published === undefined) {
    // Without the published version its corrections cannot be checked: the one problem says so.
    return { problems: [unknownPublishedVersion(tahun, file)], used: koreksi.filter((k) => k.tahun === tahun && k.dataset === kind) };
  }
  // A current file that does not read is reported by the reader.
  if (current === undefined) return { problems: [], used: [] };
  return checkChanges(tahun, kind, file, changesBetween(published.cells, current.cells), koreksi, current.locate, separator);
}

/** A dataset file's values by kode and column, read as the validator reads it; undefined when it does not decode. */
function readCells(file: string, bytes: Buffer | undefined): { cells: Cells; locate: Locate } | undefined {
  if (bytes === undefined) return undefined;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return undefined;
  const csv = parseCsv(file, decoded.text);
  const names = csv.header?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  const column = new Map(names.map((name, i) => [name, i] as const));
  const records = new Map(csv.records.map((record) => [record.cells[column.get('kode') ?? -1]?.trim() ?? '', record] as const));
  records.delete('');
  const cells: Cells = new Map([...records].map(([kode, record]) => [kode, Object.fromEntries(names.map((name, i) => [name, record.cells[i] ?? '']))]));
  const locate: Locate = (kode, kolom) => {
    const record = records.get(kode);
    return record === undefined || !column.has(kolom) ? undefined : placeOf(csv, record, (field) => (field === undefined ? undefined : column.get(field))).position(kolom);
  };
  return { cells, locate };
}
