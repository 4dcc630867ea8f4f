/** Strings of chart figures (legends, the table disclosure, the sentence that replaces a chart over too few instansi), Indonesian first. */
import { text, type Lang, type Text } from '../domain/text.ts';
import { formatInteger, formatNilai } from './format.ts';

/** An instansi a small chart would have drawn, as the sentence names it. */
export interface ChartUnit {
  nama: string;
  scale: 'predikat' | 'zona';
  grade: string;
  nilai?: number;
}

const COUNT_WORDS: Record<Lang, readonly string[]> = { id: ['Tidak ada', 'Satu', 'Dua'], en: ['No', 'One', 'Two'] };

/** "predikat BB 73,18", "zona hijau 95,45", "zona kuning" (no published score). */
const gradeText = (unit: ChartUnit, lang: Lang): string =>
  `${unit.scale === 'predikat' ? text('predikat', 'grade')[lang] : text('zona', 'zone')[lang]} ${unit.grade}${unit.nilai === undefined ? '' : ` ${formatNilai(unit.nilai, lang)}`}`;

export const uiChart = {
  /** A distribution's title: of predikat, or of zona. */
  gradesOf: (what: string) => text(`Sebaran predikat: ${what}`, `Grades: ${what}`),
  zonesOf: (what: string) => text(`Sebaran zona: ${what}`, `Zones: ${what}`),
  /** The summary of the table's disclosure under a chart. */
  showTable: text('Tabel', 'Table'),
  legend: text('Keterangan grafik', 'Chart key'),
  /** The shading, for one set of bands; `years` when the bands changed over the years shown. */
  bands: (scale: 'predikat' | 'zona' | 'kategori', years?: string): Text => {
    const noun = { predikat: text('predikat', 'grade'), zona: text('zona', 'zone'), kategori: text('kategori', 'category') }[scale];
    const when = years === undefined ? '' : ` ${years}`;
    return text(`Arsiran${when}: rentang nilai tiap ${noun.id}`, `Shading${when}: the score range of each ${noun.en}`);
  },
  points: (scale: 'predikat' | 'zona'): Text =>
    scale === 'predikat'
      ? text('Titik: nilai tiap tahun, dengan predikatnya di atasnya', 'Points: each year’s score, its grade written above')
      : text('Titik: nilai tiap tahun, dengan zonanya di atasnya', 'Points: each year’s score, its zone written above'),
  ruleChange: text(
    'Garis putus-putus: aturan penilaian berganti; nilai di kedua sisinya tidak dapat dibandingkan',
    'Dashed line: the grading rule changed; scores on either side are not comparable',
  ),
  /**
   * What replaces a chart over fewer than three instansi: "Satu instansi: Kota Banjarmasin, zona hijau
   * 95,45." — a bar of height 1 or a ranking "1 of 1" says less than this sentence.
   */
  few(units: readonly ChartUnit[], noun: string, lang: Lang): string {
    const count = COUNT_WORDS[lang][units.length] ?? formatInteger(units.length, lang);
    if (units.length === 0) return `${count} ${noun}.`;
    return `${count} ${noun}: ${units.map((unit) => `${unit.nama}, ${gradeText(unit, lang)}`).join('; ')}.`;
  },
};
