/** Which edition is the latest, and what is newer than a given one: drafts never outrank a published edition. */
import type { Dataset, Edition } from '../dataset.ts';

const published = (dataset: Dataset): Edition[] => dataset.editions.filter((e) => e.edisi.status === 'terbit');

/** The latest published edition; the latest draft only while nothing is published. */
export function latestEdition(dataset: Dataset): Edition | undefined {
  return published(dataset).at(-1) ?? dataset.editions.at(-1);
}

/** The latest published edition newer than `tahun`, for the "a newer edition exists" notice. */
export function newerEdition(dataset: Dataset, tahun: number): Edition | undefined {
  const latest = published(dataset).at(-1);
  return latest !== undefined && latest.tahun > tahun ? latest : undefined;
}
