/** Strings of the rankings page `/peringkat/<tahun>/`, Indonesian first. Shared words live in ui.ts. */
import { text, type Lang, type Text } from '../domain/text.ts';

export const uiPeringkat = {
  title: (tahun: number) => text(`Peringkat ${tahun}`, `Rankings ${tahun}`),
  description: (tahun: number) =>
    text(
      `Peringkat instansi pemerintah tahun ${tahun} menurut SAKIP, kepatuhan pelayanan publik dan evaluasi internal OPD, di dalam kelompok sejenis.`,
      `Rankings of government institutions in ${tahun} by SAKIP, public-service compliance and internal OPD evaluation, within peer groups.`,
    ),
  intro: text(
    'Provinsi, kabupaten, kota, dan kementerian/lembaga diperingkat terpisah; OPD diperingkat di dalam pemdanya. Peringkat berlaku di antara instansi dalam data situs ini, bukan peringkat nasional. Nilai sama berbagi peringkat (1, 2, 2, 4).',
    'Provinces, regencies, cities, and ministries and agencies are ranked separately; OPD are ranked within their regional government. Ranks are among the institutions in this site’s data, not national ranks. Equal scores share a rank (1, 2, 2, 4).',
  ),
  unranked: text(
    'Instansi tanpa nilai (tidak dinilai atau nilainya tidak diterbitkan) dicantumkan sesudah yang berperingkat, tanpa peringkat.',
    'Institutions without a score (not assessed or not published) are listed after the ranked ones, without a rank.',
  ),
  otherYears: text('Peringkat per tahun', 'Rankings by year'),
  rule: text('Aturan penilaian', 'Grading rule'),
  seeMethodology: text('lihat Metodologi', 'see Methodology'),
  comparedWith: (tahun: number) =>
    text(
      `Perubahan nilai dan peringkat dibandingkan dengan ${tahun}, yang dinilai dengan aturan yang sama. Perubahan peringkat dihitung di antara instansi yang berperingkat pada kedua tahun, sehingga pendatang baru tidak menggeser peringkat yang lain.`,
      `Score and rank changes are against ${tahun}, graded by the same rule. A rank change is counted among the institutions ranked in both years, so that new entrants do not shift anyone else’s rank.`,
    ),
  newExplain: (tahun: number) => text(`"Baru": tidak berperingkat pada ${tahun}.`, `"New": not ranked in ${tahun}.`),
  noPrevious: text('Belum ada tahun sebelumnya dengan data ini, jadi perubahan peringkat tidak ditampilkan.', 'No earlier year holds this data, so no rank change is shown.'),
  changeSince: (tahun: number) => text(`Perubahan peringkat sejak ${tahun}`, `Rank change since ${tahun}`),
  scoreChangeSince: (tahun: number) => text(`Perubahan nilai sejak ${tahun}`, `Score change since ${tahun}`),
  /** The same two, shortened to label a cell on a phone. */
  rankSince: (tahun: number) => text(`Peringkat sejak ${tahun}`, `Rank since ${tahun}`),
  scoreSince: (tahun: number) => text(`Nilai sejak ${tahun}`, `Score since ${tahun}`),
  ruleChanged: text('aturan berubah', 'the rule changed'),
  rankUp: (n: string) => text(`naik ${n}`, `up ${n}`),
  rankDown: (n: string) => text(`turun ${n}`, `down ${n}`),
  unrankedCell: text('tanpa peringkat', 'unranked'),
  filterLegend: text('Saring dan urutkan', 'Filter and sort'),
  sortHint: text('Urutkan dengan tombol pada judul kolom. Alamat halaman menyimpan pilihan ini, sehingga tampilan dapat dibagikan.', 'Sort with the buttons in the column headers. The page address keeps these choices, so the view can be shared.'),
  /** With `{shown}` and `{total}`, filled in by the page script. */
  shown: text('{shown} dari {total} baris ditampilkan.', '{shown} of {total} rows shown.'),
  noMatch: text('Tidak ada baris yang cocok dengan saringan.', 'No rows match the filters.'),
  zona: {
    hijau: text('hijau', 'hijau (green)'),
    kuning: text('kuning', 'kuning (yellow)'),
    merah: text('merah', 'merah (red)'),
    hitam: text('hitam', 'hitam (black)'),
  },
  apply: text('Terapkan', 'Apply'),
  noScript: text(
    'Saringan dan pengurutan halaman ini memerlukan JavaScript. Tanpa JavaScript, alamat yang membawa saringan tetap menampilkan halaman ini tanpa saringan; peringkat satu provinsi ada di halamannya sendiri.',
    'Filtering and sorting on this page need JavaScript. Without it, an address carrying a filter still shows this page unfiltered; the rankings of one province are on a page of their own.',
  ),
  byProvinsi: text('Peringkat per provinsi', 'Rankings by province'),
  byProvinsiIntro: text(
    'Setiap provinsi, bersama kabupaten dan kotanya, punya halaman peringkat sendiri yang lengkap dan dapat dibuka tanpa JavaScript.',
    'Each province, with its regencies and cities, has a complete rankings page of its own that opens without JavaScript.',
  ),
  provinsiTitle: (tahun: number, provinsi: string) => text(`Peringkat ${tahun}: ${provinsi}`, `Rankings ${tahun}: ${provinsi}`),
  provinsiDescription: (tahun: number, provinsi: string) =>
    text(
      `Peringkat ${tahun} instansi di Provinsi ${provinsi}: provinsi, kabupaten dan kota, di antara semua instansi sejenis.`,
      `Rankings ${tahun} of the institutions in the province of ${provinsi}: the province, its regencies and cities, among all institutions of their kind.`,
    ),
  provinsiIntro: (provinsi: string) =>
    text(
      `Instansi yang terletak di Provinsi ${provinsi}. Peringkat dan perubahannya adalah peringkat di antara semua instansi sejenis dalam data situs ini, tidak dihitung ulang di dalam provinsi.`,
      `The institutions in the province of ${provinsi}. Ranks and their changes are among all institutions of their kind in this site’s data, not recounted within the province.`,
    ),
  provinsiYears: text('Peringkat provinsi ini per tahun', 'This province’s rankings by year'),
  allProvinsi: (tahun: number) => text(`Semua peringkat ${tahun}`, `All rankings ${tahun}`),
  /** The caption of a long peer group's top on the year's page. */
  topCaption: (group: string, count: number, total: string) => text(`${group}: ${count} teratas dari ${total}`, `${group}: top ${count} of ${total}`),
  risesCaption: (group: string, tahun: number) => text(`${group}: kenaikan nilai terbesar sejak ${tahun}`, `${group}: largest score rises since ${tahun}`),
  fullRanking: (total: string) => text(`Peringkat lengkap (${total} baris), per halaman:`, `The full ranking (${total} rows), by page:`),
  orByProvinsi: text('atau per provinsi', 'or by province'),
  pageTitle: (tahun: number, group: string, halaman: number, of: number) =>
    text(`Peringkat ${tahun}: ${group}, halaman ${halaman} dari ${of}`, `Rankings ${tahun}: ${group}, page ${halaman} of ${of}`),
  pageIntro: (from: string, to: string, total: string) =>
    text(
      `Baris ${from}–${to} dari ${total}, dalam urutan peringkat; pengurutan berlaku di dalam halaman ini.`,
      `Rows ${from}–${to} of ${total}, in rank order; sorting applies within this page.`,
    ),
  pages: text('Halaman', 'Pages'),
  opdByProvinsi: text(
    'Daftar OPD per pemda ada di halaman peringkat setiap provinsi.',
    'The list of OPD per regional government is on each province’s rankings page.',
  ),
};

/** What a rank-change column measures against, or why it shows no change (the rankings page, an OPD page). */
export function changeNote(previous: { tahun: number; notComparable?: Text } | undefined, lang: Lang): string {
  if (previous === undefined) return uiPeringkat.noPrevious[lang];
  const against = previous.notComparable ? `${uiPeringkat.changeSince(previous.tahun)[lang]} — ${previous.notComparable[lang]}.` : uiPeringkat.comparedWith(previous.tahun)[lang];
  return `${against} ${uiPeringkat.newExplain(previous.tahun)[lang]}`;
}
