/**
 * `npm run build`'s options as typed after `--`: `--outDir <dir>`, `--lang id|en`, `--no-pdf`,
 * `--jobs <n>`, and the subset of a preview build (`--edisi 2023,2024 --pemda 16.74`).
 */
import type { MessageLang } from '../data/problem-lines.ts';
import { flagValue, langArg } from './args.ts';
import type { Kode } from '../domain/kode.ts';
import type { Subset } from '../domain/views/subset.ts';

export interface BuildArgs {
  outDir?: string;
  lang: MessageLang;
  /** False with `--no-pdf`, and for a preview: a PDF travels without the site that says it is partial. */
  pdf: boolean;
  jobs?: number;
  subset?: Subset;
}

/** `--edisi 2023,2024` and/or `--pemda <kode>`; undefined when neither is given (a full build). */
export function subsetArgs(argv: readonly string[]): Subset | undefined {
  const edisi = flagValue(argv, '--edisi');
  const pemda = flagValue(argv, '--pemda');
  if (edisi === undefined && pemda === undefined) return undefined;
  for (const [flag, value] of [['--edisi', edisi], ['--pemda', pemda]] as const) if (value === '') throw new Error(`${flag} needs a value`);
  const tahun = edisi?.split(',').map((year) => {
    if (!/^\d{4}$/.test(year.trim())) throw new Error(`--edisi takes years separated by commas (2023,2024), not "${edisi}"`);
    return Number(year);
  });
  return { ...(tahun === undefined ? {} : { tahun: [...new Set(tahun)].sort((a, b) => a - b) }), ...(pemda === undefined ? {} : { pemda: pemda as Kode }) };
}

/** The options, or the message that refuses them. */
export function buildArgs(argv: readonly string[]): BuildArgs | { refused: string } {
  let subset: Subset | undefined;
  try {
    subset = subsetArgs(argv);
  } catch (error) {
    return { refused: (error as Error).message };
  }
  // A flag without its value keeps the default, as it always has.
  const outDir = flagValue(argv, '--outDir') || undefined;
  const jobsText = flagValue(argv, '--jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return { refused: `--jobs takes a whole number from 1, not "${jobsText}"` };
  return {
    lang: langArg(argv),
    pdf: !argv.includes('--no-pdf') && subset === undefined,
    ...(outDir === undefined ? {} : { outDir }),
    ...(jobs === undefined ? {} : { jobs }),
    ...(subset === undefined ? {} : { subset }),
  };
}
