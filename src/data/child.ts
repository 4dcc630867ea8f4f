/** A Node child process run beside others: its output collected, its end awaited, stoppable. */
import { spawn } from 'node:child_process';

export interface Child {
  /** Exit code (null when stopped by a signal) and stdout + stderr in the order they came. */
  done: Promise<{ status: number | null; output: string }>;
  stop(): void;
}

export function runNode(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Child {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString('utf8') }));
  });
  return { done, stop: () => void child.kill('SIGTERM') };
}
