/**
 * Joins the output of several Astro processes into one site: what only one wrote is moved in (a whole
 * folder at once where it can be), and what several wrote must be byte-identical; two differing copies
 * mean the processes did not build the same site, and the build fails rather than pick one.
 */
import { lstatSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Moves the contents of `source` into `target`; throws, naming the file, on a differing copy. `source` is left with the copies. */
export function mergeFolderInto(target: string, source: string, relative = ''): void {
  for (const name of readdirSync(join(source, relative)).sort()) {
    const path = join(relative, name);
    const from = join(source, path);
    const to = join(target, path);
    const there = lstatSync(to, { throwIfNoEntry: false });
    if (there === undefined) {
      renameSync(from, to);
    } else if (there.isDirectory() && lstatSync(from).isDirectory()) {
      mergeFolderInto(target, source, path);
    } else if (!there.isFile() || !readFileSync(to).equals(readFileSync(from))) {
      throw new Error(`two Astro processes wrote different copies of ${path}`);
    }
  }
}
