/**
 * Writes the synthetic national-scale folder (src/bench/national/) to disk. Published editions are
 * locked as `npm run publish` would lock them: the SHA-256 of each written file in edisi.json.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nationalFolder } from './national/folder-contents.ts';
import type { NationalOptions } from './national/options.ts';
import { parseWilayah } from './national/wilayah.ts';
import { stableJson } from '../domain/sorted.ts';
import { editionLock } from '../data/edition-locks.ts';

const WILAYAH = fileURLToPath(new URL('../../reference/wilayah-2025.csv', import.meta.url));

/** Replaces `dir` with a freshly generated folder; returns the number of dataset rows. */
export function writeNationalFolder(dir: string, options: NationalOptions): { rows: number } {
  const folder = nationalFolder(parseWilayah(readFileSync(WILAYAH, 'utf8')), options);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of folder.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  for (const { tahun, edisi } of folder.editions) {
    const kunci = edisi.status === 'terbit' ? { kunci: editionLock(dir, tahun) } : {};
    writeFileSync(join(dir, String(tahun), 'edisi.json'), stableJson({ ...edisi, ...kunci }));
  }
  return { rows: folder.rows };
}
