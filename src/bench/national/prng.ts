/**
 * A seeded pseudo-random generator (mulberry32) for synthetic data: the same seed gives the same
 * folder, byte for byte. Only integer arithmetic and + − × ÷, so no platform's Math.log or Math.cos
 * can change a figure.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Roughly normal (Irwin–Hall of four uniforms): bounded to mean ± 3.5 sd, which suits scores. */
  normal(mean: number, sd: number): number;
  chance(p: number): boolean;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
}

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal: (mean, sd) => mean + (next() + next() + next() + next() - 2) * 1.7320508075688772 * sd,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}
