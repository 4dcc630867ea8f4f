import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { narasiLoader, versionLoader } from './astro/loaders.ts';

// Which valid folder content the pages show. The Dataset itself stays out of the content store: the
// pages read the one the loaders validated (src/astro/site-dataset.ts).
const versi = defineCollection({
  loader: versionLoader(),
  schema: z.object({ stamp: z.string() }),
});

// The narrative chapters (MDX); their front matter was checked with the rest of the folder.
const narasi = defineCollection({
  loader: narasiLoader(),
  schema: z.object({ title: z.string(), ringkasan: z.string().optional() }),
});

export const collections = { versi, narasi };
