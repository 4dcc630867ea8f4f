/** Where each edition's PDF lives in the site: `unduh/laporan-kinerja-2024.pdf`, `…-2024-en.pdf`. No Node here: pages import it. */
import type { Lang } from '../../domain/text.ts';

export const PDF_FOLDER = 'unduh';

/** The PDF's path relative to the site's root (no leading slash, no base path). */
export const pdfPath = (tahun: number, lang: Lang): string => `${PDF_FOLDER}/laporan-kinerja-${tahun}${lang === 'en' ? '-en' : ''}.pdf`;
