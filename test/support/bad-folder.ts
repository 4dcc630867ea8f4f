/** For corpora of bad data folders: temporary folders removed after the file's tests, and their problems as tuples. */
import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { writeFolder, type Changes } from '../fixtures/folder.ts';

/** A maker of temporary data folders (the base folder with `changes`), all removed after the calling file's tests. */
export function temporaryFolders(): (changes?: Changes) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (changes = {}) => {
    const dir = writeFolder(changes);
    made.push(dir);
    return dir;
  };
}

/** A folder's problems as [file, line, column, "message. fix"] in Indonesian; none when it loads. */
export const problemsOf = (dir: string) => {
  const result = loadDataFolder(dir);
  return result.ok ? [] : result.problems.map((p) => [p.file, p.line, p.column, `${p.message.id}. ${p.fix.id}`]);
};
