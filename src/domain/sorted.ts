/**
 * Key order for everything Rapor writes as JSON (locks, manifests): by UTF-16 code unit, never by the
 * machine's locale, so the same content gives the same bytes everywhere.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortedRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  return Object.fromEntries([...entries].sort(([a], [b]) => byCodeUnit(a, b)));
}

/** A JSON value with the keys of every object sorted. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return sortedRecord(Object.entries(value).map(([k, v]) => [k, sortKeys(v)] as const));
}

/** JSON as Rapor writes files: two-space indent, sorted keys, a final newline. */
export const stableJson = (value: unknown): string => `${JSON.stringify(sortKeys(value), null, 2)}\n`;
