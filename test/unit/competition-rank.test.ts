import { describe, expect, it } from 'vitest';
import { rankByScore } from '../../src/domain/competition-rank.ts';

describe('rankByScore', () => {
  it('gives equal scores the same rank and skips the next (1, 2, 2, 4)', () => {
    const items = [
      { n: 'a', s: 80 },
      { n: 'b', s: 90 },
      { n: 'c', s: 80 },
      { n: 'd', s: 70 },
    ];
    const ranked = rankByScore(items, (i) => i.s, (x, y) => x.n.localeCompare(y.n));
    expect(ranked.map((r) => [r.item.n, r.peringkat])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('leaves items without a score unranked instead of ranking them as zero', () => {
    const ranked = rankByScore([{ s: 10 }, { s: undefined }, { s: 0 }], (i) => i.s);
    expect(ranked.map((r) => [r.item.s, r.peringkat])).toEqual([
      [10, 1],
      [0, 2],
    ]);
  });

  it('ranks a three-way tie at the top as 1, 1, 1, 4', () => {
    const ranked = rankByScore([5, 5, 5, 4], (s) => s);
    expect(ranked.map((r) => r.peringkat)).toEqual([1, 1, 1, 4]);
  });
});
