/**
 * The data step's validation of the folder, handed to Astro's processes in a file (v8-serialised:
 * reading it costs each process a fraction of validating again; docs/performance.md, "How the build
 * is kept fast"). Read only when it is of the same folder and content; anything else validates
 * afresh.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { folderStamp } from '../data/folder-stamp.ts';
import { loadDataFolder, type LoadResult } from '../data/load.ts';

export const VALIDATED_FILE = 'validated.v8';

/** What the content loaders need of a valid folder: its stamp, and whether it has narrative chapters. */
export interface ValidSummary {
  stamp: string;
  narasi: boolean;
}

const summaryFile = (file: string): string => `${file}.json`;

/**
 * Writes a folder's valid result for the processes that follow, and beside it its summary, which the
 * content loaders read instead of the whole Dataset; `stamp` taken before the folder was read.
 */
export function handValidated(file: string, dir: string, stamp: string, result: Extract<LoadResult, { ok: true }>): void {
  writeFileSync(file, serialize({ dir, stamp, result }));
  const summary: ValidSummary = { stamp, narasi: result.dataset.editions.some((edition) => edition.narasi.length > 0) };
  writeFileSync(summaryFile(file), JSON.stringify({ dir, ...summary }));
}

/** The handed summary (`file` as given to handValidated), when it is of this folder as it is now. */
export function handedSummary(file: string, dir: string): ValidSummary | undefined {
  if (!existsSync(summaryFile(file))) return undefined;
  const { dir: handedDir, stamp, narasi } = JSON.parse(readFileSync(summaryFile(file), 'utf8')) as ValidSummary & { dir: string };
  return handedDir === dir && stamp === folderStamp(dir) ? { stamp, narasi } : undefined;
}

/** The folder's validation: the handed one (`file`) when it is of this content, else made now; with the content's stamp. */
export function validatedFolder(dir: string, file?: string): { stamp: string; result: LoadResult } {
  const stamp = folderStamp(dir);
  return { stamp, result: handedResult(file, dir, stamp) ?? loadDataFolder(dir) };
}

function handedResult(file: string | undefined, dir: string, stamp: string): LoadResult | undefined {
  if (file === undefined || !existsSync(file)) return undefined;
  const handed = deserialize(readFileSync(file)) as { dir: string; stamp: string; result: LoadResult };
  return handed.dir === dir && handed.stamp === stamp ? handed.result : undefined;
}
