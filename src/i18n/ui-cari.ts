/** Strings of site search: the header box and the page `/cari/`, Indonesian first. Shared words live in ui.ts. */
import { text } from '../domain/text.ts';

export const uiCari = {
  title: text('Cari', 'Search'),
  description: text(
    'Cari instansi menurut nama, nama lama, singkatan (Kominfo, Bappeda, OKU Timur), kode atau pemda induknya, dan laporan yang sudah terbit.',
    'Search institutions by name, former name, abbreviation (Kominfo, Bappeda, OKU Timur), code or parent government, and the published reports.',
  ),
  /** The header box's landmark; the page's own form has `formLabel`, so the two search landmarks differ. */
  boxLabel: text('Cari di situs', 'Search the site'),
  formLabel: text('Formulir pencarian', 'Search form'),
  inputLabel: text('Nama, nama lama, singkatan, kode atau induk', 'Name, former name, abbreviation, code or parent'),
  inputShort: text('Cari instansi', 'Search institutions'),
  submit: text('Cari', 'Search'),
  intro: text(
    'Pencarian mencakup halaman setiap instansi (nama, nama lama, singkatan dan sebutan yang lazim seperti Kominfo, Bappeda, PALI atau Muba, kode, induk) dan laporan yang sudah terbit. Instansi yang namanya Anda ketik tampil paling atas. Draf laporan tidak dicari.',
    'Search covers the page of every institution (name, former names, common abbreviations and short names such as Kominfo, Bappeda, PALI or Muba, code, parent) and the published reports. The institution whose name you type comes first. Draft reports are not searched.',
  ),
  noScript: text(
    'Pencarian di halaman ini memerlukan JavaScript. Tanpa JavaScript, temukan instansi melalui tautan di bawah.',
    'Search on this page needs JavaScript. Without it, find an institution through the links below.',
  ),
  noIndex: text(
    'Indeks pencarian tidak tersedia: indeks dibuat oleh npm run build, tidak oleh astro dev. Temukan instansi melalui tautan di bawah.',
    'The search index is not available: it is made by npm run build, not by astro dev. Find an institution through the links below.',
  ),
  otherWays: text('Cara lain menemukan instansi', 'Other ways to find an institution'),
  rankingsOf: (tahun: number) => text(`Peringkat ${tahun}: semua instansi yang dinilai`, `Rankings ${tahun}: every institution assessed`),
  allData: text('Data, koreksi dan manifes', 'Data, corrections and manifest'),
  searching: text('Mencari…', 'Searching…'),
  /** `{n}`: the number of results, `{q}`: the query. */
  found: text('{n} hasil untuk “{q}”.', '{n} results for “{q}”.'),
  foundOne: text('1 hasil untuk “{q}”.', '1 result for “{q}”.'),
  /** `{shown}` of `{n}` results. */
  foundMany: text('{n} hasil untuk “{q}”; {shown} teratas ditampilkan.', '{n} results for “{q}”; the first {shown} are shown.'),
  none: text('Tidak ada hasil untuk “{q}”.', 'No results for “{q}”.'),
  failed: text('Pencarian gagal. Muat ulang halaman ini dan coba lagi.', 'The search failed. Reload this page and try again.'),
  /** An OPD's abbreviations (Kominfo) and a pemda's short names (PALI, Solo): not all of them abbreviations. */
  abbreviations: text('Disebut juga', 'Also called'),
  latestGrades: text('Nilai terakhir', 'Latest grades'),
  report: text('Laporan', 'Report'),
};
