/**
 * The narrative chapters of every edition (`<tahun>/narasi/*.mdx`), read and checked against the
 * loaded data: each edition comes back with its chapters' titles, or the problems say why not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../domain/dataset.ts';
import type { Instansi } from '../domain/instansi.ts';
import type { Kode } from '../domain/kode.ts';
import { checkNarasi } from '../domain/narasi-check.ts';
import type { Problem } from '../domain/problem.ts';
import { decodeText, invisibleProblems } from './decode.ts';

/** `faulty`: the dataset files with problems of their own, whose rows a chapter's figures are not checked against. */
export function readNarasi(
  dir: string,
  editions: readonly Omit<Edition, 'narasi'>[],
  instansi: ReadonlyMap<Kode, Instansi>,
  faulty: ReadonlySet<string> = new Set(),
): { editions: Edition[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const withNarasi = editions.map((edition) => {
    const narasi = edition.narasiFiles.flatMap((name) => {
      const file = `${edition.tahun}/narasi/${name}`;
      const decoded = decodeText(readFileSync(join(dir, file)));
      if (!decoded.ok) {
        problems.push({ file, line: decoded.line, column: decoded.column, ...decoded.finding });
        return [];
      }
      problems.push(...invisibleProblems(file, decoded.text, false));
      const checked = checkNarasi(file, decoded.text, edition.tahun, { instansi, editions, faulty });
      problems.push(...checked.problems);
      return checked.narasi ?? [];
    });
    return { ...edition, narasi };
  });
  return { editions: withNarasi, problems };
}
