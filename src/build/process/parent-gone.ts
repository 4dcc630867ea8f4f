/**
 * Notices that the process which started this one has ended: this one was then adopted (its parent
 * id changed), whatever ended the parent, SIGKILL included, which no handler sees; or that
 * `alsoGone` says so. Checked every second, between whatever this process is doing.
 *
 * A parent that is only a shell running one command (`sh -c …`, as `npm run` starts a script) is not
 * the caller: killed alone, npm leaves that shell waiting for this process. Then the shell's own
 * parent is watched too, through the shell's parent id (Linux /proc; elsewhere the shell alone).
 */
import { environment } from '../../environment.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parentIdOf, startOf } from './proc-stat.ts';

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash', 'ksh']);

function isShellCommand(pid: number): boolean {
  try {
    const [program = '', flag] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return SHELLS.has(basename(program)) && flag === '-c';
  } catch {
    return false;
  }
}

/**
 * A package manager starts a script within seconds, even on a busy machine (docs/performance.md,
 * "The machine"); a parent that started this much earlier than its child is not what started it but
 * what adopted it.
 */
const ADOPTED_AFTER_TICKS = 60 * 100;

const adopted = (pid: number | undefined): boolean => {
  const parent = pid === undefined ? undefined : parentIdOf(pid);
  const [child, parents] = [pid === undefined ? undefined : startOf(pid), parent === undefined ? undefined : startOf(parent)];
  return child !== undefined && parents !== undefined && child - parents > ADOPTED_AFTER_TICKS;
};

/**
 * Whether this script, run by a package manager (`npm run`), lost its caller before it could watch it
 * (npm killed while Node was starting): it, or the shell between, has been adopted already.
 */
export function callerGoneAtStart(): boolean {
  // The script itself, not a process it started (which inherits the package manager's environment).
  const script = environment().npmScript;
  if (script === undefined || process.argv[1] === undefined || !script.includes(basename(process.argv[1]))) return false;
  return adopted(process.pid) || (isShellCommand(process.ppid) && adopted(process.ppid));
}

export function onParentGone(callback: () => void, alsoGone: () => boolean = () => false): void {
  const parent = process.ppid;
  const caller = isShellCommand(parent) ? parentIdOf(parent) : undefined;
  const watch = setInterval(() => {
    if (process.ppid === parent && (caller === undefined || parentIdOf(parent) === caller) && !alsoGone()) return;
    clearInterval(watch);
    callback();
  }, 1000);
  watch.unref();
}
