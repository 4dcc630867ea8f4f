/**
 * Astro content-layer loaders fed by the data layer. The whole folder is validated first. In a build
 * any problem throws one error listing all of them (Astro's own file() loader would only log). In
 * the dev server (the only place Astro gives loaders a file watcher) problems are logged and the
 * collections keep their last valid content: the preview integration shows the problems instead.
 */
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { Dataset } from '../domain/dataset.ts';
import { dataDir } from './data-dir.ts';
import { folderFingerprint } from './fingerprint.ts';
import { formatCount, formatProblem } from './format.ts';
import { loadDataFolder, type LoadResult } from './load.ts';

/** One validation per folder content: every collection of a sync reads the same result. */
let last: { dir: string; fingerprint: string; result: LoadResult; logged: boolean } | undefined;

function load(dir: string): NonNullable<typeof last> {
  const fingerprint = folderFingerprint(dir);
  if (last?.dir !== dir || last.fingerprint !== fingerprint) last = { dir, fingerprint, result: loadDataFolder(dir), logged: false };
  return last;
}

const problemsText = (result: Extract<LoadResult, { ok: false }>): string =>
  ['Data tidak valid [invalid data]:', ...result.problems.map((p) => formatProblem(p)), formatCount(result.problems.length)].join('\n');

/** A collection of entries derived from the dataset, each with a stable id. */
/** Validates the folder; a build throws on any problem, the dev server logs them. The Dataset, or undefined. */
function validated(logger: Parameters<Loader['load']>[0]['logger'], watching: boolean): Dataset | undefined {
  const loaded = load(dataDir());
  const result = loaded.result;
  if (result.ok) return result.dataset;
  if (!watching) throw new Error(problemsText(result));
  // Once per content, not once per collection.
  if (!loaded.logged) logger.warn(problemsText(result));
  loaded.logged = true;
  return undefined;
}

/**
 * The narrative chapters, `<tahun>/narasi/*.mdx` of the data folder (anywhere, not under src/), as
 * MDX entries with ids `2025/narasi/01-pengantar`. Astro's glob() loader reads and renders them, but
 * only after the whole folder validated: it would only log a broken file.
 */
export function narrativeLoader(): Loader {
  return {
    name: 'rapor-narasi',
    async load(context) {
      const dataset = validated(context.logger, context.watcher !== undefined);
      if (dataset === undefined) return;
      if (!dataset.editions.some((e) => e.bab.length > 0)) return context.store.clear();
      const base = pathToFileURL(`${dataDir()}/`);
      await glob({ pattern: '[0-9][0-9][0-9][0-9]/narasi/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }).load(context);
    },
  };
}

export function datasetLoader<T extends Record<string, unknown>>(name: string, entries: (dataset: Dataset) => { id: string; data: T }[]): Loader {
  return {
    name: `rapor-${name}`,
    async load({ store, parseData, generateDigest, watcher, logger }) {
      const dataset = validated(logger, watcher !== undefined);
      if (dataset === undefined) return;
      store.clear();
      for (const { id, data } of entries(dataset)) {
        store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
      }
    },
  };
}
