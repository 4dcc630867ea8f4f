/** Strings of the compare page `/bandingkan/`, Indonesian first; the page and its script share them. Shared words live in ui.ts. */
import { text } from '../domain/text.ts';

export const MAX_BANDINGKAN = 4;

export const uiBandingkan = {
  title: text('Bandingkan instansi', 'Compare institutions'),
  description: text(
    'Bandingkan riwayat SAKIP, kepatuhan pelayanan publik dan evaluasi internal sampai empat instansi berdampingan.',
    'Compare the SAKIP, public-service compliance and internal evaluation histories of up to four institutions side by side.',
  ),
  intro: text(
    `Pilih sampai ${MAX_BANDINGKAN} instansi. Pilihan tersimpan di alamat halaman, jadi alamat ini dapat dibagikan.`,
    `Choose up to ${MAX_BANDINGKAN} institutions. The choice is kept in the page address, so the address can be shared.`,
  ),
  noScript: text(
    'Membandingkan instansi memerlukan JavaScript. Tanpa JavaScript, buka halaman setiap instansi, yang memuat riwayat lengkapnya; temukan instansi lewat',
    'Comparing institutions needs JavaScript. Without it, open each institution’s page, which holds its full history; find an institution through',
  ),
  noScriptRankings: text('peringkat terbaru', 'the latest rankings'),
  noScriptHome: text('beranda', 'the home page'),
  or: text('atau', 'or'),
  pickLabel: text('Tambah instansi (nama, nama lama, singkatan atau kode)', 'Add an institution (name, former name, abbreviation or code)'),
  pickHelp: text('Ketik sedikitnya dua huruf, pilih dengan panah atas/bawah dan Enter.', 'Type at least two letters, choose with the up/down arrows and Enter.'),
  /** Where OPD are found with their pemda's name (a site of many pemda: src/domain/pick-match.ts). */
  pickHelpOpd: text(
    'Ketik sedikitnya dua huruf; untuk OPD, sertakan nama pemdanya (mis. “Dinkes Lahat”). Pilih dengan panah atas/bawah dan Enter.',
    'Type at least two letters; for an OPD, add its pemda’s name (e.g. “Dinkes Lahat”). Choose with the up/down arrows and Enter.',
  ),
  suggestions: text('Saran instansi', 'Suggested institutions'),
  loading: text('Memuat daftar instansi…', 'Loading the list of institutions…'),
  loadFailed: text('Daftar instansi tidak dapat dimuat.', 'The list of institutions could not be loaded.'),
  noMatch: text('Tidak ada instansi yang cocok.', 'No institution matches.'),
  noMatchOpd: text(
    'Tidak ada instansi yang cocok. Untuk OPD, sertakan nama pemdanya (mis. “Dinkes Lahat”).',
    'No institution matches. For an OPD, add its pemda’s name (e.g. “Dinkes Lahat”).',
  ),
  chosen: text('Instansi yang dibandingkan', 'Institutions compared'),
  noneChosen: text('Belum ada instansi yang dipilih.', 'No institution chosen yet.'),
  removeButton: text('Hapus', 'Remove'),
  remove: (nama: string) => text(`Hapus ${nama}`, `Remove ${nama}`),
  added: (nama: string) => text(`${nama} ditambahkan.`, `${nama} added.`),
  removed: (nama: string) => text(`${nama} dihapus.`, `${nama} removed.`),
  full: text(
    `Paling banyak ${MAX_BANDINGKAN} instansi: hapus satu sebelum menambah yang lain.`,
    `At most ${MAX_BANDINGKAN} institutions: remove one before adding another.`,
  ),
  refused: (kode: string) => text(`${kode} tidak ditambahkan: paling banyak ${MAX_BANDINGKAN} instansi.`, `${kode} was not added: at most ${MAX_BANDINGKAN} institutions.`),
  duplicate: (kode: string) => text(`${kode} sudah dipilih; yang kedua diabaikan.`, `${kode} was already chosen; the second one is ignored.`),
  unknown: (kode: string) => text(`Kode ${kode} tidak dikenal dan diabaikan.`, `Code ${kode} is unknown and ignored.`),
  already: (nama: string) => text(`${nama} sudah dipilih.`, `${nama} is already chosen.`),
  history: (dataset: string) => text(`Riwayat ${dataset}`, `History: ${dataset}`),
  noData: text('Instansi yang dipilih belum punya data penilaian ini.', 'The chosen institutions have no data for this assessment yet.'),
  notAssessed: text('tidak dinilai', 'not assessed'),
  chartsHeading: text('Grafik', 'Charts'),
  chartSummary: text(
    'Nilai setiap instansi per tahun pada sumbu 0–100; garis putus-putus menandai pergantian aturan, titik hilang berarti tidak dinilai. Tabel di atas memuat angka yang sama.',
    'Each institution’s score per year on a 0–100 axis; a dashed line marks a change of rule, a missing point means not assessed. The table above holds the same figures.',
  ),
  data: text('Data setiap instansi', 'Each institution’s data'),
};
