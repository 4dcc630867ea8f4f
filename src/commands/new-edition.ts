/**
 * `npm run new-edition` on the file system: the data folder must validate first (a new edition on
 * top of broken data would only hide the problems), the year folder must not exist, then the
 * scaffold's files are written, none over an existing one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { nextSteps, scaffoldEdition, type ScaffoldRequest } from '../domain/edition-scaffold.ts';
import { formatProblems } from '../data/problem-lines.ts';
import { loadDataFolder } from '../data/load.ts';

export interface NewEditionResult {
  ok: boolean;
  /** What to print: the files written and the next steps, or why nothing was written. */
  lines: string[];
}

export function newEdition(dir: string, request: ScaffoldRequest): NewEditionResult {
  const loaded = loadDataFolder(dir);
  if (!loaded.ok) {
    return {
      ok: false,
      lines: [
        ...formatProblems(loaded.problems),
        'Edisi baru tidak dibuat: perbaiki dulu masalah di atas (npm run validate). [The new edition was not created: fix the problems above first (npm run validate).]',
      ],
    };
  }
  const scaffold = scaffoldEdition(loaded.dataset, request);
  if (!scaffold.ok) return { ok: false, lines: [`Edisi baru tidak dibuat: ${scaffold.problem.id}. [The new edition was not created: ${scaffold.problem.en}.]`] };
  // `wx`: never overwrite, even a file that appeared since the folder was validated.
  for (const file of scaffold.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content, { flag: 'wx' });
  }
  const withDaftar = request.from !== undefined;
  return { ok: true, lines: [...scaffold.files.map((f) => `+ ${f.path}`), '', ...nextSteps(scaffold.tahun, relative(process.cwd(), dir) || '.', withDaftar)] };
}
