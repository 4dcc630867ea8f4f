/** Strings of the home page. Indonesian first; shared words live in ui.ts. */
import { text } from '../domain/text.ts';

export const uiBeranda = {
  latest: text('Edisi terbaru', 'Latest edition'),
  explore: text('Jelajahi', 'Explore'),
  readReport: text('Baca laporan lengkap', 'Read the full report'),
};
