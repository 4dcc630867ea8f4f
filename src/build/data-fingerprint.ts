/**
 * The data's own fingerprint, which citations quote: the SHA-256 of the data folder's checksum list,
 * one `<sha256>  <path>` line per file in byte order of path, as `sha256sum` writes it. Unlike the
 * build fingerprint (manifest.ts `buildFingerprintOf`, which also covers Rapor, Node, Astro, the lockfile
 * and the commit), it stays the same when only the code that renders the site changes, and anyone can
 * recompute it from `manifest.json`'s `input` or from the folder itself (docs/citing.md).
 */
import { sha256 } from '../data/hash.ts';
import type { BuildInfo } from './manifest.ts';

const computed = new WeakMap<Record<string, string>, string>();

export function dataFingerprintOf({ input }: Pick<BuildInfo, 'input'>): string {
  let fingerprint = computed.get(input);
  if (fingerprint === undefined) {
    // Byte order of the UTF-8 paths, as `LC_ALL=C sort` orders them (not UTF-16 code-unit order).
    const paths = Object.keys(input)
      .map((path) => ({ path, bytes: Buffer.from(path) }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
      .map(({ path }) => path);
    fingerprint = sha256(paths.map((path) => `${input[path]}  ${path}\n`).join(''));
    // Every page's citation asks; the build's inputs are one object for the whole process.
    computed.set(input, fingerprint);
  }
  return fingerprint;
}
