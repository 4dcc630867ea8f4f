/** Problems as the command line prints them: `<path>:<line>:<column>: <what is wrong>. <how to fix>`. */
import type { Problem } from '../domain/problem.ts';
import type { Lang } from '../domain/text.ts';

/** `both`: Indonesian, then the English in brackets — the default, for editors of either language. */
export type MessageLang = Lang | 'both';

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

export function formatProblem(problem: Problem, lang: MessageLang = 'both'): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const say = (l: Lang) => `${sentence(problem.message[l])} ${sentence(problem.fix[l])}`;
  return `${where}: ${lang === 'both' ? `${say('id')} [${say('en')}]` : say(lang)}`;
}

export function formatCount(count: number, lang: MessageLang = 'both'): string {
  const id = `${count} masalah ditemukan.`;
  const en = `${count} problem${count === 1 ? '' : 's'} found.`;
  return lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en;
}
