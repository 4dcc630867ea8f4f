/**
 * One validation per folder content for the whole process. Astro's content loaders and the pages are
 * bundled as different module instances (the config's and the build's chunks), so the result lives
 * on globalThis: the pages then read the Dataset the loaders validated instead of a copy of every row
 * serialised through Astro's content store (half a minute and hundreds of MB at national scale).
 */
import { folderFingerprint } from './fingerprint.ts';
import { loadDataFolder, type LoadResult } from './load.ts';

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
  return (holder[SLOT] = { dir, fingerprint, result: loadDataFolder(dir), logged: false });
}
