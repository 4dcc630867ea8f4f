/**
 * Astro content-layer loaders fed by the data layer. The whole folder is validated first. In a build
 * any problem throws one error listing all of them (Astro's own file() loader would only log). In
 * the dev server (the only place Astro gives loaders a file watcher) problems are logged and the
 * collections keep their last valid content: the preview integration shows the problems instead.
 */
import type { Loader } from 'astro/loaders';
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
export function datasetLoader<T extends Record<string, unknown>>(name: string, entries: (dataset: Dataset) => { id: string; data: T }[]): Loader {
  return {
    name: `rapor-${name}`,
    async load({ store, parseData, generateDigest, watcher, logger }) {
      const loaded = load(dataDir());
      const result = loaded.result;
      if (!result.ok) {
        if (watcher === undefined) throw new Error(problemsText(result));
        // Once per content, not once per collection.
        if (!loaded.logged) logger.warn(problemsText(result));
        loaded.logged = true;
        return;
      }
      store.clear();
      for (const { id, data } of entries(result.dataset)) {
        store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
      }
    },
  };
}
