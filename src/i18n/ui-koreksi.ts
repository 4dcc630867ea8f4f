/** The words of corrections on pages: the mark beside a corrected value and the list of corrections. */
import type { Koreksi } from '../domain/dataset.ts';
import { text, type Lang } from '../domain/text.ts';
import { formatNilai } from './format.ts';

export const koreksiUi = {
  corrected: text('dikoreksi', 'corrected'),
  was: text('semula', 'was'),
  heading: text('Koreksi', 'Corrections'),
  explain: text(
    'Edisi yang sudah terbit tidak diubah diam-diam: setiap nilai yang dikoreksi sesudah terbit ditandai dan dicatat di sini.',
    'Published editions never change silently: every value corrected after publication is marked and recorded here.',
  ),
  number: text('No.', 'No.'),
  dataset: text('Data', 'Data'),
  column: text('Kolom', 'Column'),
  /** A correction of a narrative chapter, where a dataset's name would stand. */
  narrative: text('Narasi', 'Narrative'),
  old: text('Nilai lama', 'Old value'),
  new: text('Nilai baru', 'New value'),
  date: text('Tanggal', 'Date'),
  reason: text('Alasan', 'Reason'),
  empty: text('(kosong)', '(empty)'),
};

/** A value as koreksi.csv holds it, written as the site writes values: a score with two decimals in the page's language. */
export function formatKoreksiValue(value: string | undefined, lang: Lang): string {
  if (value === undefined || value.trim() === '') return koreksiUi.empty[lang];
  return /^\d+(?:[.,]\d+)?$/.test(value.trim()) && /[.,]/.test(value) ? formatNilai(Number(value.trim().replace(',', '.')), lang) : value.trim();
}

/** The anchor of a correction in the list on its page. */
export const koreksiId = (koreksi: Koreksi): string => `koreksi-${koreksi.nomor}`;
