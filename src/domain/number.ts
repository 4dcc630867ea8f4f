/**
 * Numbers as editors type them: `95.45` or `95,45`, no thousands separators, no sign.
 * Kept apart from zod's coercion because `Number('')` is 0 and an empty cell must never become 0.
 */
const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const INTEGER = /^\d+$/;

/** The number an editor typed, or undefined when the cell is not a plain decimal. */
export function parseDecimal(raw: string): number | undefined {
  return DECIMAL.test(raw) ? Number(raw.replace(',', '.')) : undefined;
}

export function parseInteger(raw: string): number | undefined {
  return INTEGER.test(raw) ? Number(raw) : undefined;
}

const formatters = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
};

/** A score as readers of each language write it: `95,45` (id), `95.45` (en). */
export function formatNumber(value: number, lang: 'id' | 'en'): string {
  return formatters[lang].format(value);
}
