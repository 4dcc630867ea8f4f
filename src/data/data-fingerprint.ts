/**
 * The data's own fingerprint, which citations quote: the SHA-256 of the data folder's checksum list,
 * one `<sha256>  <path>` line per file in byte order of path, as `sha256sum` writes it. Unlike the
 * build fingerprint (manifest.ts `fingerprintOf`, which also covers Rapor, Node, Astro, the lockfile
 * and the commit), it stays the same when only the code that renders the site changes, and anyone can
 * recompute it from `manifest.json`'s `input` or from the folder itself (docs/citing.md).
 */
import { sha256 } from './hash.ts';
import type { BuildInfo } from './manifest.ts';

export function dataFingerprintOf({ input }: Pick<BuildInfo, 'input'>): string {
  const paths = Object.keys(input).sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1));
  return sha256(paths.map((path) => `${input[path]}  ${path}\n`).join(''));
}
