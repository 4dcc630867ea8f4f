/** Two lists of file hashes compared file by file, as `npm run verify` reports them. */
import { byCodeUnit } from './sorted.ts';

export type FileStatus = 'match' | 'differs' | 'missing' | 'extra';

export interface FileComparison {
  path: string;
  /** `missing`: in the expected list only; `extra`: in the actual list only. */
  status: FileStatus;
}

export function compareHashes(expected: Readonly<Record<string, string>>, actual: Readonly<Record<string, string>>): FileComparison[] {
  const paths = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort(byCodeUnit);
  return paths.map((path) => {
    const [want, got] = [expected[path], actual[path]];
    return { path, status: want === undefined ? 'extra' : got === undefined ? 'missing' : want === got ? 'match' : 'differs' };
  });
}
