/**
 * SHA-256 of the files of a built site for its manifest. A national site is some 57 000 files, long
 * to hash on one core (docs/performance.md, "How the build is kept fast"): past PARALLEL_FROM files
 * a worker thread hashes every other file while this one hashes the rest. Synchronous (the worker's
 * answer is waited for with Atomics.wait), as the commands that write a manifest are.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

const PARALLEL_FROM = 2000;

/**
 * SHA-256 of a file read through one reused buffer (per thread). Read whole (`readFileSync`), the
 * freed buffers of a national site stayed in the process's RSS to the end of the build
 * (docs/performance.md, "How the build is kept fast").
 */
const chunk = Buffer.allocUnsafe(1 << 20);
export function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The SHA-256 of each of `paths` (relative to `dir`), in their order. */
export function fileHashes(dir: string, paths: readonly string[], parallelFrom: number = PARALLEL_FROM): string[] {
  if (paths.length < parallelFrom) return paths.map((path) => fileSha256(join(dir, path)));
  const theirs = paths.filter((_, at) => at % 2 === 1);
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./file-hashes-worker.ts', import.meta.url), { workerData: { dir, paths: theirs, port: port2, done }, transferList: [port2] });
  const ours = paths.filter((_, at) => at % 2 === 0).map((path) => fileSha256(join(dir, path)));
  Atomics.wait(done, 0, 0);
  const answer = receiveMessageOnPort(port1)?.message as { hashes: string[] } | { error: string } | undefined;
  void worker.terminate();
  port1.close();
  if (answer === undefined || 'error' in answer) throw new Error(`hashing ${dir} failed: ${answer?.error ?? 'the worker did not answer'}`);
  return paths.map((_, at) => (at % 2 === 0 ? ours[at >> 1]! : answer.hashes[at >> 1]!));
}
