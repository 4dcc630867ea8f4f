/**
 * One of several Astro processes building one site (src/build/pipeline.ts): each renders every n-th page
 * of each route that takes its paths from `langPaths`, so that a large site uses every core. Pages
 * outside `langPaths` (404, robots.txt, sitemaps, logos) are small: every process writes them, and the
 * build checks that their copies are identical.
 */
export const SHARD_ENV = 'RAPOR_SHARD';

export interface Shard {
  /** From 0. */
  index: number;
  count: number;
}

export const shardText = ({ index, count }: Shard): string => `${index}/${count}`;

/** The shard a build handed to this process (`1/2`), if any. */
export function shardFromEnv(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(env[SHARD_ENV] ?? '');
  if (match === null) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || index >= count) throw new Error(`${SHARD_ENV}=${env[SHARD_ENV]}: the index must be below the count`);
  return { index, count };
}

/** The entries this shard builds: every `count`-th, from its index (interleaved, so that each gets its share of every kind of page). */
export function inShard<T>(entries: readonly T[], shard: Shard | undefined): readonly T[] {
  if (shard === undefined || shard.count === 1) return entries;
  return entries.filter((_, at) => at % shard.count === shard.index);
}
