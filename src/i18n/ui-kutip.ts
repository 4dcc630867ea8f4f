/** Strings of citing and taking data away: the "Kutip" block, table CSV and chart PNG downloads. Indonesian first. */
import { DATA_FINGERPRINT_PREFIX } from '../domain/kutip.ts';
import { text } from '../domain/text.ts';

export const uiKutip = {
  heading: text('Kutip', 'Cite'),
  intro: text(
    'Tautan permanen dan saran kutipan untuk halaman ini, beserta sumber setiap angka.',
    'A permanent link and a suggested citation for this page, with the source of every figure.',
  ),
  permalink: text('Tautan permanen', 'Permalink'),
  fingerprint: text(`Sidik jari data (SHA-256, ${DATA_FINGERPRINT_PREFIX} karakter pertama)`, `Data fingerprint (SHA-256, first ${DATA_FINGERPRINT_PREFIX} characters)`),
  jump: text('Kutip atau unduh data ini', 'Cite or download this data'),
  fingerprintHelp: text('Cara membacanya', 'What it means'),
  suggested: text('Saran kutipan', 'Suggested citation'),
  sources: text('Sumber angka', 'Sources of the figures'),
  noSources: text('Belum ada angka di halaman ini.', 'There are no figures on this page yet.'),
  downloadInstansi: text('Unduh data instansi ini', 'Download this institution’s data'),
  downloadEdition: text('Unduh data edisi ini', 'Download this edition’s data'),
  compare: text('Bandingkan dengan instansi lain', 'Compare with other agencies'),
  /** Table downloads: the static link or the script's button for every row, and the script's button for the rows on screen. */
  csvAll: text('Unduh tabel ini (CSV, semua baris)', 'Download this table (CSV, all rows)'),
  csvShown: text('Unduh baris yang tampil (CSV)', 'Download the rows shown (CSV)'),
  /** File-name suffix of the rows on screen. */
  shownSuffix: text('tampil', 'shown'),
  png: text('Unduh PNG', 'Download PNG'),
};
