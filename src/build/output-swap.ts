/**
 * Putting a finished site in place of the output folder, in two renames on one file system: the old
 * site aside into the work folder, the new one in. A build killed between the two leaves no output
 * folder and the old site aside; the next build puts it back before anything else (recoverOutput).
 */
import { existsSync, renameSync } from 'node:fs';

export function swapIn(next: string, target: string, previous: string): void {
  const had = existsSync(target);
  if (had) renameSync(target, previous);
  try {
    renameSync(next, target);
  } catch (error) {
    if (had) renameSync(previous, target);
    throw error;
  }
}

/** Puts the site a killed swap left aside back in place; true if it did. */
export function recoverOutput(target: string, previous: string): boolean {
  if (existsSync(target) || !existsSync(previous)) return false;
  renameSync(previous, target);
  return true;
}

export const recoveredMessage = (target: string): string =>
  `Dipulihkan: pembangunan sebelumnya terhenti saat menukar situs; situs lama dikembalikan ke ${target}. ` +
  `[Recovered: an earlier build was stopped while swapping the site in; the previous site is back in ${target}.]\n`;
