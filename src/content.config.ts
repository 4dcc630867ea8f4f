import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datasetLoader, narrativeLoader } from './data/astro-loader.ts';
import type { Edition } from './domain/dataset.ts';
import type { Instansi } from './domain/instansi.ts';
import type { Ralat } from './domain/dataset.ts';

// Entries were validated by the domain schemas before they reach Astro: the collection schemas only carry their types.
const instansi = defineCollection({
  loader: datasetLoader('instansi', (dataset) => dataset.instansi.map((i) => ({ id: i.kode, data: { ...i } }))),
  schema: z.custom<Instansi>(),
});

const edisi = defineCollection({
  loader: datasetLoader('edisi', (dataset) => dataset.editions.map((e) => ({ id: String(e.tahun), data: { ...e } }))),
  schema: z.custom<Edition>(),
});

const situs = defineCollection({
  loader: datasetLoader('situs', (dataset) => [{ id: 'situs', data: { ...dataset.situs } }]),
});

// One entry holding every correction: an empty collection would make Astro warn on each build.
const koreksi = defineCollection({
  loader: datasetLoader('koreksi', (dataset) => [{ id: 'koreksi', data: { rows: dataset.koreksi } }]),
  schema: z.custom<{ rows: Ralat[] }>(),
});

// The narrative chapters (MDX); their front matter was checked with the rest of the folder.
const narasi = defineCollection({
  loader: narrativeLoader(),
  schema: z.object({ title: z.string(), ringkasan: z.string().optional() }),
});

export const collections = { instansi, edisi, situs, koreksi, narasi };
