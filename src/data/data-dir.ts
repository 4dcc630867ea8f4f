import { resolve } from 'node:path';

/** The data folder every command works on: `DATA_DIR`, or `data/` in the current folder. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR && env.DATA_DIR.trim() !== '' ? env.DATA_DIR : 'data');
}
