/**
 * What a narrative component needs besides its own attributes. MDX hands components only what the
 * writer typed, so the page that shows a chapter binds the rest to each of them (NarasiBab.astro): its
 * language, its Dataset, its edition's year, whether it is the print version (cetak). The validator has
 * already checked every reference, so a lookup that fails here is a bug, not an editor's mistake.
 */
import type { Dataset, Edition } from '../domain/dataset.ts';
import type { Lang } from '../domain/text.ts';

/** The page a chapter is shown on. */
export interface NarasiPage {
  lang: Lang;
  dataset: Dataset;
  /** The year of the page's edition. */
  tahun: number;
  /** True on the print page, where sources are cited within the page. */
  cetak: boolean;
}

export interface NarasiContext extends NarasiPage {
  /** The edition named by the component's `tahun`, or the page's. */
  edition: Edition;
}

export function narasiContext(page: NarasiPage, tahun?: string): NarasiContext {
  const year = tahun === undefined ? page.tahun : Number(tahun);
  const edition = page.dataset.editions.find((e) => e.tahun === year);
  if (edition === undefined) throw new Error(`Rapor: no edition ${year} for a narrative component`);
  return { ...page, edition };
}
