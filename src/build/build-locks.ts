/**
 * The build's locks, each a file holding the building process's id and start time; the lock of a
 * process that is gone (killed outright: nothing removed its lock) is taken over.
 * - One build at a time per output folder (`.<name>.lock` beside it): a second build is refused at
 *   once, naming that process.
 * - One Astro step at a time per project (`.astro/builds/astro.lock`): every Astro process writes the
 *   project's `.astro/` from its own data folder (its content modules) and reads it back while it
 *   bundles, so two builds of different folders at once would read each other's. A second build waits.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { alive } from './process/process-folder.ts';
import { startOf } from './process/proc-stat.ts';

/** The process's start as a lock records it: empty where it cannot be read. */
const startedAt = (pid: number): string => String(startOf(pid) ?? '');

/** The output folder is being built by another process. */
export class OutputBusy extends Error {
  constructor(target: string, pid: number) {
    super(
      `Folder ${target} sedang dibangun oleh proses lain (pid ${pid}); tunggu sampai selesai atau hentikan proses itu. ` +
        `[${target} is being built by another process (pid ${pid}); wait for it to end or stop it.]`,
    );
  }
}

export const lockFileOf = (target: string): string => join(dirname(target), `.${basename(target)}.lock`);

interface Holder {
  pid: number;
  started: string;
}

function holderOf(lock: string): Holder | undefined {
  try {
    const [pid, started = ''] = readFileSync(lock, 'utf8').trim().split(' ');
    return Number.isInteger(Number(pid)) && Number(pid) > 0 ? { pid: Number(pid), started } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates `lock` holding `text`, or throws EEXIST. Written aside and linked in, so that no other build
 * ever reads it empty; by an exclusive create where the file system has no hard links (FAT).
 */
function create(lock: string, text: string): void {
  const aside = `${lock}.${process.pid}`;
  writeFileSync(aside, text);
  try {
    linkSync(aside, lock);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    writeFileSync(lock, text, { flag: 'wx' });
  } finally {
    rmSync(aside, { force: true });
  }
}

const running = ({ pid, started }: Holder): boolean => alive(pid) && (started === '' || startedAt(pid) === '' || startedAt(pid) === started);

/** Takes `lock` for this process: the function that releases it (also called when the process exits), or the running process that holds it. */
function takeLock(lock: string): { release: () => void } | { holder: number } {
  const mine = `${process.pid} ${startedAt(process.pid)}`;
  // Twice at most: once more after removing a dead process's lock.
  for (let attempt = 0; ; attempt++) {
    try {
      create(lock, `${mine}\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(lock);
    if (holder !== undefined && running(holder)) return { holder: holder.pid };
    // Another build that took the lock over meanwhile won: its lock is not removed.
    if (attempt > 0) return { holder: holderOf(lock)?.pid ?? 0 };
    rmSync(lock, { force: true });
  }
  const release = (): void => {
    if (holderOf(lock)?.pid === process.pid) rmSync(lock, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { release };
}

/**
 * Takes the output folder's lock, or throws OutputBusy; errors writing beside the folder (read-only,
 * full) are thrown as they are. Gives the function that releases it.
 */
export function lockOutput(target: string): () => void {
  const taken = takeLock(lockFileOf(target));
  if ('holder' in taken) throw new OutputBusy(target, taken.holder);
  return taken.release;
}

/** Waits for the project's Astro lock: its release, or undefined once `stopped()` says to give up. */
export async function lockAstroStep(root: string, stopped: () => boolean): Promise<(() => void) | undefined> {
  const folder = join(root, '.astro', 'builds');
  mkdirSync(folder, { recursive: true });
  for (;;) {
    const taken = takeLock(join(folder, 'astro.lock'));
    if ('release' in taken) return taken.release;
    if (stopped()) return undefined;
    await sleep(200);
  }
}
