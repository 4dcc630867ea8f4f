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
  comparedWith: (tahun: number) => text(`Perubahan peringkat dibandingkan dengan ${tahun}, yang dinilai dengan aturan yang sama.`, `Rank changes are against ${tahun}, graded by the same rule.`),
  newExplain: (tahun: number) => text(`"Baru": tidak berperingkat pada ${tahun}.`, `"New": not ranked in ${tahun}.`),
  noPrevious: text('Belum ada tahun sebelumnya dengan data ini, jadi perubahan peringkat tidak ditampilkan.', 'No earlier year holds this data, so no rank change is shown.'),
  changeSince: (tahun: number) => text(`Perubahan sejak ${tahun}`, `Change since ${tahun}`),
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
};

/** What a rank-change column measures against, or why it shows no change (the rankings page, an OPD page). */
export function changeNote(previous: { tahun: number; notComparable?: Text } | undefined, lang: Lang): string {
  if (previous === undefined) return uiPeringkat.noPrevious[lang];
  const against = previous.notComparable ? `${uiPeringkat.changeSince(previous.tahun)[lang]} — ${previous.notComparable[lang]}.` : uiPeringkat.comparedWith(previous.tahun)[lang];
  return `${against} ${uiPeringkat.newExplain(previous.tahun)[lang]}`;
}
