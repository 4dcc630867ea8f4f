/**
 * Paths from data stay inside the data folder. A path an editor writes (situs.json's `logo`) is
 * relative, has no `..`, passes through no symbolic link, names a regular file, and its real path is
 * inside the folder's real path. Nothing is followed to find out, and no message names where a link
 * points: what is outside the data folder is never read, published or shown.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import type { Finding } from '../domain/problem.ts';
import { text, type Text } from '../domain/text.ts';

/** A symbolic link or a special file met in a data folder: never followed, never read. */
export const linkFinding = (name: string, link: boolean): Omit<Finding, 'field'> =>
  link
    ? { message: text(`"${name}" adalah tautan (symlink), bukan berkas`, `"${name}" is a symbolic link, not a file`), fix: text('Rapor tidak mengikuti tautan: salin berkas aslinya ke folder data', 'Rapor does not follow links: copy the real file into the data folder') }
    : { message: text(`"${name}" bukan berkas biasa`, `"${name}" is not a regular file`), fix: text('Pindahkan atau hapus dari folder data', 'Move it out of the data folder or delete it') };

/** Why `rel` may not be read as a file of the data folder `dir`, or undefined when it may; `what` names the file in messages. */
export function outsideFinding(dir: string, rel: string, what: Text = text('berkas', 'file')): Omit<Finding, 'field'> | undefined {
  const segments = rel.split(/[\\/]/);
  if (isAbsolute(rel) || /^[A-Za-z]:/.test(rel) || rel.startsWith('\\') || segments.includes('..')) {
    return {
      message: text(`jalur ${what.id} "${rel}" keluar dari folder data`, `the path of the ${what.en} "${rel}" leaves the data folder`),
      fix: text('Tulis jalur relatif terhadap folder data, tanpa "/" di depan dan tanpa "..", misalnya logo.svg', 'Write a path relative to the data folder, without a leading "/" or "..", for example logo.svg'),
    };
  }
  let path = dir;
  for (const [index, segment] of segments.entries()) {
    path = join(path, segment);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat === undefined) {
      return { message: text(`${what.id} "${rel}" tidak ada`, `${what.en} "${rel}" does not exist`), fix: text('Periksa jalurnya (relatif terhadap folder data)', 'Check the path (relative to the data folder)') };
    }
    const last = index === segments.length - 1;
    if (stat.isSymbolicLink() || (last ? !stat.isFile() : !stat.isDirectory())) return linkFinding(rel, stat.isSymbolicLink());
  }
  // Each step was checked without following anything; the real paths agree, unless the folder changed meanwhile.
  const root = realpathSync(dir);
  if (!realpathSync(path).startsWith(root + sep)) return linkFinding(rel, true);
  return undefined;
}
