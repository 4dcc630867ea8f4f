/** Strings of `/metodologi/`, the rules' band tables. Indonesian first; shared words live in ui.ts. */
import type { Zona } from '../domain/rules.ts';
import { text } from '../domain/text.ts';
import { uiPeringkat } from './ui-peringkat.ts';

export const uiMetodologi = {
  title: text('Metodologi: aturan predikat dan zona', 'Methodology: grade and zone rules'),
  intro: text(
    'Setiap angka di situs ini dinilai dengan aturan tahunnya. Tabel di bawah dibuat dari tabel yang sama yang dipakai pemeriksa data, sehingga keduanya tidak mungkin berbeda.',
    'Every figure on this site is graded by the rule of its year. The tables below are rendered from the same table the data validator uses, so the two cannot disagree.',
  ),
  band: text('Rentang nilai', 'Score range'),
  meaning: text('Arti', 'Meaning'),
  components: text('Komponen dan bobot', 'Components and weights'),
  dimensions: text('Dimensi', 'Dimensions'),
  weight: text('Bobot', 'Weight'),
  noWeight: text('— bobot dimensi ini tidak diterbitkan tersendiri', '— no weight of its own is published for this dimension'),
  period: text(
    'Tahun evaluasi dan tahun kinerja berbeda: evaluasi AKIP tahun N menilai kinerja dan LKjIP tahun N−1. Rapor menamai setiap hasil dengan keduanya, misalnya "Hasil Evaluasi AKIP 2024 (atas kinerja TA 2023)".',
    'The evaluation year and the performance year differ: the AKIP evaluation of year N looks at the performance and report of year N−1. Rapor labels each result with both, for example "AKIP evaluation 2024 (of fiscal year 2023 performance)".',
  ),
  opd: text(
    'Evaluasi internal OPD memakai skala predikat SAKIP tahun yang sama; setiap pemda menetapkan aturan teknisnya sendiri (Perbup/Perwali). Peringkat OPD dihitung di dalam pemdanya: nilai sama berbagi peringkat (1, 2, 2, 4).',
    'The internal OPD evaluation uses the SAKIP grade scale of the same year; each regional government sets its own technical rule (Perbup/Perwali). OPD are ranked within their regional government: equal scores share a rank (1, 2, 2, 4).',
  ),
  noAssessment: text('Ombudsman tidak melakukan penilaian kepatuhan pada', 'The Ombudsman did not assess compliance in'),
  comparable: text(
    'Perubahan nilai atau peringkat hanya ditampilkan antara dua tahun yang dinilai dengan aturan yang sama; di antara aturan yang berbeda situs ini menulis "tidak dapat dibandingkan".',
    'A change in score or rank is only shown between two years graded by the same rule; across different rules the site says "not comparable".',
  ),
  /** A band of a kepatuhan rule in the example of how its bounds read: its kategori, else its zona. */
  kategori: (kategori: string) => text(`kategori ${kategori}`, `category ${kategori}`),
  zona: (zona: Zona) => text(`zona ${uiPeringkat.zona[zona].id}`, `zone ${uiPeringkat.zona[zona].en}`),
  /** How a rule's bounds read, shown on a score at a bound and the band it falls in (and, exclusive, the score above it). */
  inclusive: (at: string, band: string) => text(`Batas bawah termasuk: ${at} adalah ${band}.`, `Lower bounds are inclusive: ${at} is ${band}.`),
  exclusive: (at: string, band: string, above: string, aboveBand: string) =>
    text(`Batas bawah tidak termasuk: ${at} adalah ${band}, ${above} adalah ${aboveBand}.`, `Lower bounds are exclusive: ${at} is ${band}, ${above} is ${aboveBand}.`),
};
