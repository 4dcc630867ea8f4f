/** Strings of the print version (`/laporan/<tahun>/cetak/`) and its PDF. Indonesian first; shared words live in ui.ts. */
import { text } from '../domain/text.ts';

export const uiCetak = {
  /** The cover's date line. */
  publishedOn: (date: string) => text(`Diterbitkan ${date}`, `Published ${date}`),
  draft: text('Draf — belum diterbitkan', 'Draft — not yet published'),
  /** Before the NIP in the signature block: written this way in either language. */
  nip: text('NIP.', 'NIP.'),
  /** The appendix of full tables, when the OPD chapter already printed each pemda's full OPD table. */
  opdInChapter: (chapter: string) =>
    text(`Tabel lengkap evaluasi internal OPD dicetak di bab ${chapter}.`, `The full tables of the internal OPD evaluation are printed in the chapter ${chapter}.`),
  /** The list of sources: how its numbers are used. */
  sourcesExplain: text(
    'Nomor di bawah ini adalah nomor rujukan [1], [2] … di dalam teks. Setiap sumber disertai data yang mengutipnya.',
    'The numbers below are the references [1], [2] … in the text. Each source lists the data citing it.',
  ),
};
