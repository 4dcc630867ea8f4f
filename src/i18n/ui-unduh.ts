/** Strings of the download section of `/data/`, Indonesian first. Shared words live in ui.ts. */
import type { Lang } from '../domain/text.ts';
import { text } from '../domain/text.ts';

const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const UNITS = ['B', 'kB', 'MB', 'GB'];

/** A file size as a reader reads it: `812 B`, `12,4 kB`, `3,1 MB` (powers of 1000, as file managers show them). */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

export const uiUnduh = {
  heading: text('Unduh data', 'Download data'),
  intro: text(
    'Semua angka di situs ini dapat diunduh dalam bentuk panjang: satu baris adalah satu instansi dalam satu tahun penilaian, dengan kolom tahun, nama instansi pada tahun itu, jenis (K/L, provinsi, kabupaten, kota, OPD), induk dan kode_provinsi. Angka ditulis seperti diterbitkan edisinya (85,80 menjadi 85.80). CSV untuk lembar kerja, JSON untuk program; nama berkas yang disimpan menyebut penilaian dan tahunnya. Nilai kosong berarti tidak dinilai atau tidak diterbitkan, bukan 0.',
    'Every figure on this site can be downloaded in long format: a row is one institution in one assessment year, with columns for the year (tahun), the institution’s name that year, its kind (jenis: ministry or agency, province, regency, city, OPD), its parent (induk) and its province (kode_provinsi). Numbers are written as their edition published them (85,80 becomes 85.80). CSV for spreadsheets, JSON for programs; a saved file’s name says the assessment and its year. An empty value means not assessed or not published, never 0.',
  ),
  datasets: text('Semua edisi terbit, per penilaian', 'Every published edition, per assessment'),
  dataset: text('Penilaian', 'Assessment'),
  row: text('Satu baris', 'One row'),
  rowOf: {
    sakip: text('satu instansi, satu tahun evaluasi', 'one institution, one evaluation year'),
    kepatuhan: text('satu instansi, satu tahun penilaian', 'one institution, one assessment year'),
    opd: text('satu OPD, satu tahun evaluasi, dengan peringkat di pemdanya', 'one OPD, one evaluation year, with its rank within its regional government'),
  },
  editions: text('Per edisi', 'Per edition'),
  edition: text('Edisi', 'Edition'),
  editionFiles: text('Berkas setiap edisi, per penilaian', 'Each edition’s files, per assessment'),
  draft: text('draf: angka masih dapat berubah', 'draft: figures may still change'),
  editionNames: text(
    'Nama setiap berkas edisi menyebut penilaian dan tahunnya (kepatuhan-2024.csv); alamat lamanya (/unduh/2024/kepatuhan.csv) tetap memuat berkas yang sama.',
    'Each edition file’s name says its assessment and year (kepatuhan-2024.csv); its former address (/unduh/2024/kepatuhan.csv) still holds the same file.',
  ),
  draftNote: text(
    'Berkas edisi draf ditandai draf di kolom status_edisi setiap baris dan dalam JSON-nya; berkas gabungan di atas hanya memuat edisi terbit.',
    'Files of a draft edition say draf in the status_edisi column of every row and in their JSON; the combined files above hold published editions only.',
  ),
  none: text('tidak ada', 'none'),
  registry: text('Daftar instansi dan koreksi', 'Institutions and corrections'),
  registryFile: text('Daftar instansi: kode, nama, jenis, induk, nama lain, tahun aktif, pengganti', 'Institutions: code, name, kind, parent, former names, active years, successor'),
  koreksiFile: text('Koreksi sesudah terbit, bernomor seperti di situs', 'Corrections after publication, numbered as on the site'),
  perInstansi: text(
    'Baris setiap instansi, semua penilaian dan tahun dalam satu tabel, ada di halaman instansinya dan di',
    'Each institution’s rows, every assessment and year in one table, are on its page and at',
  ),
  compare: text('Bandingkan riwayat sampai empat instansi', 'Compare the histories of up to four institutions'),
  packageHeading: text('Deskripsi data dan checksum', 'Data description and checksums'),
  datapackage: text(
    'Frictionless Tabular Data Package: kolom, jenis, batas dan arti setiap kolom berkas CSV gabungan, daftar instansi dan koreksi, dibuat dari skema yang dipakai untuk memeriksa data.',
    'Frictionless Tabular Data Package: the columns, types, limits and meaning of every column of the combined CSV files, the institutions and the corrections, generated from the schemas that validate the data.',
  ),
  sums: text(
    'SHA-256 setiap berkas unduhan; periksa dengan sha256sum -c SHA256SUMS di folder unduhan.',
    'SHA-256 of every download file; check with sha256sum -c SHA256SUMS in the download folder.',
  ),
  excelHeading: text('Membuka CSV di Excel', 'Opening the CSV in Excel'),
  excel: text(
    'CSV ditulis UTF-8 dengan BOM, dipisah koma, angka desimal dengan titik (95.45). Sel yang diawali =, +, -, @, tab atau CR diberi tanda kutip tunggal di depannya agar lembar kerja tidak pernah menjalankannya sebagai rumus; JSON memuat nilai aslinya. Di Excel berbahasa Indonesia, buka lewat Data › Dari Teks/CSV, lalu pilih pemisah Koma dan, di Ubah Data, jenis angka dengan lokal Inggris (Amerika Serikat) agar 95.45 tidak terbaca sebagai teks atau tanggal.',
    'CSV files are UTF-8 with a BOM, comma separated, with a decimal point (95.45). A cell starting with =, +, -, @, tab or CR gets a leading single quote so that a spreadsheet never runs it as a formula; the JSON holds the original value. In Excel with an Indonesian locale, open them with Data › From Text/CSV, choose the Comma delimiter and, under Transform Data, the number type with locale English (United States), so that 95.45 is not read as text or a date.',
  ),
  sourcesHeading: text('Sumber dan penggunaan ulang', 'Sources and reuse'),
  sources: text(
    'Angka berasal dari sumber yang disebut di kolom sumber setiap baris (KemenPAN-RB, Ombudsman RI, pemda). Sebutkan penerbit situs ini dan sumber itu bila menggunakan ulang data; situs ini tidak menetapkan lisensi lain atas angka tersebut.',
    'The figures come from the sources named in each row’s sumber column (KemenPAN-RB, Ombudsman RI, the regional government). Name this site’s publisher and that source when reusing the data; this site sets no other licence on those figures.',
  ),
  file: text('Berkas', 'File'),
  about: text('Isi', 'Contents'),
};
