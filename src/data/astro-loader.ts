/**
 * Astro content-layer loaders fed by the data layer. The whole folder is validated first; on any
 * problem the loader throws one error listing all of them (Astro's own file() loader would only log).
 */
import type { Loader } from 'astro/loaders';
import type { Dataset } from '../domain/dataset.ts';
import { dataDir } from './data-dir.ts';
import { formatCount, formatProblem } from './format.ts';
import { loadDataFolder } from './load.ts';

const loaded = new Map<string, Dataset>();

/** Loads once per data folder and build: every collection reads the same validated Dataset. */
function loadOrThrow(): Dataset {
  const dir = dataDir();
  const known = loaded.get(dir);
  if (known) return known;
  const result = loadDataFolder(dir);
  if (result.ok) {
    loaded.set(dir, result.dataset);
    return result.dataset;
  }
  throw new Error(['Data tidak valid [invalid data]:', ...result.problems.map((p) => formatProblem(p)), formatCount(result.problems.length)].join('\n'));
}

/** A collection of entries derived from the dataset, each with a stable id. */
export function datasetLoader<T extends Record<string, unknown>>(name: string, entries: (dataset: Dataset) => { id: string; data: T }[]): Loader {
  return {
    name: `rapor-${name}`,
    async load({ store, parseData, generateDigest }) {
      const dataset = loadOrThrow();
      store.clear();
      for (const { id, data } of entries(dataset)) {
        store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
      }
    },
  };
}
