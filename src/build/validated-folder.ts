/**
 * One validation per folder content for the whole process. Astro's content loaders and the pages are
 * bundled as different module instances (the config's and the build's chunks), so the result lives
 * on globalThis: the pages then read the Dataset the loaders validated instead of a copy of every row
 * serialised through Astro's content store (half a minute and hundreds of MB at national scale).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { folderFingerprint } from '../data/fingerprint.ts';
import { loadDataFolder, type LoadResult } from '../data/load.ts';

/**
 * A file in which the build's data step hands its validation of the folder to Astro's processes
 * (v8-serialised: ≈ 0,6 s to read at national scale against ≈ 2,5 s to validate again in each
 * process). Read only when it is of the same folder and content; anything else validates afresh.
 */
export const VALIDATED_ENV = 'RAPOR_VALIDATED';
export const VALIDATED_FILE = 'validated.v8';

export interface Validated {
  dir: string;
  /** `folderFingerprint(dir)` when it was read. */
  fingerprint: string;
  result: LoadResult;
  /** Whether its problems were logged already (the dev server logs them once per content). */
  logged: boolean;
}

const SLOT = Symbol.for('rapor.validated-folder');
const holder = globalThis as { [SLOT]?: Validated };

/** The folder's validation, read again only when a file changed since. */
export function validatedFolder(dir: string): Validated {
  const fingerprint = folderFingerprint(dir);
  const last = holder[SLOT];
  if (last?.dir === dir && last.fingerprint === fingerprint) return last;
  // Dropped first, so that two Datasets are never alive at once.
  delete holder[SLOT];
  return (holder[SLOT] = { dir, fingerprint, result: handedResult(dir, fingerprint) ?? loadDataFolder(dir), logged: false });
}

/** Writes a folder's valid result for the processes that follow (VALIDATED_ENV); `fingerprint` taken before it was read. */
export function handValidated(file: string, dir: string, fingerprint: string, result: LoadResult): void {
  writeFileSync(file, serialize({ dir, fingerprint, result }));
}

function handedResult(dir: string, fingerprint: string): LoadResult | undefined {
  const file = process.env[VALIDATED_ENV];
  if (!file || !existsSync(file)) return undefined;
  const handed = deserialize(readFileSync(file)) as { dir: string; fingerprint: string; result: LoadResult };
  return handed.dir === dir && handed.fingerprint === fingerprint ? handed.result : undefined;
}
