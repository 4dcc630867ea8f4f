/** How big a synthetic data folder is. Bump GENERATOR_VERSION whenever the output changes. */
export const GENERATOR_VERSION = 1;

export interface NationalOptions {
  seed: number;
  /** First and last edition (report year); every edition but the last is published. */
  dari: number;
  hingga: number;
  /** Only the first n provinsi (in code order) with their kabupaten/kota; all 38 when absent. */
  provinsi?: number;
  /** Number of synthetic kementerian and lembaga. */
  kl: number;
  /** At most this many OPD per pemda; the whole catalogue (≈ 40 on average) when absent. */
  opdPerPemda?: number;
}

/** The national scale of issue 8: 552 pemda, ≈ 22 000 OPD, ten editions, ≈ 240 000 rows. */
export const NATIONAL: NationalOptions = { seed: 20250101, dari: 2015, hingga: 2024, kl: 80 };

/** A folder small enough for tests (3 provinsi, two editions) that still has every feature. */
export const SMALL: NationalOptions = { seed: 7, dari: 2019, hingga: 2020, provinsi: 3, kl: 4, opdPerPemda: 30 };
