/**
 * The Dataset as pages see it: validated once a module instance, or read from the build's data step
 * (src/build/validated-folder.ts), once per content of the `versi` collection, so that the dev server
 * shows new data as soon as the loaders accepted it; only its subset in a preview build.
 */
import { getEntry } from 'astro:content';
import type { Dataset } from '../domain/dataset.ts';
import { subsetOf, subsetProblem } from '../domain/views/subset.ts';
import { validatedFolder } from '../build/validated-folder.ts';
import { siteContext } from './site-context.ts';

let cached: Promise<Dataset> | undefined;

export function siteDataset(): Promise<Dataset> {
  cached ??= (async () => {
    // Read so that this module depends on the store: a new content invalidates it.
    await getEntry('versi', 'versi');
    const { dataDir, handoff, info } = siteContext();
    const subset = info?.subset;
    const { result } = validatedFolder(dataDir, handoff?.validated);
    if (!result.ok) throw new Error(`the data folder ${dataDir} has ${result.problems.length} problems: run npm run validate`);
    // Instansi by kode, as the site has always listed them, whatever the order of instansi.csv.
    const dataset = { ...result.dataset, instansi: [...result.dataset.instansi].sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0)) };
    // A preview (`npm run build -- --edisi … --pemda …`) is built from its part of the folder only.
    if (subset === undefined) return dataset;
    const problem = subsetProblem(dataset, subset);
    if (problem !== undefined) throw new Error(`${problem.id} [${problem.en}]`);
    return subsetOf(dataset, subset);
  })();
  return cached;
}
