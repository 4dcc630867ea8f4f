/**
 * The data fingerprint a page's citation quotes (src/build/data-fingerprint.ts), once per Dataset:
 * every page of a build is rendered from one, and reading the build info from the environment on
 * each of 46 000 national instansi pages cost ≈ 0,5 s. A new Dataset (the dev server after the data
 * changed) reads it again.
 */
import { dataFingerprintOf } from '../build/data-fingerprint.ts';
import { siteBuildInfo } from '../astro/site-context.ts';
import type { Dataset } from '../domain/dataset.ts';

const fingerprints = new WeakMap<Dataset, string>();

export function citedFingerprint(dataset: Dataset): string {
  let fingerprint = fingerprints.get(dataset);
  if (fingerprint === undefined) {
    fingerprint = dataFingerprintOf(siteBuildInfo());
    fingerprints.set(dataset, fingerprint);
  }
  return fingerprint;
}
