/** For tests of `npm run import`: workbooks written into a temporary folder (outside any data folder), and a workbook's parts changed. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { writeWorkbook, type WriteSheet } from '../../src/commands/workbook/write.ts';
import { openZip, writeZip } from '../../src/commands/workbook/zip.ts';

/** A writer of workbook files (sheets written as Excel does, deflated; or raw bytes), all removed after the calling file's tests. */
export function workbookFiles(): (name: string, content: readonly WriteSheet[] | Uint8Array) => string {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-workbooks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  return (name, content) => {
    // One folder each, so that every workbook keeps the name it is given.
    const file = join(dir, String(++count), name);
    mkdirSync(dirname(file));
    writeFileSync(file, content instanceof Uint8Array ? content : writeWorkbook(content, true));
    return file;
  };
}

/** A workbook with some of its parts replaced (text or bytes), added, or removed (null), re-zipped in the same order. */
export function rezip(workbook: Uint8Array, changes: Readonly<Record<string, string | Uint8Array | null>>): Uint8Array {
  const zip = openZip(workbook, { entries: 100, entryBytes: 1 << 30, totalBytes: 1 << 30 });
  const names = [...zip.names, ...Object.keys(changes).filter((n) => !zip.names.includes(n))];
  return writeZip(
    names.flatMap((name) => {
      const change = changes[name];
      if (change === null) return [];
      const data = change === undefined ? zip.read(name)! : typeof change === 'string' ? new TextEncoder().encode(change) : change;
      return [{ name, data }];
    }),
    true,
  );
}
