/** Numbers and dates as each language writes them: `95,45` and `16 Desember 2024` (id), `95.45` and `16 December 2024` (en). */
import type { Lang } from '../domain/text.ts';
import { ui } from './ui.ts';

const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const nilaiFormat = Object.fromEntries(
  (['id', 'en'] as const).map((lang) => [lang, new Intl.NumberFormat(INTL_LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 })]),
) as Record<Lang, Intl.NumberFormat>;
const integerFormat = Object.fromEntries((['id', 'en'] as const).map((lang) => [lang, new Intl.NumberFormat(INTL_LOCALE[lang])])) as Record<Lang, Intl.NumberFormat>;
const dateFormat = Object.fromEntries(
  (['id', 'en'] as const).map((lang) => [lang, new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })]),
) as Record<Lang, Intl.DateTimeFormat>;

/**
 * `format` remembering its answers: ICU formatting costs microseconds a call, and a national build
 * formats the same few thousand scores and counts millions of times.
 */
function remembered(formats: Record<Lang, Intl.NumberFormat>): (value: number, lang: Lang) => string {
  const seen = { id: new Map<number, string>(), en: new Map<number, string>() } satisfies Record<Lang, Map<number, string>>;
  return (value, lang) => {
    // A Map takes -0 for 0, which ICU writes "-0": never cached, so that no answer depends on call order.
    if (Object.is(value, -0)) return formats[lang].format(value);
    let formatted = seen[lang].get(value);
    if (formatted === undefined) {
      formatted = formats[lang].format(value);
      seen[lang].set(value, formatted);
    }
    return formatted;
  };
}

/** A score with two decimals, as sources publish them: `88,00`. */
export const formatNilai = remembered(nilaiFormat);

export const formatInteger = remembered(integerFormat);

/** A signed change with a real minus sign: `+1,25`, `−0,50`. */
export function formatDelta(delta: number, lang: Lang, format: (n: number, lang: Lang) => string = formatNilai): string {
  if (delta === 0) return format(0, lang);
  return `${delta > 0 ? '+' : '−'}${format(Math.abs(delta), lang)}`;
}

/** A `YYYY-MM-DD` date in words. */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat[lang].format(new Date(`${iso}T00:00:00Z`));
}

/** The years a rule applies: `2022–2024`, `2021`, or `2025 dan seterusnya` while open-ended. */
export function formatYears({ dari, hingga }: { dari: number; hingga?: number }, lang: Lang): string {
  if (hingga === undefined) return `${dari} ${ui.onward[lang]}`;
  return dari === hingga ? `${dari}` : `${dari}–${hingga}`;
}
