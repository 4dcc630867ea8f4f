/**
 * A scratch folder named by the process that owns it (`<prefix><pid>-XXXXXX`), so that the next one
 * made with the same prefix can remove those of processes that are gone (a killed build, a finished
 * test run) without touching those still in use.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the folders of `prefix` in `root` whose process has ended, then makes this process's own. */
export function processFolder(root: string, prefix: string): string {
  const owner = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-`);
  for (const name of readdirSync(root)) {
    const pid = owner.exec(name)?.[1];
    if (pid !== undefined && !alive(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
  }
  return mkdtempSync(join(root, `${prefix}${process.pid}-`));
}
