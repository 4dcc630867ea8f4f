/**
 * The rendered MDX of an edition's narrative chapters, by file: from the content store the narrative
 * loader filled (src/astro/loaders.ts), for a page to hand each chapter to NarasiBab.astro.
 */
import { getEntry, render } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Edition } from '../domain/dataset.ts';

export async function renderedNarasi(edition: Edition): Promise<Map<string, AstroComponentFactory>> {
  const contents = await Promise.all(
    edition.narasi.map(async ({ file }) => {
      const id = `${edition.tahun}/narasi/${file.replace(/\.mdx$/, '')}`;
      const entry = await getEntry('narasi', id);
      if (entry === undefined) throw new Error(`Rapor: narrative chapter ${id}.mdx was not loaded`);
      return [file, (await render(entry)).Content] as const;
    }),
  );
  return new Map(contents);
}
