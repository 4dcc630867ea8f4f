/**
 * Removing a built site is slow at national scale (≈ 200 000 files: 17 s on a quiet machine, 40 s on
 * a busy one) and nobody needs to wait for it. A folder to discard is moved, in one rename, into a
 * trash folder beside it, which a detached process then removes while the build returns. A trash
 * folder whose remover was killed (the machine shut down) is removed by a later discard once its
 * build has ended (processFolder).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processFolder } from './process-folder.ts';

/** Node's own removal, as `rmSync` does it here: no shell, the same on every platform. */
const REMOVE = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";

/** The trash folders of `folder`'s name: `.<name>.discarded-<pid>-XXXXXX`, beside it. */
export const trashPrefix = (folder: string): string => `.${basename(folder).replace(/^\./, '')}.discarded-`;

/** Moves `folder` (if it exists) out of the way at once and removes it in the background. */
export function discardFolder(folder: string): void {
  if (!existsSync(folder)) return;
  const trash = processFolder(dirname(folder), trashPrefix(folder));
  renameSync(folder, join(trash, basename(folder)));
  // Detached, in a process group of its own: it outlives the build, and a Ctrl-C meant for the
  // build does not stop it half way.
  spawn(process.execPath, ['-e', REMOVE, trash], { detached: true, stdio: 'ignore' }).unref();
}
