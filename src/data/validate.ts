/** Validation as a command does it: load the data folder and report, for validate and build alike. */
import type { Dataset } from '../domain/dataset.ts';
import { formatProblems, type MessageLang, type ProblemLabel } from './problem-lines.ts';
import { loadDataFolder } from './load.ts';
import { summarize } from './validation-summary.ts';

export interface Report {
  dataset?: Dataset;
  /** What to print: the summary on success, the problems (at most MAX_LISTED_PROBLEMS listed) and their count on failure. */
  lines: string[];
}

/** `label` names a problem's place elsewhere too (the workbook cell an imported file came from). */
export function validateFolder(dir: string, lang: MessageLang = 'both', label?: ProblemLabel): Report {
  const result = loadDataFolder(dir);
  if (result.ok) return { dataset: result.dataset, lines: summarize(result.dataset, lang) };
  return { lines: formatProblems(result.problems, lang, label) };
}
