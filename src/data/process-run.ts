/** A child process run to its end without blocking this one, for the build steps that run several at once. */
import { spawn } from 'node:child_process';

export interface ProcessRun {
  status: number | null;
  /** Its stdout and stderr as one text. */
  output: string;
}

/** Starts a command; `done` gives how it ended, `exited` whether it has yet. */
export function startProcess(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { done: Promise<ProcessRun>; exited: () => boolean } {
  let exited = false;
  const done = new Promise<ProcessRun>((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (status) => {
      exited = true;
      resolve({ status, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
  return { done, exited: () => exited };
}
