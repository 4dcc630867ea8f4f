/**
 * Removing a built site is slow at national scale (some 200 000 files; docs/performance.md, "How
 * the build is kept fast") and nobody needs to wait for it. A folder to discard is moved, in one
 * rename, into a trash folder beside it, which a detached process then removes while the build
 * returns. Trash left an hour (its remover killed: a container stopped, the machine shut down) goes
 * with the next discard.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { leftAlone } from './process-folder.ts';

/** Node's own removal, as `rmSync` does it here: no shell, the same on every platform; one folder it cannot remove (another user's) does not stop the rest. */
const REMOVE = "for (const path of process.argv.slice(1)) try { require('node:fs').rmSync(path, { recursive: true, force: true }) } catch {}";

/** Long past any removal's end: a trash folder this old has lost its remover. */
const ABANDONED_MS = 60 * 60 * 1000;

/** The trash folders of one kind of folder: `.<kind>.discarded-XXXXXX`, beside it. */
export const trashPrefix = (kind: string): string => `.${kind.replace(/^\./, '')}.discarded-`;

const removeNow = (paths: readonly string[]): void => {
  for (const path of paths) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Left for a later discard: a build that succeeded is not failed for its leftovers.
    }
  }
};

/**
 * Moves `folder` (if it exists) out of the way at once and removes it in the background, with any
 * abandoned trash of the same `kind` (the folder's name by default; give one to folders named anew
 * each time). Where it cannot be moved (no room for the trash folder), it is removed here and now.
 */
export function discardFolder(folder: string, kind = basename(folder)): void {
  if (!existsSync(folder)) return;
  const root = dirname(folder);
  const prefix = trashPrefix(kind);
  const doomed = readdirSync(root)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(root, name))
    .filter((path) => leftAlone(path, ABANDONED_MS));
  try {
    const trash = mkdtempSync(join(root, prefix));
    doomed.unshift(trash);
    renameSync(folder, join(trash, basename(folder)));
  } catch {
    return removeNow([folder, ...doomed]);
  }
  // Detached, in a process group of its own: it outlives the build, and a Ctrl-C meant for the
  // build does not stop it half way.
  const remover = spawn(process.execPath, ['-e', REMOVE, ...doomed], { detached: true, stdio: 'ignore' });
  remover.on('error', () => removeNow(doomed));
  remover.unref();
}
