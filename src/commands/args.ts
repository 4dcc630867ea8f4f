/** A command's options as typed after `npm run <script> --`. */

/** The value after `flag`: undefined when the flag is absent, '' when it ends the line without one. */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? (argv[at + 1] ?? '') : undefined;
}
