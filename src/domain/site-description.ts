/** The site's description in a language: `deskripsi`, or on English pages `deskripsi_en` when situs.json has one (as editionTitle does for titles). */
import type { Situs } from './schema/situs.ts';
import type { Lang } from './text.ts';

export function siteDescription(situs: Pick<Situs, 'deskripsi' | 'deskripsi_en'>, lang: Lang): string | undefined {
  return lang === 'en' ? (situs.deskripsi_en ?? situs.deskripsi) : situs.deskripsi;
}
