/**
 * Astro content-layer loaders fed by the data layer. The whole folder is validated first. In a build
 * any problem throws one error listing all of them (Astro's own file() loader would only log). In
 * the dev server (the only place Astro gives loaders a file watcher) problems are logged and the
 * collections keep their last valid content: the preview integration shows the problems instead.
 */
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { formatProblems } from '../data/problem-lines.ts';
import { sha256 } from '../data/hash.ts';
import type { LoadResult } from '../data/load.ts';
import { folderStamp } from '../data/folder-stamp.ts';
import { handedSummary, validatedFolder, type ValidSummary } from '../build/validated-folder.ts';
import { siteContext } from './site-context.ts';

const problemsText = (result: Extract<LoadResult, { ok: false }>): string =>
  ['Data tidak valid [invalid data]:', ...formatProblems(result.problems)].join('\n');

/**
 * Without a data step's summary (the dev server, a bare `astro build`): the last validation, shared by
 * the two loaders while something holds it; weakly, so that the loaders leave one Dataset in
 * memory, the pages' (src/astro/site-dataset.ts).
 */
let last: { stamp: string; result: WeakRef<LoadResult>; logged: boolean } | undefined;

function validation(): { stamp: string; result: LoadResult; logged: boolean } {
  const { dataDir, handoff } = siteContext();
  const held = last?.result.deref();
  if (last !== undefined && held !== undefined && last.stamp === folderStamp(dataDir)) return { ...last, result: held };
  const { stamp, result } = validatedFolder(dataDir, handoff?.validated);
  last = { stamp, result: new WeakRef(result), logged: false };
  return { stamp, result, logged: false };
}

/**
 * Validates the folder; a build throws on any problem, the dev server logs them. The valid folder's
 * summary, or undefined. In a build, the data step's summary of the folder it validated, while the
 * folder is that content: the loaders then read no Dataset.
 */
function validated(logger: Parameters<Loader['load']>[0]['logger'], watching: boolean): ValidSummary | undefined {
  const { dataDir, handoff } = siteContext();
  const handed = handoff === undefined ? undefined : handedSummary(handoff.validated, dataDir);
  if (handed !== undefined) return handed;
  const { stamp, result, logged } = validation();
  if (result.ok) return { stamp, narasi: result.dataset.editions.some((edition) => edition.narasi.length > 0) };
  if (!watching) throw new Error(problemsText(result));
  // Once per content, not once per collection.
  if (!logged) logger.warn(problemsText(result));
  last!.logged = true;
  return undefined;
}

/**
 * The narrative chapters, `<tahun>/narasi/*.mdx` of the data folder (anywhere, not under src/), as
 * MDX entries with ids `2025/narasi/01-pengantar`. Astro's glob() loader reads and renders them, but
 * only after the whole folder validated: it would only log a broken file.
 */
export function narasiLoader(): Loader {
  return {
    name: 'rapor-narasi',
    async load(context) {
      const valid = validated(context.logger, context.watcher !== undefined);
      if (valid === undefined) return;
      if (!valid.narasi) return context.store.clear();
      const base = pathToFileURL(`${siteContext().dataDir}/`);
      // Exactly the chapters the validator read: Excel's `~$` lock files (and hidden files) are skipped by both.
      await glob({ pattern: ['[0-9][0-9][0-9][0-9]/narasi/*.mdx', '!**/~$*'], base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }).load(context);
    },
  };
}

/**
 * One entry, `versi`, naming the content of the valid folder the pages read (through
 * `validatedFolder`, not through the store): a new content changes the entry, which is what makes the
 * dev server render pages again. Invalid data leaves the last valid entry in place.
 */
export function versionLoader(): Loader {
  return {
    name: 'rapor-versi',
    async load({ store, watcher, logger }) {
      const valid = validated(logger, watcher !== undefined);
      if (valid === undefined) return;
      const data = { stamp: sha256(valid.stamp) };
      store.clear();
      store.set({ id: 'versi', data, digest: data.stamp });
    },
  };
}
