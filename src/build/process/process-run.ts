/**
 * The child processes of a build: run to their end without blocking this one (several run at once),
 * each in a process group of its own so that `stopProcesses` can end it with everything it started
 * (Astro's helpers, Pagefind's binary). A build stopped by a signal forwards it here: its children
 * neither outlive it nor start after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { callerGoneAtStart, onParentGone } from './parent-gone.ts';

export interface ProcessRun {
  status: number | null;
  /** Its stdout and stderr as one text. */
  output: string;
}

const running = new Set<ChildProcess>();
let stoppedBy: NodeJS.Signals | undefined;

/** Node's options for this process's own Node children: each ends once this one is gone (src/build/process/orphan-exit.ts). */
export const orphanExit = (): string[] => ['--import', new URL(`./orphan-exit.ts?build=${process.pid}`, import.meta.url).href];

/** Starts a command; `done` gives how it ended, `exited` whether it has yet. */
export function startProcess(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { done: Promise<ProcessRun>; exited: () => boolean } {
  if (stoppedBy !== undefined) return { done: Promise.resolve({ status: null, output: `${stoppedBy}\n` }), exited: () => true };
  let exited = false;
  const done = new Promise<ProcessRun>((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (status) => {
      exited = true;
      running.delete(child);
      resolve({ status, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
  return { done, exited: () => exited };
}

/** Sends `signal` to every running child's process group. */
function signalAll(signal: NodeJS.Signals): void {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Ended meanwhile.
    }
  }
}

/** Sends `signal` to every running child's process group, and refuses to start any more. */
export function stopProcesses(signal: NodeJS.Signals): void {
  stoppedBy ??= signal;
  signalAll(signal);
}

/** What stopped this command's children, if anything has: a build checks it before it swaps its site in. */
export const stopRequested = (): NodeJS.Signals | undefined => stoppedBy;

/** The signals that ask a command to stop: Ctrl-C, `kill` (a CI job's timeout), a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A stop signal this soon after the first is the same request, not a second one. */
const REPEAT_MS = 1000;

/**
 * Makes this command stop its children when it is asked to stop, or when the command that started it
 * is gone (`npm run build` killed alone: the shell between npm and this command does not pass the
 * signal on), as if hung up. Asked a second time (a second Ctrl-C), it kills them and ends at once.
 */
export function stopOnSignals(): void {
  let firstAt = 0;
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      if (stoppedBy === undefined) {
        firstAt = Date.now();
        return stopProcesses(signal);
      }
      // One Ctrl-C can arrive twice: from the terminal and passed on by npm, milliseconds apart.
      if (Date.now() - firstAt < REPEAT_MS) return;
      signalAll('SIGKILL');
      process.exit(128 + constants.signals[signal]);
    });
  }
  const hungUp = (): void => {
    firstAt = Date.now();
    stopProcesses('SIGHUP');
  };
  if (callerGoneAtStart()) hungUp();
  onParentGone(hungUp);
}

/** Ends this process by the signal that stopped it, as a shell expects of a command it was stopped by (a script then stops too). */
export function dieBy(signal: NodeJS.Signals): never {
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
  // Should the signal not end it at once.
  process.exit(128 + constants.signals[signal]);
}
