/** Strings of a dataset's chapter of an edition (BabDataset.astro): its charts' titles and its tables. Indonesian first; shared words live in ui.ts. */
import { text } from '../domain/text.ts';

export const uiBabDataset = {
  rule: text('Aturan', 'Rule'),
  all: text('Semua hasil', 'All results'),
  opdOf: text('OPD', 'OPD of'),
  instansi: text('instansi', 'instansi'),
  ranking: text('Peringkat menurut nilai', 'Ranked by score'),
};
