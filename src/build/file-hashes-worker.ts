/** The worker thread of `fileHashes` (file-hashes.ts): hashes its share, answers on its port, then wakes the caller. */
import { join } from 'node:path';
import { workerData, type MessagePort } from 'node:worker_threads';
import { fileSha256 } from './file-hashes.ts';

const { dir, paths, port, done } = workerData as { dir: string; paths: string[]; port: MessagePort; done: Int32Array };
try {
  port.postMessage({ hashes: paths.map((path) => fileSha256(join(dir, path))) });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
