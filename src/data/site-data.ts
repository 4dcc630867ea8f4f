/**
 * The Dataset as pages see it, rebuilt from the content collections (which the data layer filled),
 * once per build.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Dataset } from '../domain/dataset.ts';
import type { Situs } from '../domain/schema/situs.ts';

let cached: Promise<Dataset> | undefined;

export function siteDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const situs = (await getEntry('situs', 'situs'))!.data as Situs;
    const instansi = (await getCollection('instansi')).map((entry) => entry.data);
    const editions = (await getCollection('edisi')).map((entry) => entry.data).sort((a, b) => a.tahun - b.tahun);
    const koreksi = (await getEntry('koreksi', 'koreksi'))!.data.rows;
    return { situs, instansi, editions, koreksi };
  })();
  return cached;
}
