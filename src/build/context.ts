/**
 * One build as one typed value: made once by `buildSite` (src/build/pipeline.ts) from the command's
 * options and the environment, passed as an argument to every step, and handed to the processes of
 * its steps — the data step, Astro's processes, the search index and the PDFs — in one JSON file named
 * by CONTEXT_ENV (src/environment.ts). `readContext` is the only reader of that file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { MessageLang } from '../data/problem-lines.ts';
import type { ManifestInfo } from './manifest.ts';
import type { Shard } from './shard.ts';

export interface BuildContext {
  /** The project: where astro.config.mjs and package.json are. */
  root: string;
  /** The data folder, absolute. */
  dataDir: string;
  /** The language of the validation report (`--lang`). */
  lang: MessageLang;
  /**
   * What the site says it was built with and from: the /data/ page, citations, the colophon, the
   * manifest; with the part of the folder a preview is built from (`--edisi`, `--pemda`), absent for a whole site.
   */
  info: ManifestInfo;
  /** The Chromium that prints the PDFs; absent when this build prints none. */
  chromiumPath?: string;
  /** How many Astro processes share the pages (src/build/shard.ts). */
  jobs: number;
  /** The site being built: the folder Astro writes and the steps after it complete. */
  site: string;
  /** What the data step hands to the steps after it (src/build/data-step.ts). */
  handoff: Handoff;
  /** Set in the context of one Astro process: what only that process is told. */
  astro?: AstroProcess;
}

export interface Handoff {
  /** The folder the data step writes into: the downloads (`unduh/`), and the files below. */
  folder: string;
  /** The data folder's validation, for Astro's processes (src/build/validated-folder.ts). */
  validated: string;
  /** The sizes of the files /data/ lists (src/build/unduh.ts `listedUnduh`). */
  unduhSizes: string;
}

export interface AstroProcess {
  /** The share of the pages this process renders, when several do. */
  shard?: Shard;
  /** Astro's cache folder: each process its own (src/build/astro-step.ts). */
  cacheDir: string;
  /** The file this process writes once its content is synced (src/build/process/synced-signal.ts). */
  synced: string;
}

/** Writes the context a step's process reads (the file CONTEXT_ENV names to it). */
export function handContext(file: string, context: BuildContext): void {
  writeFileSync(file, JSON.stringify(context));
}

export function readContext(file: string): BuildContext {
  return JSON.parse(readFileSync(file, 'utf8')) as BuildContext;
}
