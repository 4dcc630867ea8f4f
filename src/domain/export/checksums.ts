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
