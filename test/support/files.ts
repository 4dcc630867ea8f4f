/** Temporary folders of files for tests, and what a folder holds. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { sha256 } from '../../src/data/hash.ts';

/** A new temporary folder holding these files (path relative to it → text), their folders made. */
export function folderWith(files: Record<string, string>, prefix = 'rapor-files-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Every file under `dir` with the SHA-256 of its bytes, in a stable order: a folder compared before and after. */
export function snapshot(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), sha256(readFileSync(path))];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** A published site of two small pages at `dist`, made anew, and its snapshot: what a failed or stopped build must leave as it was. */
export function publishedSite(dist: string): [string, string][] {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'laporan'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>the published site</title>');
  writeFileSync(join(dist, 'laporan', 'index.html'), 'a page of the published site');
  return snapshot(dist);
}
