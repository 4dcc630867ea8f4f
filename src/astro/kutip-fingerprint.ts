/**
 * The data fingerprint a page's citation quotes (src/build/data-fingerprint.ts), once per Dataset:
 * every page of a build is rendered from one, and the pages that cite hand it to their Kutip block.
 * Outside `npm run build` the build info is read from the data folder anew (`siteBuildInfo`), which
 * every instansi page would otherwise pay (docs/performance.md, "How the build is kept fast"); a new
 * Dataset (the dev server after the data changed) reads it again.
 */
import { dataFingerprintOf } from '../build/data-fingerprint.ts';
import { siteBuildInfo } from './site-context.ts';
import type { Dataset } from '../domain/dataset.ts';

const fingerprints = new WeakMap<Dataset, string>();

export function kutipFingerprint(dataset: Dataset): string {
  let fingerprint = fingerprints.get(dataset);
  if (fingerprint === undefined) {
    fingerprint = dataFingerprintOf(siteBuildInfo());
    fingerprints.set(dataset, fingerprint);
  }
  return fingerprint;
}
