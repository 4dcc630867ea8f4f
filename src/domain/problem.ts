import type { Text } from './text.ts';

/**
 * A masalah found in a data folder: where it is (path relative to the data folder, line as a text
 * editor shows it with the header as line 1, column as a character position), what is wrong and how
 * to fix it — both written for an editor, not a programmer.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: Text;
  fix: Text;
}

/** A problem found inside one row, before it is placed in a file: the column it concerns, if any. */
export interface Finding {
  field?: string;
  message: Text;
  fix: Text;
}

/**
 * Where a row came from: its file and first line, and the position of any of its fields (a field of
 * a quoted multi-line cell's neighbour may sit on a later line).
 */
export interface Place {
  file: string;
  line: number;
  position(field?: string): { line: number; column: number };
}

/** A JSON file's Place that can also point at an entry of one of its top-level objects (a file in `kunci`). */
export interface JsonPlace extends Place {
  entry(key: string, name: string): { line: number; column: number };
}

export interface Located<T> {
  value: T;
  at: Place;
}

export function problemAt(at: Place, finding: Finding): Problem {
  return { file: at.file, ...at.position(finding.field), message: finding.message, fix: finding.fix };
}

/** The order problems are printed in: by file, then position, so output is stable. */
export function compareProblems(a: Problem, b: Problem): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
