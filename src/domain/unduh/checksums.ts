/**
 * `SHA256SUMS` as `sha256sum` writes it and `sha256sum -c` reads it: the hash, two spaces, the path
 * relative to the file's folder; one line per file, sorted by path (code units, not the locale).
 */
export function sha256Sums(files: readonly { path: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path, sha256 }) => `${sha256}  ${path}\n`)
    .join('');
}

/** The lines of a `SHA256SUMS` file (as sha256Sums writes them) as a map of path to hash. */
export function parseSha256Sums(text: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match !== null) hashes.set(match[2]!, match[1]!);
  }
  return hashes;
}
