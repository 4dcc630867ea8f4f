/** The one-sentence text summaries that sit above charts, for readers who do not see them. */
import type { Lang } from '../domain/text.ts';
import type { Count } from '../domain/views/sebaran.ts';
import { formatInteger, formatNilai } from './format.ts';

/** What a distribution counts, by its Indonesian noun (the one callers pass), in English: singular and plural. */
const COUNTED_EN: Readonly<Record<string, readonly [string, string]>> = { instansi: ['institution', 'institutions'], OPD: ['OPD', 'OPD'] };

/** "25 instansi: A 5, BB 10, B 8, CC 2." and "25 institutions: 5 A, 10 BB, 8 B, 2 CC." — only the grades that occur. */
export function sebaranSentence(counts: readonly Count<string>[], noun: string, lang: Lang): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const occurring = counts.filter((c) => c.count > 0);
  if (lang === 'id') return `${formatInteger(total, lang)} ${noun}: ${occurring.map((c) => `${c.value} ${formatInteger(c.count, lang)}`).join(', ')}.`;
  const [one, many] = COUNTED_EN[noun] ?? [noun, noun];
  return `${formatInteger(total, lang)} ${total === 1 ? one : many}: ${occurring.map((c) => `${formatInteger(c.count, lang)} ${c.value}`).join(', ')}.`;
}

/** "Nilai 2020–2024: dari 57,84 ke 73,18." — the first and last assessed score. */
export function riwayatSentence(points: readonly { tahun: number; nilai?: number }[], lang: Lang): string {
  const scored = points.filter((p): p is { tahun: number; nilai: number } => p.nilai !== undefined);
  const first = scored[0];
  const last = scored.at(-1);
  if (first === undefined || last === undefined) return lang === 'id' ? 'Belum ada nilai yang diterbitkan.' : 'No score has been published yet.';
  if (first === last) return lang === 'id' ? `Nilai ${first.tahun}: ${formatNilai(first.nilai, lang)}.` : `Score ${first.tahun}: ${formatNilai(first.nilai, lang)}.`;
  return lang === 'id'
    ? `Nilai ${first.tahun}–${last.tahun}: dari ${formatNilai(first.nilai, 'id')} ke ${formatNilai(last.nilai, 'id')}. Garis putus-putus menandai pergantian aturan.`
    : `Score ${first.tahun}–${last.tahun}: from ${formatNilai(first.nilai, 'en')} to ${formatNilai(last.nilai, 'en')}. A dashed line marks a change of rule.`;
}
