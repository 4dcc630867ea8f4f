/** What Rapor reads of a process in /proc/<pid>/stat (Linux); undefined elsewhere, or once it is gone. */
import { readFileSync } from 'node:fs';

/** Fields of /proc/<pid>/stat from the state on (the command name before them may hold spaces and parentheses). */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

const field = (pid: number, index: number): number | undefined => {
  const value = statFields(pid)?.[index];
  return value === undefined ? undefined : Number(value);
};

/** The id of the process's parent. */
export const parentIdOf = (pid: number): number | undefined => field(pid, 1);

/** When the process started, in clock ticks since boot (USER_HZ, 100 a second): with its id, it names one process, not a later one given the same id. */
export const startOf = (pid: number): number | undefined => field(pid, 19);
