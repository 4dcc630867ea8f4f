/**
 * Runs a command and measures its wall time and the peak RSS of its whole process tree (npm spawns
 * node, which spawns Astro, then the build's later steps): /proc is polled, summing the resident
 * memory of every descendant, and of each program apart, to tell which step holds the peak; and the
 * CPU time the tree used. Linux only, as the benchmark machines are.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  peakRssMb: number;
  /** The peak RSS of each program of the tree (`astro.mjs`, `pagefind_extended`, …), in MB. */
  peakRssMbByProgram: Record<string, number>;
  /** The RSS of each program at the moment the tree peaked, in MB: which steps ran together then. */
  atPeakMbByProgram: Record<string, number>;
  /** CPU seconds the tree used, in user and system mode: on two busy cores, what the wall time is made of. */
  cpu: CpuSeconds;
  output: string;
}

export interface CpuSeconds {
  user: number;
  system: number;
}

const PAGE_BYTES = 4096;
/** The unit of the times in /proc/<pid>/stat (USER_HZ, 100 on Linux whatever the kernel's own tick). */
const USER_HZ = 100;

/**
 * The CPU time of this process's finished children and of theirs (`cutime`, `cstime`: fields 16 and
 * 17 of /proc/self/stat), in seconds: a process counts once its parent has waited for it (one whose
 * parent ended first is adopted by init and not counted), so a run's time is the difference between
 * before and after it (runs one at a time).
 */
function childrenCpu(): CpuSeconds {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // The fields after the command name's closing parenthesis, from field 3 on.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[13]) / USER_HZ, system: Number(fields[14]) / USER_HZ };
}

/** Node's options that take the next argument as their value (`--import <module>`: the build's preload). */
const OPTION_WITH_VALUE = new Set(['--import', '--require', '-r', '--loader']);

/** A command line's program: a node script's file name (`astro.mjs`, `build.ts`), or else the executable's (`npm`, `pagefind_extended`). */
export function programOfArgv(argv: readonly string[]): string {
  // npm rewrites its title into one string: "npm run build --outDir …".
  const base = (arg: string) => arg.split(' ')[0]!.slice(arg.split(' ')[0]!.lastIndexOf('/') + 1);
  if (argv.length === 0) return 'other';
  if (base(argv[0]!) !== 'node') return base(argv[0]!);
  if (argv.includes('--eval') || argv.includes('-e')) return 'node --eval';
  const script = argv.slice(1).find((arg, at, args) => !arg.startsWith('-') && !OPTION_WITH_VALUE.has(args[at - 1] ?? ''));
  return base(script ?? 'node');
}

const programOf = (pid: number): string => programOfArgv(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean));

/** The processes of the tree under `root`, `root` first, found through each process's parent in /proc. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces; the fields after its closing parenthesis do not.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const siblings = children.get(ppid) ?? [];
      siblings.push(Number(name));
      children.set(ppid, siblings);
    } catch {
      // The process ended while being read.
    }
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The RSS of the tree under `root`, in all and by program, in bytes. */
function treeRssBytes(root: number): { total: number; byProgram: Map<string, number> } {
  let total = 0;
  const byProgram = new Map<string, number>();
  for (const pid of processTree(root)) {
    try {
      const bytes = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
      const program = programOf(pid);
      total += bytes;
      byProgram.set(program, (byProgram.get(program) ?? 0) + bytes);
    } catch {
      // The process ended while being read.
    }
  }
  return { total, byProgram };
}

export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const start = performance.now();
  const cpuBefore = childrenCpu();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  let atPeak = new Map<string, number>();
  const peakByProgram = new Map<string, number>();
  const poll = setInterval(() => {
    const { total, byProgram } = treeRssBytes(child.pid!);
    if (total > peak) [peak, atPeak] = [total, byProgram];
    for (const [program, bytes] of byProgram) peakByProgram.set(program, Math.max(peakByProgram.get(program) ?? 0, bytes));
  }, 200);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(poll);
      const inMb = (byProgram: Map<string, number>) => Object.fromEntries([...byProgram].sort((a, b) => b[1] - a[1]).map(([program, bytes]) => [program, bytes / 2 ** 20]));
      const cpuAfter = childrenCpu();
      const cpu = { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system };
      resolve({ status, seconds: (performance.now() - start) / 1000, peakRssMb: peak / 2 ** 20, peakRssMbByProgram: inMb(peakByProgram), atPeakMbByProgram: inMb(atPeak), cpu, output });
    });
  });
}
