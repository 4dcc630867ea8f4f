/**
 * Competition ranking ("1, 2, 2, 4"): equal scores share a rank, the next rank skips. Items without a
 * score are not assessed and get no rank; they are never ranked as zero.
 */
export interface Ranked<T> {
  item: T;
  peringkat: number;
}

export function rankByScore<T>(
  items: readonly T[],
  score: (item: T) => number | undefined,
  tieOrder: (a: T, b: T) => number = () => 0,
): Ranked<T>[] {
  const scored = items
    .map((item) => ({ item, score: score(item) }))
    .filter((entry): entry is { item: T; score: number } => entry.score !== undefined)
    .sort((a, b) => b.score - a.score || tieOrder(a.item, b.item));
  let previous: number | undefined;
  let rank = 0;
  return scored.map((entry, index) => {
    if (entry.score !== previous) rank = index + 1;
    previous = entry.score;
    return { item: entry.item, peringkat: rank };
  });
}
