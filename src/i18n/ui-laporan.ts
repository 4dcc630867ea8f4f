/**
 * Strings of an edition in summary mode (src/domain/views/edition-bagian.ts): the summary page, its
 * table of contents, the page of a provinsi `/laporan/<tahun>/<kode provinsi>/` and of the K/L
 * `/laporan/<tahun>/kl/`, and the largest moves by score (also on the home page). Indonesian first;
 * shared words live in ui.ts.
 */
import { text, type Text } from '../domain/text.ts';
import { KL_BAGIAN, type Bagian } from '../domain/views/edition-bagian.ts';

export const uiLaporan = {
  /** A bagian's name: the provinsi (or its kode when instansi.csv lacks it), or the K/L. */
  bagianName: (bagian: Bagian): Text => {
    if (bagian.range) return text(`Kementerian/lembaga: ${bagian.range.from.nama} – ${bagian.range.to.nama}`, `Ministries and agencies: ${bagian.range.from.nama} – ${bagian.range.to.nama}`);
    if (bagian.id === KL_BAGIAN) return text('Kementerian/lembaga', 'Ministries and agencies');
    return bagian.provinsi ? text(bagian.provinsi.nama, bagian.provinsi.nama) : text(`Provinsi ${bagian.id}`, `Province ${bagian.id}`);
  },
  /** The part page's title and h1. */
  title: (part: string, judul: string) => text(`${part} — ${judul}`, `${part} — ${judul}`),
  description: (part: string, tahun: number) =>
    text(
      `${part} pada laporan ${tahun}: predikat SAKIP, kepatuhan pelayanan publik dan OPD per pemda, dengan sumber setiap angka.`,
      `${part} in the ${tahun} report: SAKIP grades, public-service compliance and OPD by regional government, with the source of every figure.`,
    ),
  contents: text('Daftar isi', 'Contents'),
  contentsExplain: text(
    'Edisi ini menilai terlalu banyak instansi untuk satu halaman: tabel lengkapnya ada per provinsi (provinsi itu beserta kabupaten dan kotanya) dan untuk kementerian/lembaga, juga di unduhan.',
    'This edition assesses too many institutions for one page: its full tables are per province (the province with its regencies and cities) and for the ministries and agencies, and in the downloads.',
  ),
  contentsCaption: (tahun: number) => text(`Daftar isi laporan ${tahun}: jumlah instansi per bagian`, `Contents of the ${tahun} report: institutions per part`),
  part: text('Bagian', 'Part'),
  downloads: text('Semua baris edisi ini ada di unduhan —', 'Every row of this edition is in the downloads —'),
  pemdaWithOpd: text('Pemda dengan OPD', 'Regional governments with OPD'),
  gradeMoves: text('Predikat/zona berubah', 'Grades changed'),
  /** On the summary and the home page, in place of the list of every grade that moved; followed by a link to the contents. */
  movesCounted: (count: string) =>
    text(
      `${count} predikat atau zona berubah sejak edisi sebelumnya; halaman tiap provinsi dan kementerian/lembaga mendaftar perubahannya sendiri:`,
      `${count} grades or zones changed since the previous edition; each province's page, and that of the ministries and agencies, lists its own:`,
    ),
  /** Followed by a link to the table of contents. */
  opdElsewhere: text('Tabel OPD per pemda ada di halaman provinsinya:', 'The table of OPD by regional government is on each province’s page:'),
  /** The largest rises and falls by score. */
  rises: text('Kenaikan nilai terbesar', 'Largest rises in score'),
  falls: text('Penurunan nilai terbesar', 'Largest falls in score'),
  moversOf: (what: string, tahun: number, from: number) => text(`${what} ${from} ke ${tahun}`, `${what}, ${from} to ${tahun}`),
  moversExplain: (shown: string, from: number) =>
    text(
      `Paling banyak ${shown} instansi per daftar, diukur dari edisi terbit ${from} dengan aturan penilaian yang sama; instansi tanpa nilai pada salah satu tahun tidak dihitung.`,
      `At most ${shown} institutions per list, measured from the published ${from} edition graded by the same rule; institutions without a score in either year are left out.`,
    ),
  noPrevious: text('Belum ada edisi terbit sebelumnya untuk dibandingkan.', 'There is no earlier published edition to compare with.'),
  noMoves: text('tidak ada.', 'none.'),
  before: (tahun: number) => text(`Nilai ${tahun}`, `Score ${tahun}`),
  /** The coverage figures of the summary. */
  coverageExplain: text('Instansi yang diharapkan punya data, dengan dan tanpa baris pada edisi ini.', 'Institutions expected to have data, with and without a row in this edition.'),
  /** The link back from a part's page. */
  backToSummary: text('Ringkasan laporan', 'Report summary'),
  partOpd: text('OPD per pemda', 'OPD by regional government'),
  partCoverageExplain: text(
    'Instansi bagian ini dan data yang dimilikinya pada edisi ini; OPD dihitung per pemda, dan nama OPD tanpa data ada di halaman OPD pemdanya. Seluruh edisi:',
    'The institutions of this part and the data they have in this edition; OPD are counted per regional government, and the OPD without data are named on its OPD page. The whole edition:',
  ),
  inactive: text('Tidak ada pada tahun ini', 'Did not exist this year'),
  inactiveOpdElsewhere: (n: string) =>
    text(`Juga ${n} OPD yang tidak ada pada tahun ini; halaman pemdanya menyebut mereka.`, `Also ${n} OPD that did not exist this year; their regional governments’ pages name them.`),
  /** The home page of a summary edition. */
  distribution: text('Sebaran', 'Distribution'),
};
