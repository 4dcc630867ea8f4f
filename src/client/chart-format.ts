/** Text on charts: numbers as the tables write them (same locales as `i18n/format.ts`) and wrapped names. */
import type { Lang } from '../domain/text.ts';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const formatter = (digits: number) =>
  Object.fromEntries(
    (['id', 'en'] as const).map((lang) => [lang, new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })]),
  ) as Record<Lang, Intl.NumberFormat>;

const nilaiFormat = formatter(2);
const countFormat = formatter(0);

/** A score with two decimals, as the tables show it: `88,00` (id), `88.00` (en). */
export function formatNilai(value: number, lang: Lang): string {
  return nilaiFormat[lang].format(value);
}

/** A count or an axis tick: `1.234` (id), `1,234` (en). */
export function formatCount(value: number, lang: Lang): string {
  return countFormat[lang].format(value);
}

/**
 * A name broken at spaces into at most `maxLines` lines that each `fit` (a width check in the chart's
 * font); what does not fit ends in an ellipsis (the tooltip and the table keep the full name).
 */
export function wrapLabel(name: string, fits: (line: string) => boolean, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const kept = lines.slice(0, maxLines);
  return kept.map((line, index) => {
    const cutShort = index === kept.length - 1 && lines.length > maxLines;
    if (!cutShort && fits(line)) return line;
    let head = line;
    while (head.length > 1 && !fits(`${head}…`)) head = head.slice(0, -1);
    return `${head.trimEnd()}…`;
  });
}

/** Kept free on either side of a point's grade and score: a column's band letters sit at its left. */
const BAND_LETTERS = 22;

/**
 * The text above a scored point: its grade and score where both fit in the point's column clear of
 * the band letters, the grade alone where only it fits, nothing where neither does (its shape, colour and the table carry it). A
 * lone scored point always gets both: nothing else is written near it, and a grade without its score
 * would hide the one figure the chart has.
 */
export function pointText(point: { label: string; nilai: number }, lang: Lang, column: number, lone: boolean, width: (text: string) => number): string | undefined {
  const both = `${point.label} ${formatNilai(point.nilai, lang)}`;
  if (lone || width(both) + 2 * BAND_LETTERS <= column) return both;
  return width(point.label) <= column ? point.label : undefined;
}
