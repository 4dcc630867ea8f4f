/** The one-sentence text summaries that sit above charts, for readers who do not see them. */
import type { Lang } from '../domain/text.ts';
import type { Count } from '../domain/views/distribution.ts';
import { formatInteger, formatNilai } from './format.ts';

/** "25 instansi: A 5, BB 10, B 8, CC 2." — only the grades that occur. */
export function distributionSummary(counts: readonly Count<string>[], noun: string, lang: Lang): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const parts = counts.filter((c) => c.count > 0).map((c) => `${c.value} ${formatInteger(c.count, lang)}`);
  return `${formatInteger(total, lang)} ${noun}: ${parts.join(', ')}.`;
}

/** "Nilai 2020–2024: dari 57,84 ke 73,18." — the first and last assessed score. */
export function historySummary(points: readonly { tahun: number; nilai?: number }[], lang: Lang): string {
  const scored = points.filter((p): p is { tahun: number; nilai: number } => p.nilai !== undefined);
  const first = scored[0];
  const last = scored.at(-1);
  if (first === undefined || last === undefined) return lang === 'id' ? 'Belum ada nilai yang diterbitkan.' : 'No score has been published yet.';
  if (first === last) return lang === 'id' ? `Nilai ${first.tahun}: ${formatNilai(first.nilai, lang)}.` : `Score ${first.tahun}: ${formatNilai(first.nilai, lang)}.`;
  return lang === 'id'
    ? `Nilai ${first.tahun}–${last.tahun}: dari ${formatNilai(first.nilai, 'id')} ke ${formatNilai(last.nilai, 'id')}. Garis putus-putus menandai pergantian aturan.`
    : `Score ${first.tahun}–${last.tahun}: from ${formatNilai(first.nilai, 'en')} to ${formatNilai(last.nilai, 'en')}. A dashed line marks a change of rule.`;
}
