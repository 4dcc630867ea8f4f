/**
 * An edition's title in a language: `judul` on Indonesian pages, `judul_en` on English ones. Without
 * `judul_en` the English pages keep `judul`: a title is free text (it need not follow "Laporan … Tahun
 * 2024"), so no rule derives an English title that is right for every publisher.
 */
import type { Edisi } from './schema/edisi.ts';
import type { Lang } from './text.ts';

export function editionTitle(edisi: Pick<Edisi, 'judul' | 'judul_en'>, lang: Lang): string {
  return lang === 'en' ? (edisi.judul_en ?? edisi.judul) : edisi.judul;
}
