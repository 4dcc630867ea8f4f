/**
 * A scratch folder named by the process that owns it (`<prefix><pid>-XXXXXX`), so that the next one
 * made with the same prefix can remove those of processes that are gone (a killed build, a finished
 * test run) without touching those still in use.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process of this id runs (EPERM: it does, as another user's). */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Whether `path` has been left unchanged for longer than `ms` (false if it cannot be read: gone, or not ours). */
export function leftAlone(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}

/**
 * How long a folder must have been left unchanged as well: a process id is only known dead in this
 * process's own PID namespace, and two containers may share one temporary folder.
 */
const QUIET_MS = 10 * 60 * 1000;

/** Removes the folders of `prefix` in `root` whose process has ended, then makes this process's own. */
export function processFolder(root: string, prefix: string): string {
  const owner = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-`);
  for (const name of readdirSync(root)) {
    const pid = owner.exec(name)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    const folder = join(root, name);
    if (!leftAlone(folder, QUIET_MS)) continue;
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // Another user's, or being removed by another process: not ours to insist on.
    }
  }
  return mkdtempSync(join(root, `${prefix}${process.pid}-`));
}
