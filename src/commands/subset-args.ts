/**
 * The subset of a preview build (`npm run build -- --edisi 2023,2024 --pemda 16.74`), read from the
 * command line.
 */
import type { Kode } from '../domain/kode.ts';
import type { Subset } from '../domain/views/subset.ts';

/** The value following `flag` (`--edisi 2024` or `--edisi=2024`). */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  const at = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (at < 0) return undefined;
  const value = argv[at]!.includes('=') ? argv[at]!.slice(flag.length + 1) : argv[at + 1];
  if (value === undefined || value === '' || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}

/** `--edisi 2023,2024` and/or `--pemda <kode>`; undefined when neither is given (a full build). */
export function subsetArgs(argv: readonly string[]): Subset | undefined {
  const edisi = flagValue(argv, '--edisi');
  const pemda = flagValue(argv, '--pemda');
  if (edisi === undefined && pemda === undefined) return undefined;
  const tahun = edisi?.split(',').map((year) => {
    if (!/^\d{4}$/.test(year.trim())) throw new Error(`--edisi takes years separated by commas (2023,2024), not "${edisi}"`);
    return Number(year);
  });
  return { ...(tahun === undefined ? {} : { tahun: [...new Set(tahun)].sort((a, b) => a - b) }), ...(pemda === undefined ? {} : { pemda: pemda as Kode }) };
}

