/** What the process tests read of /proc (Linux, as the test machines are). */
import { readFileSync } from 'node:fs';

/** Whether a process has ended: gone, or a zombie not yet reaped (an orphan's parent is init). */
export function ended(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses; the state follows its last closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}
