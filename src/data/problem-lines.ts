/** Problems as the command line prints them: `<path>:<line>:<column>: <what is wrong>. <how to fix>`. */
import type { Problem } from '../domain/problem.ts';
import type { Lang } from '../domain/text.ts';

/** `both`: Indonesian, then the English in brackets — the default, for editors of either language. */
export type MessageLang = Lang | 'both';

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Another name for where a problem is (a workbook's cell, `rapor.xlsx › SAKIP!C5`), printed before its file position. */
export type ProblemLabel = (problem: Problem) => string | undefined;

export function formatProblem(problem: Problem, lang: MessageLang = 'both', label?: ProblemLabel): string {
  const position = `${problem.file}:${problem.line}:${problem.column}`;
  const named = label?.(problem);
  const where = named === undefined ? position : `${named} (${position})`;
  const say = (l: Lang) => `${sentence(problem.message[l])} ${sentence(problem.fix[l])}`;
  return `${where}: ${lang === 'both' ? `${say('id')} [${say('en')}]` : say(lang)}`;
}

export function formatCount(count: number, lang: MessageLang = 'both'): string {
  const id = `${count} masalah ditemukan.`;
  const en = `${count} problem${count === 1 ? '' : 's'} found.`;
  return lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en;
}

/** How many problems a command lists: enough to work through, few enough to read (a broken file can hold a million). */
export const MAX_LISTED_PROBLEMS = 1000;

/**
 * Problems as a command lists them: the first MAX_LISTED_PROBLEMS, then how many more there are,
 * then the count. Problems arrive sorted by file and position, so the list is the first of them.
 */
export function formatProblems(problems: readonly Problem[], lang: MessageLang = 'both', label?: ProblemLabel): string[] {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => formatProblem(p, lang, label));
  const rest = problems.length - listed.length;
  if (rest > 0) {
    const id = `… dan ${rest} masalah lain (tidak ditampilkan).`;
    const en = `… and ${rest} more problem${rest === 1 ? '' : 's'} (not listed).`;
    listed.push(lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en);
  }
  return [...listed, formatCount(problems.length, lang)];
}
