/**
 * One of several Astro processes building one site (src/build/pipeline.ts): each renders every n-th page
 * of each route that takes its paths from `langPaths`, so that a large site uses every core. Pages
 * outside `langPaths` (404, robots.txt, sitemaps, logos) are small: every process writes them, and the
 * build checks that their copies are identical.
 */
export interface Shard {
  /** From 0. */
  index: number;
  count: number;
}

/** The entries this shard builds: every `count`-th, from its index (interleaved, so that each gets its share of every kind of page). */
export function inShard<T>(entries: readonly T[], shard: Shard | undefined): readonly T[] {
  if (shard === undefined || shard.count === 1) return entries;
  return entries.filter((_, at) => at % shard.count === shard.index);
}
