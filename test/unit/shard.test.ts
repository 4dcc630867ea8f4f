import { describe, expect, it } from 'vitest';
import { inShard, SHARD_ENV, shardFromEnv, shardText } from '../../src/build/shard.ts';

describe('shards of the pages', () => {
  const paths = Array.from({ length: 11 }, (_, at) => `p${at}`);

  it('splits every list into disjoint shares that together hold each entry once, in order', () => {
    for (const count of [1, 2, 3, 4]) {
      const shares = Array.from({ length: count }, (_, index) => inShard(paths, { index, count }));
      expect(shares.flat().sort()).toEqual([...paths].sort());
      for (const share of shares) expect(share).toEqual(paths.filter((p) => share.includes(p)));
      // Interleaved: no share is more than one entry longer than another.
      expect(Math.max(...shares.map((s) => s.length)) - Math.min(...shares.map((s) => s.length))).toBeLessThanOrEqual(1);
    }
  });

  it('keeps every entry outside a sharded build', () => {
    expect(inShard(paths, undefined)).toEqual(paths);
  });

  it('reads the shard a build hands over, and refuses one that cannot be', () => {
    expect(shardFromEnv({})).toBeUndefined();
    expect(shardFromEnv({ [SHARD_ENV]: shardText({ index: 1, count: 2 }) })).toEqual({ index: 1, count: 2 });
    expect(() => shardFromEnv({ [SHARD_ENV]: '2/2' })).toThrow(/below the count/);
    expect(shardFromEnv({ [SHARD_ENV]: 'half' })).toBeUndefined();
  });
});
