/**
 * What a narrative component needs besides its own attributes: the page's language and the year it
 * defaults to. MDX hands components only what the writer typed, so both come from the page itself
 * (its path and its `[tahun]` parameter). The validator has already checked every reference, so a
 * lookup that fails here is a bug, not an editor's mistake.
 */
import { siteDataset } from '../astro/site-dataset.ts';
import type { Dataset, Edition } from '../domain/dataset.ts';
import type { Lang } from '../domain/text.ts';
import { langOfPath } from '../i18n/paths.ts';

export interface NarasiContext {
  lang: Lang;
  dataset: Dataset;
  /** The edition named by the component's `tahun`, or the page's. */
  edition: Edition;
  /** True on the print page, where sources are cited within the page. */
  print: boolean;
}

export async function narasiContext(astro: { params: Record<string, string | undefined>; url: URL }, tahun?: string): Promise<NarasiContext> {
  const dataset = await siteDataset();
  const year = Number(tahun ?? astro.params.tahun);
  const edition = dataset.editions.find((e) => e.tahun === year);
  if (edition === undefined) throw new Error(`Rapor: no edition ${year} for a narrative component`);
  return { lang: langOfPath(astro.url.pathname), dataset, edition, print: astro.url.pathname.endsWith('/cetak/') };
}
