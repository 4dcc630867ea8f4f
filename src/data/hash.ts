/** SHA-256 of files and folders, for edition locks and the build manifest: paths with `/`, keys sorted. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortedRecord } from '../domain/sorted.ts';

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** Files an editor's machine leaves behind (`.DS_Store`, Excel's `~$sakip.csv`): never part of the data. */
export const isStray = (name: string): boolean => name.startsWith('.') || name.startsWith('~$');

/** Every file under `dir`, as a path relative to it, except those `skip` rejects (by name, at any depth). */
export function filesUnder(dir: string, skip: (name: string) => boolean = () => false): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !join(entry.parentPath, entry.name).slice(dir.length + 1).split(/[\\/]/).some(skip))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split(/[\\/]/).join('/'));
}

/** SHA-256 of every file under `dir`, keyed by its relative path. */
export function hashTree(dir: string, skip?: (name: string) => boolean): Record<string, string> {
  return sortedRecord(filesUnder(dir, skip).map((path) => [path, sha256(readFileSync(join(dir, path)))]));
}
