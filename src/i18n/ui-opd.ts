/**
 * Strings of a split OPD chapter (src/domain/views/opd-pages.ts): the page of one pemda's OPD
 * `/laporan/<tahun>/opd/<pemda>/`, and the table of pemda standing for the chapter in the report, its
 * print version and the rankings page. Indonesian first; shared words live in ui.ts.
 */
import { text, type Text } from '../domain/text.ts';
import { ui } from './ui.ts';

const RANKING = text('Peringkat di dalam pemda', 'Ranks within the regional government');
/** A chart's or table's title: its section's heading, then what it covers. */
const titled = (heading: Text, what: string): Text => text(`${heading.id}: ${what}`, `${heading.en}: ${what}`);

export const uiOpd = {
  /** The page's title and h1. */
  title: (pemda: string, judul: string) => text(`OPD ${pemda} — ${judul}`, `OPD of ${pemda} — ${judul}`),
  description: (pemda: string, tahun: number) =>
    text(
      `Evaluasi internal OPD ${pemda} ${tahun}: sebaran predikat, peringkat di dalam pemda dan perubahannya, dengan sumber setiap angka.`,
      `Internal evaluation of the OPD of ${pemda}, ${tahun}: grades, ranks within the regional government and their change, with the source of every figure.`,
    ),
  /** The link to the pemda's instansi page. */
  pemdaPage: (pemda: string) => text(`Profil ${pemda}`, `${pemda}: profile`),
  rankingsOfOpd: (tahun: number) => text(`Peringkat ${tahun}`, `Rankings ${tahun}`),
  distribution: text('Sebaran predikat', 'Grades'),
  ranking: RANKING,
  rankingTitle: (pemda: string, tahun: number) => titled(RANKING, `OPD ${pemda} ${tahun}`),
  movesCaption: (pemda: string) => titled(ui.changedSincePrevious, `OPD ${pemda}`),
  /** A pemda's OPD ranking chart in a narrative chapter. */
  rankedByScore: (pemda: string, tahun: number) => text(`Peringkat OPD ${pemda} ${tahun} menurut nilai`, `OPD of ${pemda} ranked by score, ${tahun}`),
  /** Above every chart of OPD ranks. */
  rankingSummary: text('Batang terpanjang adalah nilai tertinggi; nilai sama berbagi peringkat.', 'The longest bar is the highest score; equal scores share a rank.'),
  /** The table of pemda standing for a split chapter. */
  byPemda: text('OPD per pemda', 'OPD by regional government'),
  pemda: text('Pemda', 'Regional government'),
  assessed: text('OPD dinilai', 'OPD assessed'),
  tableCaption: (tahun: number) => text(`OPD per pemda ${tahun}: jumlah OPD dinilai dan predikatnya`, `OPD by regional government ${tahun}: OPD assessed and their grades`),
  /** Followed by the address of the pemda's pages and `explainLinked`. */
  explain: (count: string) =>
    text(
      `OPD dari ${count} pemda dinilai pada edisi ini. Tabel, grafik dan peringkat OPD tiap pemda ada di halamannya sendiri di situs,`,
      `The OPD of ${count} regional governments are assessed in this edition. Each one's OPD table, charts and ranking are on a page of its own on the site,`,
    ),
  explainLinked: text('; nama pemda dalam tabel di bawah menautkan ke sana.', '; the names in the table below link there.'),
  /** The pattern of a pemda's OPD page after `/laporan/<tahun>/opd/`. */
  pattern: text('<kode pemda>/', '<pemda kode>/'),
  download: text('Semua baris OPD edisi ini ada di unduhan:', 'Every OPD row of this edition is in the download:'),
  /** The OPD of the pemda active that year without a row in this edition. */
  missing: text('OPD tanpa data', 'OPD without data'),
  missingExplain: text('OPD ini ada pada tahun ini tetapi tidak punya baris pada edisi ini. Lihat juga', 'These OPD existed that year but have no row in this edition. See also'),
  /** In an edition's summary, before a link to the table of pemda. */
  movesElsewhere: text('Perubahan predikat OPD ada di halaman OPD tiap pemda:', 'Changes of OPD grades are on each regional government’s OPD page:'),
  /** In the print version's list of sources: a pemda's OPD citing a source. */
  citingOpd: (pemda: string, count: string) => text(`${count} OPD ${pemda}`, `${count} OPD of ${pemda}`),
  /** The print version's appendix of full tables, in place of the OPD tables. */
  appendix: text(
    'Tabel OPD tiap pemda tidak dicetak di sini: tabel itu ada di situs, di halaman OPD tiap pemda (lihat bab Evaluasi Internal Perangkat Daerah), dan semua baris OPD edisi ini ada di unduhan:',
    'The OPD table of each regional government is not printed here: it is on the site, on each one’s OPD page (see the chapter Internal Evaluation of Regional Agencies), and every OPD row of this edition is in the download:',
  ),
  /** On the rankings page. */
  rankingsElsewhere: text(
    'Peringkat OPD tiap pemda, dengan perubahannya, ada di halaman OPD pemda itu: ikuti nama pemda. Saringan dan urutan di atas berlaku untuk tabel peringkat, tidak untuk daftar ini.',
    'Each regional government’s OPD ranking, with its changes, is on its OPD page: follow its name. The filters and sorting above apply to the ranking tables, not to this list.',
  ),
};
