/** A command's options as typed after `npm run <script> --`. */
import type { MessageLang } from '../data/problem-lines.ts';

/**
 * The value of `flag`, given as `--flag value` or `--flag=value`: undefined when the flag is absent,
 * '' when no value follows it (the line ends, or the next word is another flag).
 */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  const at = argv.findIndex((word) => word === flag || word.startsWith(`${flag}=`));
  if (at < 0) return undefined;
  if (argv[at] !== flag) return argv[at]!.slice(flag.length + 1);
  const next = argv[at + 1];
  return next === undefined || next.startsWith('--') ? '' : next;
}

/** `--lang id|en`; both languages otherwise. */
export function langArg(argv: readonly string[]): MessageLang {
  const value = flagValue(argv, '--lang');
  return value === 'id' || value === 'en' ? value : 'both';
}
