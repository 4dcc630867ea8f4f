import { describe, expect, it } from 'vitest';
import { inShard } from '../../src/build/shard.ts';

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
});
