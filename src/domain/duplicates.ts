import type { Located, Problem } from './problem.ts';
import { problemAt } from './problem.ts';
import { text } from './text.ts';

/** One row per key: every later row with a key already seen is a problem naming both lines. */
export function duplicateProblems<T>(rows: readonly Located<T>[], keyOf: (row: T) => string | undefined, field: string): Problem[] {
  const first = new Map<string, Located<T>>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const key = keyOf(row.value);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row);
      continue;
    }
    problems.push(
      problemAt(row.at, {
        field,
        message: text(`${field} ${key} muncul dua kali, di baris ${earlier.at.line} dan baris ${row.at.line}`, `${field} ${key} appears twice, on line ${earlier.at.line} and line ${row.at.line}`),
        fix: text('Satu baris per kode: gabungkan kedua baris atau hapus salah satunya', 'One row per kode: merge the two rows or delete one of them'),
      }),
    );
  }
  return problems;
}
